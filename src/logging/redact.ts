import { messageOf } from '../common/errors';

/** Patterns that look like credentials: OpenAI keys, bearer tokens, JWTs, refresh tokens. */
const SECRET_PATTERNS: RegExp[] = [
  /\bsk-[A-Za-z0-9_-]{6,}/g,
  /(Bearer\s+)[A-Za-z0-9._~+/=-]+/gi,
  /eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g,
  /("(?:access_token|refresh_token|id_token|OPENAI_API_KEY|api_key|apiKey|authToken|code_verifier)"\s*:\s*")[^"]*/g,
];

/** Replace anything that looks like a token or key with `[REDACTED]`. */
export function redactSecrets(text: string): string {
  let out = text;
  for (const re of SECRET_PATTERNS) {
    out = out.replace(re, (_m, prefix?: string) => (typeof prefix === 'string' ? `${prefix}[REDACTED]` : '[REDACTED]'));
  }
  return out;
}

/** The message of anything thrown, with anything that looks like a secret redacted. */
export function redactedMessageOf(err: unknown): string {
  return redactSecrets(messageOf(err));
}
