import type { AuthMode } from '../config/config-types';

/** The ChatGPT token set stored under `tokens` in auth.json. */
export interface TokenData {
  /** The raw JWT as stored in auth.json. */
  id_token: string;
  /** Bearer token sent to the model provider in ChatGPT mode. */
  access_token: string;
  /** Exchanged at the issuer for fresh tokens when the access token expires. */
  refresh_token: string;
  /** ChatGPT account the tokens belong to (sent as `chatgpt-account-id`). */
  account_id?: string | null;
}

/** auth.json as Codex writes it. */
export interface AuthDotJson {
  /** API key stored by an API-key login, or minted by the ChatGPT login. */
  OPENAI_API_KEY?: string | null;
  /** ChatGPT tokens; absent or null when signed in with an API key only. */
  tokens?: TokenData | null;
  /** When the ChatGPT tokens were last refreshed (ISO 8601). */
  last_refresh?: string | null;
}

/** The credentials to use for a request right now. */
export interface ResolvedAuth {
  /** Which kind of credential `token` is. */
  mode: AuthMode;
  /** API key, or the ChatGPT access token. */
  token: string;
  /** ChatGPT account id (sent as `chatgpt-account-id`). */
  accountId?: string;
}
