import type { AuthMode } from '../config/config-types';

export interface TokenData {
  /** The raw JWT as stored in auth.json. */
  id_token: string;
  access_token: string;
  refresh_token: string;
  account_id?: string | null;
}

/** auth.json as Codex writes it. */
export interface AuthDotJson {
  OPENAI_API_KEY?: string | null;
  tokens?: TokenData | null;
  last_refresh?: string | null;
}

/** The credentials to use for a request right now. */
export interface ResolvedAuth {
  mode: AuthMode;
  /** API key, or the ChatGPT access token. */
  token: string;
  /** ChatGPT account id (sent as `chatgpt-account-id`). */
  accountId?: string;
}
