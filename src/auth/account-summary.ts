/**
 * Who is signed in, for people (`status`, `doctor`): the mode, where the credential comes from,
 * and the email and plan of the ChatGPT id_token. Never a token or a key.
 */
import type { AuthMode } from '../config/config-types';
import { selectAuth } from './auth-selection';
import { authFilePath, readAuthFile } from './auth-store';
import { decodeJwtPayload, parseIdToken, type IdTokenClaims } from './jwt';
import { messageOf } from '../common/errors';

/** What `status` and `doctor` show about the sign-in state; holds no secrets. */
export interface AccountSummary {
  /** `$CODEX_HOME/auth.json`. */
  authFile: string;
  /** Whether auth.json is present at all. */
  authFileExists: boolean;
  /** Why auth.json cannot be used, when it exists but is broken. */
  authFileError?: string;
  /** The mode the server would use now; absent when signed out. */
  mode?: AuthMode;
  /** Where the credential in use comes from. */
  source?: 'auth.json' | 'env';
  /** What auth.json holds. */
  hasApiKey: boolean;
  /** Whether auth.json holds a ChatGPT token set. */
  hasChatGptTokens: boolean;
  /** Email claim of the stored ChatGPT id_token. */
  email?: string;
  /** ChatGPT plan (`chatgpt_plan_type`) from the stored id_token. */
  plan?: string;
  /** When the ChatGPT tokens were last refreshed (ISO 8601). */
  lastRefresh?: string;
  /** `exp` of the ChatGPT access token (ISO 8601), when it is a JWT that carries one. */
  accessTokenExpiresAt?: string;
}

/** The `exp` claim of a JWT as a date, when there is one. */
function expiryOf(jwt: string): string | undefined {
  try {
    const exp = decodeJwtPayload(jwt).exp;
    return typeof exp === 'number' && Number.isFinite(exp) ? new Date(exp * 1000).toISOString() : undefined;
  } catch {
    return undefined;
  }
}

/** Read auth.json (and `OPENAI_API_KEY`) the way the server chooses credentials. Never throws for a broken file. */
export async function summarizeAccount(
  codexHome: string,
  preferred: AuthMode,
  env: NodeJS.ProcessEnv = process.env,
): Promise<AccountSummary> {
  const authFile = authFilePath(codexHome);
  const summary: AccountSummary = { authFile, authFileExists: false, hasApiKey: false, hasChatGptTokens: false };
  let file;
  try {
    file = (await readAuthFile(codexHome)).data;
  } catch (err) {
    summary.authFileExists = true;
    summary.authFileError = messageOf(err);
    return summary;
  }
  summary.authFileExists = file !== undefined;
  summary.hasApiKey = typeof file?.OPENAI_API_KEY === 'string' && file.OPENAI_API_KEY.length > 0;
  const tokens = file?.tokens ?? undefined;
  summary.hasChatGptTokens = tokens !== undefined;
  let claims: IdTokenClaims = {};
  if (tokens) {
    try {
      claims = parseIdToken(tokens.id_token);
    } catch {
      // an undecodable id_token only hides the email and plan
    }
    if (claims.email) summary.email = claims.email;
    if (claims.chatgpt_plan_type) summary.plan = claims.chatgpt_plan_type;
    if (file?.last_refresh) summary.lastRefresh = file.last_refresh;
    const expiry = expiryOf(tokens.access_token);
    if (expiry) summary.accessTokenExpiresAt = expiry;
  }
  const selection = selectAuth(file, env.OPENAI_API_KEY, preferred, claims);
  if (selection && selection.token) {
    summary.mode = selection.mode;
    summary.source = selection.source;
  }
  return summary;
}

/** "as user@example.com (ChatGPT plus)", "with an API key", …: what follows "signed in". */
export function describeAccount(account: Pick<AccountSummary, 'mode' | 'source' | 'email' | 'plan'>): string {
  if (account.mode === 'chatgpt') {
    const who = account.email ?? 'an unknown ChatGPT account';
    return `as ${who} (ChatGPT${account.plan ? ` ${account.plan}` : ''})`;
  }
  if (account.mode === 'apikey') {
    return account.source === 'env' ? 'with the OPENAI_API_KEY environment variable' : 'with an API key';
  }
  return 'as nobody';
}
