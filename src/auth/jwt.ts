import { isObject } from '../common/json-guards';

/** The claims Codex reads from a ChatGPT id_token (decoded, never verified: the issuer gave it to us over TLS). */
export interface IdTokenClaims {
  /** The signed-in user's email. */
  email?: string;
  /** `free|plus|pro|team|business|enterprise|edu`, or whatever new string the issuer sends. */
  chatgpt_plan_type?: string;
  /** ChatGPT account id (sent as `chatgpt-account-id`). */
  chatgpt_account_id?: string;
  /** ChatGPT user id. */
  chatgpt_user_id?: string;
}

/** A token that is not `header.payload.signature` with a base64url JSON payload. */
export class InvalidJwtError extends Error {
  override readonly name = 'InvalidJwtError';
}

const AUTH_CLAIMS = 'https://api.openai.com/auth';
const PROFILE_CLAIMS = 'https://api.openai.com/profile';

/** Decode a JWT's payload without verifying it. The message of the error never contains the token. */
export function decodeJwtPayload(jwt: string): Record<string, unknown> {
  const parts = jwt.split('.');
  if (parts.length !== 3 || parts.some((p) => p.length === 0)) {
    throw new InvalidJwtError('invalid ID token format');
  }
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
  } catch {
    throw new InvalidJwtError('invalid ID token payload');
  }
  if (!payload || typeof payload !== 'object' || Array.isArray(payload)) {
    throw new InvalidJwtError('invalid ID token payload');
  }
  return payload as Record<string, unknown>;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

function obj(v: unknown): Record<string, unknown> | undefined {
  return isObject(v) ? v : undefined;
}

/** The claims of upstream token_data.rs: `email` (or the profile's), plan, account and user ids. */
export function parseIdToken(jwt: string): IdTokenClaims {
  const payload = decodeJwtPayload(jwt);
  const auth = obj(payload[AUTH_CLAIMS]);
  const claims: IdTokenClaims = {};
  const email = str(payload.email) ?? str(obj(payload[PROFILE_CLAIMS])?.email);
  if (email !== undefined) claims.email = email;
  if (auth) {
    const plan = str(auth.chatgpt_plan_type);
    const accountId = str(auth.chatgpt_account_id);
    const userId = str(auth.chatgpt_user_id) ?? str(auth.user_id);
    if (plan !== undefined) claims.chatgpt_plan_type = plan;
    if (accountId !== undefined) claims.chatgpt_account_id = accountId;
    if (userId !== undefined) claims.chatgpt_user_id = userId;
  }
  return claims;
}
