import type { Event } from 'vscode-jsonrpc/node';
import type { AuthMode } from '../config/config-types';
import type { ResolvedAuth } from './auth-types';
import type { AuthChangeEvent, AuthStatus, LoginCompleteEvent } from '../protocol/methods';

export const AuthManager = Symbol('AuthManager');

/** `getAuthStatus`'s result and the two auth notifications' params are wire types. */
export type { AuthChangeEvent, AuthStatus, LoginCompleteEvent } from '../protocol/methods';

/** The single holder of credentials for every conversation and the auth API. */
export interface AuthManager {
  /**
   * Current credentials (cached; re-read when auth.json changes), refreshing stale ChatGPT tokens first.
   * @throws AuthFileError when auth.json exists but is not usable.
   */
  getAuth(): Promise<ResolvedAuth | undefined>;
  /**
   * Force a token refresh (after a 401). Concurrent calls share one refresh. Returns the new auth.
   * In API-key mode this only re-reads auth.json. @throws when the issuer refuses the refresh.
   */
  refresh(): Promise<ResolvedAuth | undefined>;
  /** The mode that getAuth() would use, without refreshing. */
  currentMode(): AuthMode | undefined;
  /** `getAuthStatus`: never throws for a missing or broken auth.json (reported as signed out). */
  status(opts: { includeToken?: boolean; refreshToken?: boolean }): Promise<AuthStatus>;
  /** Save `{OPENAI_API_KEY, tokens: null, last_refresh: null}` and fire onDidChange. */
  loginApiKey(apiKey: string): Promise<void>;
  /** Cancel any ChatGPT login, delete auth.json, fire onDidChange. Idempotent. */
  logout(): Promise<void>;
  /**
   * Start the local callback server and return the URL to open. Replaces (cancels) a login in progress.
   * @throws Error `failed to start login server: <reason>` when the port cannot be bound.
   */
  startChatGptLogin(): Promise<{ loginId: string; authUrl: string }>;
  /** Cancel the login in progress; its port is free when this returns. False when `loginId` is not active. */
  cancelChatGptLogin(loginId: string): boolean;
  /** The email of the ChatGPT id_token, when there is one. */
  userInfo(): Promise<{ allegedUserEmail?: string }>;
  /** Listen for logins and logouts. */
  readonly onDidChange: Event<AuthChangeEvent>;
  /** Listen for the end of ChatGPT login attempts (success, failure, cancel, timeout). */
  readonly onLoginComplete: Event<LoginCompleteEvent>;
  /** Server shutdown: cancel a login in progress, which closes its callback server. */
  dispose(): void;
}
