import { randomUUID } from 'node:crypto';
import { Emitter } from 'vscode-jsonrpc/node';
import { loggedEvent } from '../common/logged-event';
import type { Logger } from '../logging/logger';
import { redactedMessageOf } from '../logging/redact';
import type { LoginCompleteEvent } from './auth-manager';
import { LoginServer, loginPortFromEnv, type LoginOutcome } from './login-server';
import { issuerFromEnv, type ExchangedTokens } from './oauth-client';

interface ActiveLogin {
  loginId: string;
  server: LoginServer;
  timer: NodeJS.Timeout;
  timedOut: boolean;
}

/** Dependencies of the ChatGPT browser login manager. */
export interface ChatGptLoginOptions {
  /** Where login progress and failures are logged. */
  logger: Logger;
  /** Save the tokens of a completed login. */
  persist(tokens: ExchangedTokens, apiKey: string | undefined): Promise<void>;
  /** Runs after a successful login's completion event. */
  afterSuccess(): Promise<void>;
  /** How long a login may wait for the browser. */
  timeoutMs(): number;
}

/**
 * The ChatGPT browser login, at most one at a time: its local callback server, its timeout and
 * the completion event (success, failure, cancel, timeout). A new login replaces the old one.
 */
export class ChatGptLogin {
  private active?: ActiveLogin;
  /** Serialises starts so a replacing login binds only after the old one let go of the port. */
  private chain: Promise<unknown> = Promise.resolve();
  private readonly completed = new Emitter<LoginCompleteEvent>();
  readonly onComplete = loggedEvent(this.completed.event, (err) =>
    this.options.logger.error('onLoginComplete listener failed', { error: String(err) }),
  );

  constructor(private readonly options: ChatGptLoginOptions) {}

  /** Start the callback server and return the URL to open; cancels a login in progress. */
  start(): Promise<{ loginId: string; authUrl: string }> {
    const start = this.chain.then(() => this.doStart());
    this.chain = start.catch(() => undefined);
    return start;
  }

  /** Cancel `loginId`; false when it is not the login in progress. */
  cancel(loginId: string): boolean {
    const login = this.active;
    if (!login || login.loginId !== loginId) return false;
    this.active = undefined;
    login.server.cancel();
    return true;
  }

  /** Cancel whatever login is in progress (its completion still fires). */
  cancelActive(): void {
    if (this.active) this.cancel(this.active.loginId);
  }

  private async doStart(): Promise<{ loginId: string; authUrl: string }> {
    this.cancelActive();
    const { logger } = this.options;
    const server = await LoginServer.start({
      issuer: issuerFromEnv(),
      port: loginPortFromEnv(),
      persist: (tokens, apiKey) => this.options.persist(tokens, apiKey),
      logger,
    });
    const loginId = randomUUID();
    const login: ActiveLogin = {
      loginId,
      server,
      timedOut: false,
      timer: setTimeout(() => {
        login.timedOut = true;
        this.cancel(loginId);
      }, this.options.timeoutMs()),
    };
    login.timer.unref();
    this.active = login;
    logger.info('ChatGPT login started', { loginId, port: server.port });
    void server.done
      .then((outcome) => this.onDone(login, outcome))
      .catch((err: unknown) => logger.error('login completion failed', { error: redactedMessageOf(err) }));
    return { loginId, authUrl: server.authUrl };
  }

  private async onDone(login: ActiveLogin, outcome: LoginOutcome): Promise<void> {
    clearTimeout(login.timer);
    if (this.active === login) this.active = undefined;
    const event: LoginCompleteEvent = outcome.success
      ? { loginId: login.loginId, success: true }
      : {
          loginId: login.loginId,
          success: false,
          error: login.timedOut ? 'Login timed out' : `Login server error: ${outcome.error}`,
        };
    this.options.logger.info('ChatGPT login finished', { loginId: login.loginId, success: event.success, error: event.error });
    // A macrotask later: a cancel's reply goes out before its completion notification.
    await new Promise((resolve) => setImmediate(resolve));
    this.completed.fire(event);
    if (outcome.success) await this.options.afterSuccess();
  }
}
