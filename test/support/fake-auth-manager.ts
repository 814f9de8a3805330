import { Emitter } from 'vscode-jsonrpc/node';
import type { AuthChangeEvent, AuthManager, AuthStatus, LoginCompleteEvent } from '../../src/auth/auth-manager';
import type { ResolvedAuth } from '../../src/auth/auth-types';
import type { AuthMode } from '../../src/config/config-types';

/**
 * An in-memory AuthManager. `refresh()` switches to `afterRefresh` (when given) and counts calls;
 * tests assert on `refreshCount` and on the tokens the server saw. Login and logout only change
 * the in-memory state and fire the listeners.
 */
export class FakeAuthManager implements AuthManager {
  refreshCount = 0;
  getAuthCount = 0;
  preferredAuthMethod: AuthMode = 'chatgpt';
  requiresOpenaiAuth = true;
  private readonly changed = new Emitter<AuthChangeEvent>();
  private readonly loginCompleted = new Emitter<LoginCompleteEvent>();
  readonly onDidChange = this.changed.event;
  readonly onLoginComplete = this.loginCompleted.event;
  private activeLogin: string | undefined;
  private logins = 0;

  constructor(
    public auth: ResolvedAuth | undefined = { mode: 'apikey', token: 'sk-test-key' },
    public afterRefresh?: ResolvedAuth,
  ) {}

  /** No credentials at all. */
  static signedOut(): FakeAuthManager {
    // Not `new FakeAuthManager(undefined)`: that would take the default API key.
    const fake = new FakeAuthManager();
    fake.auth = undefined;
    return fake;
  }

  /** ChatGPT mode with an access token and account id. */
  static chatGpt(token = 'chatgpt-access-token', accountId = 'account-123'): FakeAuthManager {
    return new FakeAuthManager({ mode: 'chatgpt', token, accountId });
  }

  async getAuth(): Promise<ResolvedAuth | undefined> {
    this.getAuthCount++;
    return this.auth;
  }

  async refresh(): Promise<ResolvedAuth | undefined> {
    this.refreshCount++;
    if (this.afterRefresh) this.auth = this.afterRefresh;
    return this.auth;
  }

  currentMode(): AuthMode | undefined {
    return this.auth?.mode;
  }

  async status(opts: { includeToken?: boolean; refreshToken?: boolean }): Promise<AuthStatus> {
    if (opts.refreshToken) await this.refresh();
    const out: AuthStatus = { preferredAuthMethod: this.preferredAuthMethod, requiresOpenaiAuth: this.requiresOpenaiAuth };
    if (this.auth?.token) {
      out.authMethod = this.auth.mode;
      if (opts.includeToken) out.authToken = this.auth.token;
    }
    return out;
  }

  async loginApiKey(apiKey: string): Promise<void> {
    this.auth = { mode: 'apikey', token: apiKey };
    this.fireChange();
  }

  async logout(): Promise<void> {
    if (this.activeLogin) this.cancelChatGptLogin(this.activeLogin);
    this.auth = undefined;
    this.fireChange();
  }

  async startChatGptLogin(): Promise<{ loginId: string; authUrl: string }> {
    if (this.activeLogin) this.cancelChatGptLogin(this.activeLogin);
    this.activeLogin = `login-${++this.logins}`;
    return { loginId: this.activeLogin, authUrl: `https://auth.example.test/authorize?login=${this.activeLogin}` };
  }

  dispose(): void {
    if (this.activeLogin) this.cancelChatGptLogin(this.activeLogin);
  }

  cancelChatGptLogin(loginId: string): boolean {
    if (this.activeLogin !== loginId) return false;
    this.activeLogin = undefined;
    this.loginCompleted.fire({ loginId, success: false, error: 'Login was not completed' });
    return true;
  }

  /** Finish the active ChatGPT login as if the browser flow succeeded. */
  completeChatGptLogin(auth: ResolvedAuth = { mode: 'chatgpt', token: 'chatgpt-access-token', accountId: 'account-123' }): void {
    const loginId = this.activeLogin;
    if (!loginId) throw new Error('no ChatGPT login in progress');
    this.activeLogin = undefined;
    this.auth = auth;
    this.loginCompleted.fire({ loginId, success: true });
    this.fireChange();
  }

  async userInfo(): Promise<{ allegedUserEmail?: string }> {
    return this.auth?.mode === 'chatgpt' ? { allegedUserEmail: 'user@example.com' } : {};
  }

  private fireChange(): void {
    const event: AuthChangeEvent = this.auth?.token ? { authMethod: this.auth.mode } : {};
    this.changed.fire(event);
  }
}
