import { createHash, randomBytes } from 'node:crypto';

/** A PKCE verifier and its S256 challenge for one authorization request. */
export interface PkceCodes {
  /** base64url(64 random bytes), 86 characters. */
  codeVerifier: string;
  /** base64url(sha256(codeVerifier)), sent with `code_challenge_method=S256`. */
  codeChallenge: string;
}

/** PKCE S256 codes as upstream pkce.rs makes them. */
export function generatePkce(): PkceCodes {
  const codeVerifier = randomBytes(64).toString('base64url');
  const codeChallenge = createHash('sha256').update(codeVerifier).digest('base64url');
  return { codeVerifier, codeChallenge };
}

/** The OAuth `state`: base64url(32 random bytes). */
export function generateState(): string {
  return randomBytes(32).toString('base64url');
}
