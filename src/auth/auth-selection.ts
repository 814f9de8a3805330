/** Which credentials to use (upstream login/src/lib.rs `load_auth`, Aug 2025). */
import type { AuthMode } from '../config/config-types';
import type { AuthDotJson, TokenData } from './auth-types';
import type { IdTokenClaims } from './jwt';

/** Plans whose users should use ChatGPT tokens even when auth.json also holds an API key. */
const CHATGPT_PLANS = new Set(['free', 'plus', 'pro', 'team']);

/** The credentials chosen from auth.json and the environment. */
export interface AuthSelection {
  /** Whether requests authenticate with an API key or ChatGPT tokens. */
  mode: AuthMode;
  /** API key, or the ChatGPT access token. */
  token: string;
  /** ChatGPT account id, in ChatGPT mode when known. */
  accountId?: string;
  /** Where an API key came from. */
  source: 'auth.json' | 'env';
  /** Present in ChatGPT mode. */
  tokens?: TokenData;
}

/** With both an API key and tokens in auth.json: use the key? (upstream `should_use_api_key`). */
export function shouldUseApiKey(preferred: AuthMode, claims: IdTokenClaims): boolean {
  if (preferred === 'apikey') return true;
  if (claims.email?.toLowerCase().endsWith('@openai.com')) return false;
  const plan = claims.chatgpt_plan_type?.toLowerCase();
  return plan === undefined || !CHATGPT_PLANS.has(plan);
}

function nonEmpty(s: string | null | undefined): s is string {
  return typeof s === 'string' && s.length > 0;
}

/**
 * 1. no auth.json → the `OPENAI_API_KEY` environment variable, if set;
 * 2. an API key and no tokens → API key;
 * 3. both → API key when `shouldUseApiKey`, else ChatGPT;
 * 4. tokens only → ChatGPT.
 * An auth.json holding neither also falls back to the environment variable (upstream reports signed out).
 */
export function selectAuth(
  file: AuthDotJson | undefined,
  envApiKey: string | undefined,
  preferred: AuthMode,
  claims: IdTokenClaims,
): AuthSelection | undefined {
  const fileKey = file?.OPENAI_API_KEY;
  const tokens = file?.tokens ?? undefined;
  if (nonEmpty(fileKey) && (!tokens || shouldUseApiKey(preferred, claims))) {
    return { mode: 'apikey', token: fileKey, source: 'auth.json' };
  }
  if (tokens) {
    const accountId = tokens.account_id ?? claims.chatgpt_account_id;
    return {
      mode: 'chatgpt',
      token: tokens.access_token,
      source: 'auth.json',
      tokens,
      ...(accountId ? { accountId } : {}),
    };
  }
  if (nonEmpty(envApiKey)) return { mode: 'apikey', token: envApiKey, source: 'env' };
  return undefined;
}
