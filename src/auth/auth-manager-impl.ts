import { inject, injectable } from 'inversify';
import { Emitter, type Event } from 'vscode-jsonrpc/node';
import type { AuthMode } from '../config/config-types';
import { ConfigService } from '../config/config-service';
import { LoggerFactory, type Logger } from '../logging/logger';
import { redactedMessageOf } from '../logging/redact';
import type { AuthChangeEvent, AuthManager, AuthStatus, LoginCompleteEvent } from './auth-manager';
import { selectAuth, type AuthSelection } from './auth-selection';
import {
  ABSENT_SIGNATURE,
  AuthFileError,
  currentSignature,
  currentSignatureSync,
  deleteAuthFile,
  readAuthFile,
  readAuthFileSync,
  writeAuthFile,
  type AuthFileSnapshot,
} from './auth-store';
import type { AuthDotJson, ResolvedAuth } from './auth-types';
import { parseIdToken, type IdTokenClaims } from './jwt';
import { ChatGptLogin } from './chatgpt-login';
import { issuerFromEnv, refreshTokens, type ExchangedTokens } from './oauth-client';
import { loggedEvent } from '../common/logged-event';

/** ChatGPT tokens older than this are refreshed before use (upstream, Aug 2025: 28 days). */
export const TOKEN_REFRESH_INTERVAL_MS = 28 * 24 * 60 * 60 * 1000;
/** After a failed automatic refresh, use the old token for this long before trying again. */
const AUTO_REFRESH_RETRY_MS = 5 * 60 * 1000;
/** Upstream LOGIN_CHATGPT_TIMEOUT. */
const LOGIN_TIMEOUT_MS = 10 * 60 * 1000;

/** One read of auth.json with its id_token claims, or the reason it is unusable. */
interface AuthState {
  signature: string;
  file?: AuthDotJson;
  claims: IdTokenClaims;
  error?: AuthFileError;
}

interface AuthPrefs {
  preferred: AuthMode;
  requiresOpenaiAuth: boolean;
}

const DEFAULT_PREFS: AuthPrefs = { preferred: 'chatgpt', requiresOpenaiAuth: true };

@injectable()
export class AuthManagerImpl implements AuthManager {
  /** How long a ChatGPT login may wait for the browser; tests shorten it. */
  loginTimeoutMs = LOGIN_TIMEOUT_MS;

  private readonly logger: Logger;
  private readonly codexHome: string;
  private state?: AuthState;
  private prefs?: AuthPrefs;
  private prefsLoading?: Promise<AuthPrefs>;
  private refreshing?: Promise<ResolvedAuth | undefined>;
  private lastAutoRefreshFailure = 0;
  /** Serialises every write of auth.json made by this process. */
  private writeChain: Promise<unknown> = Promise.resolve();
  private readonly didChange = new Emitter<AuthChangeEvent>();
  private readonly login: ChatGptLogin;
  readonly onDidChange = loggedEvent(this.didChange.event, (err) => this.logger.error('onDidChange listener failed', { error: String(err) }));
  readonly onLoginComplete: Event<LoginCompleteEvent>;

  constructor(
    @inject(ConfigService) private readonly config: ConfigService,
    @inject(LoggerFactory) loggers: LoggerFactory,
  ) {
    this.logger = loggers.get('auth');
    this.codexHome = config.codexHome;
    this.login = new ChatGptLogin({
      logger: this.logger,
      persist: (tokens, apiKey) => this.persistLogin(tokens, apiKey),
      afterSuccess: () => this.fireDidChange(),
      timeoutMs: () => this.loginTimeoutMs,
    });
    this.onLoginComplete = this.login.onComplete;
  }

  async getAuth(): Promise<ResolvedAuth | undefined> {
    const state = await this.loadState();
    if (state.error) throw state.error;
    const selection = this.select(state, await this.loadPrefs());
    if (!selection) return undefined;
    if (selection.mode === 'chatgpt' && this.isStale(state.file?.last_refresh)) {
      if (Date.now() - this.lastAutoRefreshFailure >= AUTO_REFRESH_RETRY_MS) {
        try {
          return await this.refresh();
        } catch (err) {
          // The old access token may still be accepted; a 401 will force another refresh.
          this.logger.warn('token refresh failed; using the current token', { error: redactedMessageOf(err) });
        }
      }
    }
    return toResolved(selection);
  }

  refresh(): Promise<ResolvedAuth | undefined> {
    this.refreshing ??= this.doRefresh().finally(() => {
      this.refreshing = undefined;
    });
    return this.refreshing;
  }

  currentMode(): AuthMode | undefined {
    let state = this.state;
    try {
      const signature = currentSignatureSync(this.codexHome);
      if (!state || state.signature !== signature) {
        state = this.toState(() => readAuthFileSync(this.codexHome));
        this.state = state;
      }
    } catch (err) {
      this.logger.warn('cannot stat auth.json', { error: redactedMessageOf(err) });
    }
    if (!state || state.error) return undefined;
    return this.select(state, this.prefs ?? DEFAULT_PREFS)?.mode;
  }

  async status(opts: { includeToken?: boolean; refreshToken?: boolean }): Promise<AuthStatus> {
    const prefs = await this.loadPrefs();
    let auth: ResolvedAuth | undefined;
    if (opts.refreshToken) {
      try {
        await this.refresh();
      } catch (err) {
        this.logger.warn('token refresh requested by getAuthStatus failed', { error: redactedMessageOf(err) });
      }
    }
    try {
      auth = await this.getAuth();
    } catch (err) {
      this.logger.warn('cannot load credentials', { error: redactedMessageOf(err) });
    }
    const result: AuthStatus = { preferredAuthMethod: prefs.preferred, requiresOpenaiAuth: prefs.requiresOpenaiAuth };
    // Like the reference: a mode is reported only when it yields a non-empty token.
    if (auth && auth.token) {
      result.authMethod = auth.mode;
      if (opts.includeToken) result.authToken = auth.token;
    }
    return result;
  }

  async loginApiKey(apiKey: string): Promise<void> {
    if (typeof apiKey !== 'string' || apiKey.trim() === '') throw new Error('API key must not be empty');
    await this.withWriteLock(() => this.save({ OPENAI_API_KEY: apiKey, tokens: null, last_refresh: null }));
    await this.fireDidChange();
  }

  async logout(): Promise<void> {
    this.login.cancelActive();
    await this.withWriteLock(async () => {
      await deleteAuthFile(this.codexHome);
      this.state = { signature: ABSENT_SIGNATURE, claims: {} };
    });
    await this.fireDidChange();
  }

  startChatGptLogin(): Promise<{ loginId: string; authUrl: string }> {
    return this.login.start();
  }

  cancelChatGptLogin(loginId: string): boolean {
    return this.login.cancel(loginId);
  }

  async userInfo(): Promise<{ allegedUserEmail?: string }> {
    const state = await this.loadState();
    if (state.error) throw state.error;
    const email = state.file?.tokens ? state.claims.email : undefined;
    return email ? { allegedUserEmail: email } : {};
  }

  /** Cancel a login in progress (its completion still fires). */
  dispose(): void {
    this.login.cancelActive();
  }

  private select(state: AuthState, prefs: AuthPrefs): AuthSelection | undefined {
    return selectAuth(state.file, process.env.OPENAI_API_KEY, prefs.preferred, state.claims);
  }

  private isStale(lastRefresh: string | null | undefined): boolean {
    // Upstream refreshes only when last_refresh is present; an unparsable one counts as stale.
    if (!lastRefresh) return false;
    const at = Date.parse(lastRefresh);
    return Number.isNaN(at) || Date.now() - at > TOKEN_REFRESH_INTERVAL_MS;
  }

  /** auth.json as cached, re-read when a stat shows it changed. */
  private async loadState(): Promise<AuthState> {
    const signature = await currentSignature(this.codexHome);
    if (this.state && this.state.signature === signature) return this.state;
    let snapshot: AuthFileSnapshot | undefined;
    let error: unknown;
    try {
      snapshot = await readAuthFile(this.codexHome);
    } catch (err) {
      error = err;
    }
    const state = this.toState(() => {
      if (error) throw error;
      return snapshot as AuthFileSnapshot;
    });
    this.state = state;
    return state;
  }

  private toState(read: () => AuthFileSnapshot): AuthState {
    let snapshot: AuthFileSnapshot;
    try {
      snapshot = read();
    } catch (err) {
      const error = err instanceof AuthFileError ? err : new AuthFileError(`cannot read auth.json: ${redactedMessageOf(err)}`);
      this.logger.error(error.message);
      // Signature of the broken version, so it is not re-parsed until it changes.
      let signature = 'error';
      try {
        signature = currentSignatureSync(this.codexHome);
      } catch {
        // keep 'error': the next call retries
      }
      return { signature, claims: {}, error };
    }
    return { signature: snapshot.signature, file: snapshot.data, claims: this.claimsOf(snapshot.data) };
  }

  private claimsOf(file: AuthDotJson | undefined): IdTokenClaims {
    const idToken = file?.tokens?.id_token;
    if (!idToken) return {};
    try {
      return parseIdToken(idToken);
    } catch (err) {
      this.logger.warn('auth.json id_token cannot be decoded; its claims are ignored', { error: redactedMessageOf(err) });
      return {};
    }
  }

  /** preferred_auth_method and requires_openai_auth, read once from the config. */
  private async loadPrefs(): Promise<AuthPrefs> {
    if (this.prefs) return this.prefs;
    this.prefsLoading ??= this.config
      .load()
      .then((cfg) => {
        this.prefs = {
          preferred: cfg.preferred_auth_method === 'apikey' ? 'apikey' : 'chatgpt',
          requiresOpenaiAuth: cfg.model_provider?.requires_openai_auth ?? true,
        };
        return this.prefs;
      })
      .catch((err: unknown) => {
        // Not cached: a fixed config.toml is picked up next time.
        this.logger.warn('cannot load config for auth preferences; using defaults', { error: redactedMessageOf(err) });
        return DEFAULT_PREFS;
      })
      .finally(() => {
        this.prefsLoading = undefined;
      });
    return this.prefsLoading;
  }

  private async doRefresh(): Promise<ResolvedAuth | undefined> {
    const state = await this.loadState();
    if (state.error) throw state.error;
    const prefs = await this.loadPrefs();
    const selection = this.select(state, prefs);
    if (!selection || selection.mode !== 'chatgpt' || !selection.tokens) {
      return selection && toResolved(selection);
    }
    let refreshed;
    try {
      refreshed = await refreshTokens(issuerFromEnv(), selection.tokens.refresh_token);
    } catch (err) {
      this.lastAutoRefreshFailure = Date.now();
      throw err;
    }
    return this.withWriteLock(async () => {
      // Merge into the file as it is now, not as it was before the request.
      const current = await readAuthFile(this.codexHome);
      const tokens = current.data?.tokens;
      if (!current.data || !tokens) {
        this.logger.info('signed out during a token refresh; the new tokens are dropped');
        this.state = this.toState(() => current);
        const now = this.select(this.state, prefs);
        return now && toResolved(now);
      }
      const claims = parseIdToken(refreshed.id_token);
      const data: AuthDotJson = {
        ...current.data,
        tokens: {
          ...tokens,
          id_token: refreshed.id_token,
          access_token: refreshed.access_token ?? tokens.access_token,
          refresh_token: refreshed.refresh_token ?? tokens.refresh_token,
          account_id: tokens.account_id ?? claims.chatgpt_account_id ?? null,
        },
        last_refresh: new Date().toISOString(),
      };
      const state = await this.save(data);
      this.lastAutoRefreshFailure = 0;
      this.logger.info('ChatGPT tokens refreshed');
      const now = this.select(state, prefs);
      return now && toResolved(now);
    });
  }

  /** Write auth.json and make it the cached state. Call under the write lock. */
  private async save(data: AuthDotJson): Promise<AuthState> {
    const signature = await writeAuthFile(this.codexHome, data);
    const state: AuthState = { signature, file: data, claims: this.claimsOf(data) };
    this.state = state;
    return state;
  }

  private withWriteLock<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.writeChain.then(fn);
    this.writeChain = run.catch(() => undefined);
    return run;
  }

  private async fireDidChange(): Promise<void> {
    let authMethod: AuthMode | undefined;
    try {
      authMethod = (await this.status({})).authMethod;
    } catch (err) {
      this.logger.warn('cannot compute the auth mode after a change', { error: redactedMessageOf(err) });
    }
    this.didChange.fire(authMethod ? { authMethod } : {});
  }

  /** Save a completed login, keeping an existing API key unless the exchange gave a new one. */
  private persistLogin(tokens: ExchangedTokens, apiKey: string | undefined): Promise<void> {
    return this.withWriteLock(async () => {
      const claims = parseIdToken(tokens.id_token);
      let existing: AuthDotJson = {};
      try {
        existing = (await readAuthFile(this.codexHome)).data ?? {};
      } catch (err) {
        // A fresh sign-in replaces a broken file.
        this.logger.warn('replacing an unusable auth.json', { error: redactedMessageOf(err) });
      }
      await this.save({
        ...existing,
        OPENAI_API_KEY: apiKey ?? existing.OPENAI_API_KEY ?? null,
        tokens: {
          id_token: tokens.id_token,
          access_token: tokens.access_token,
          refresh_token: tokens.refresh_token,
          account_id: claims.chatgpt_account_id ?? null,
        },
        last_refresh: new Date().toISOString(),
      });
    });
  }
}

function toResolved(selection: AuthSelection): ResolvedAuth {
  return selection.accountId
    ? { mode: selection.mode, token: selection.token, accountId: selection.accountId }
    : { mode: selection.mode, token: selection.token };
}
