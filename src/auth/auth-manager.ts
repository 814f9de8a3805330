import type { AuthMode } from '../config/config-types';
import type { ResolvedAuth } from './auth-types';

export const AuthManager = Symbol('AuthManager');

/** The single holder of credentials for every conversation and the auth API. */
export interface AuthManager {
  /** Current credentials (cached; re-read when auth.json changes), refreshing stale ChatGPT tokens first. */
  getAuth(): Promise<ResolvedAuth | undefined>;
  /** Force a token refresh (after a 401). Concurrent calls share one refresh. Returns the new auth. */
  refresh(): Promise<ResolvedAuth | undefined>;
  /** The mode that getAuth() would use, without refreshing. */
  currentMode(): AuthMode | undefined;
}
