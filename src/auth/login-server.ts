/**
 * The local OAuth callback server of the ChatGPT login (upstream login/src/server.rs): PKCE, one
 * `GET /auth/callback`, code exchange, best-effort API-key exchange, then it shuts itself down.
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../logging/logger';
import { redactSecrets, redactedMessageOf } from '../logging/redact';
import { CLIENT_ID, exchangeCodeForTokens, obtainApiKey, type ExchangedTokens } from './oauth-client';
import { generatePkce, generateState, type PkceCodes } from './pkce';

export const DEFAULT_LOGIN_PORT = 1455;
export const LOGIN_NOT_COMPLETED = 'Login was not completed';

/** The port to bind: `CODEX_LOGIN_PORT` (0 = any free port), else 1455. */
export function loginPortFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.CODEX_LOGIN_PORT?.trim();
  if (!raw) return DEFAULT_LOGIN_PORT;
  const port = Number(raw);
  return Number.isInteger(port) && port >= 0 && port <= 65535 ? port : DEFAULT_LOGIN_PORT;
}

/** How to run one local OAuth callback server. */
export interface LoginServerOptions {
  /** OAuth issuer base URL (authorize and token endpoints live under it). */
  issuer: string;
  /** 0 binds any free port (the authorize URL then carries the real one). */
  port: number;
  /** Persist the exchanged tokens (and the API key, when the exchange gave one). */
  persist(tokens: ExchangedTokens, apiKey: string | undefined): Promise<void>;
  /** Where callback and exchange failures are logged. */
  logger: Logger;
}

/** How a login ended. `error` is the bare reason; the caller adds "Login server error: ". */
export type LoginOutcome = { success: true } | { success: false; error: string };

const SUCCESS_PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><title>Signed in to Codex</title></head>
<body style="font-family: system-ui, sans-serif; text-align: center; margin-top: 15vh">
<h1>Signed in to Codex</h1><p>You may now close this page and return to your editor.</p>
</body></html>
`;

/** The authorize URL exactly as the reference builds it (%20 for spaces, fixed parameter order). */
export function buildAuthorizeUrl(issuer: string, redirectUri: string, pkce: PkceCodes, state: string): string {
  const params: Array<[string, string]> = [
    ['response_type', 'code'],
    ['client_id', CLIENT_ID],
    ['redirect_uri', redirectUri],
    ['scope', 'openid profile email offline_access'],
    ['code_challenge', pkce.codeChallenge],
    ['code_challenge_method', 'S256'],
    ['id_token_add_organizations', 'true'],
    ['codex_cli_simplified_flow', 'true'],
    ['state', state],
  ];
  const query = params.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
  return `${issuer}/oauth/authorize?${query}`;
}

/** Words for a bind failure, the reference's for the usual one. */
function bindFailureReason(err: NodeJS.ErrnoException): string {
  if (err.code === 'EADDRINUSE') {
    return typeof err.errno === 'number' ? `Address in use (os error ${Math.abs(err.errno)})` : 'Address in use';
  }
  return err.message;
}

/** One login attempt. Create with `LoginServer.start`; it closes itself when done or cancelled. */
export class LoginServer {
  /** The URL the user opens in a browser. */
  readonly authUrl: string;
  /** Resolves once, when the login succeeds, fails or is cancelled; the port is free by then. */
  readonly done: Promise<LoginOutcome>;

  private readonly pkce = generatePkce();
  private readonly state = generateState();
  private readonly redirectUri: string;
  private resolveDone!: (outcome: LoginOutcome) => void;
  private finished = false;
  private exchanging = false;

  private constructor(
    private readonly server: http.Server,
    /** The bound port. */
    readonly port: number,
    private readonly options: LoginServerOptions,
  ) {
    this.redirectUri = `http://localhost:${port}/auth/callback`;
    this.authUrl = buildAuthorizeUrl(options.issuer, this.redirectUri, this.pkce, this.state);
    this.done = new Promise((resolve) => (this.resolveDone = resolve));
    server.on('request', (req, res) => {
      this.handle(req, res).catch((err: unknown) => {
        options.logger.error('login callback failed', { error: redactSecrets(String(err)) });
      });
    });
  }

  /** Bind `127.0.0.1:<port>`. @throws Error `failed to start login server: <reason>`. */
  static async start(options: LoginServerOptions): Promise<LoginServer> {
    const server = http.createServer();
    await new Promise<void>((resolve, reject) => {
      const onError = (err: NodeJS.ErrnoException) => {
        reject(new Error(`failed to start login server: ${bindFailureReason(err)}`));
      };
      server.once('error', onError);
      server.listen(options.port, '127.0.0.1', () => {
        server.off('error', onError);
        resolve();
      });
    });
    server.on('error', (err) => options.logger.warn('login server error', { error: err.message }));
    const port = (server.address() as AddressInfo).port;
    return new LoginServer(server, port, options);
  }

  /** Stop waiting: the port is released when this returns; `done` resolves with "Login was not completed". */
  cancel(): void {
    this.finish({ success: false, error: LOGIN_NOT_COMPLETED }, true);
  }

  private finish(outcome: LoginOutcome, dropConnections: boolean): void {
    if (this.finished) return;
    this.finished = true;
    // close() stops listening synchronously, so the port is free as soon as this returns.
    this.server.close();
    if (dropConnections) this.server.closeAllConnections();
    else this.server.closeIdleConnections();
    this.resolveDone(outcome);
  }

  private reply(res: http.ServerResponse, status: number, body: string, contentType = 'text/plain; charset=utf-8'): void {
    res.writeHead(status, { 'Content-Type': contentType, 'Content-Length': Buffer.byteLength(body), Connection: 'close' });
    res.end(body);
  }

  /** Reply, then end the login once the reply has been handed to the socket. */
  private replyAndFinish(res: http.ServerResponse, status: number, body: string, outcome: LoginOutcome, contentType?: string): void {
    res.once('finish', () => this.finish(outcome, false));
    res.once('close', () => this.finish(outcome, false));
    this.reply(res, status, body, contentType);
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== '/auth/callback') return this.reply(res, 404, 'Not Found');
    if (req.method !== 'GET') return this.reply(res, 405, 'Method Not Allowed');
    if (url.searchParams.get('state') !== this.state) return this.reply(res, 400, 'State mismatch');
    if (this.finished || this.exchanging) return this.reply(res, 409, 'Login already handled');

    const oauthError = url.searchParams.get('error');
    if (oauthError) {
      const description = url.searchParams.get('error_description');
      const reason = redactSecrets(`Sign-in failed: ${description ? `${oauthError}: ${description}` : oauthError}`).slice(0, 300);
      return this.replyAndFinish(res, 400, reason, { success: false, error: reason });
    }
    const code = url.searchParams.get('code');
    if (!code) return this.reply(res, 400, 'Missing authorization code');

    this.exchanging = true;
    try {
      const tokens = await exchangeCodeForTokens(this.options.issuer, {
        code,
        redirectUri: this.redirectUri,
        codeVerifier: this.pkce.codeVerifier,
      });
      let apiKey: string | undefined;
      try {
        apiKey = await obtainApiKey(this.options.issuer, tokens.id_token);
      } catch (err) {
        // Optional upstream too: ChatGPT tokens work without an API key.
        this.options.logger.debug('API key exchange skipped', { error: redactSecrets(String(err)) });
      }
      if (this.finished) return this.reply(res, 410, LOGIN_NOT_COMPLETED); // cancelled meanwhile
      await this.options.persist(tokens, apiKey);
      this.replyAndFinish(res, 200, SUCCESS_PAGE, { success: true }, 'text/html; charset=utf-8');
    } catch (err) {
      const reason = redactedMessageOf(err);
      this.options.logger.warn('ChatGPT login failed', { error: reason });
      this.replyAndFinish(res, 500, reason, { success: false, error: reason });
    } finally {
      this.exchanging = false;
    }
  }
}
