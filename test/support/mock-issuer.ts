/**
 * A local stand-in for https://auth.openai.com: `POST /oauth/token` for the authorization_code,
 * refresh_token and token-exchange grants. Counts calls, can fail or hold requests on demand,
 * and mints id_tokens carrying the ChatGPT claims Codex reads.
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

export const TOKEN_EXCHANGE_GRANT = 'urn:ietf:params:oauth:grant-type:token-exchange';
export type Grant = 'authorization_code' | 'refresh_token' | typeof TOKEN_EXCHANGE_GRANT;

export interface IdTokenOptions {
  email?: string;
  planType?: string;
  accountId?: string;
}

/** An unsigned JWT (`alg: none`) with the given payload. */
export function makeJwt(payload: Record<string, unknown>): string {
  const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${enc({ alg: 'none', typ: 'JWT' })}.${enc(payload)}.c2ln`;
}

/** An id_token with `email` and the `https://api.openai.com/auth` claims. */
export function makeIdToken(opts: IdTokenOptions = {}): string {
  const auth: Record<string, unknown> = {};
  if (opts.planType !== undefined) auth.chatgpt_plan_type = opts.planType;
  if (opts.accountId !== undefined) auth.chatgpt_account_id = opts.accountId;
  return makeJwt({
    ...(opts.email !== undefined ? { email: opts.email } : {}),
    'https://api.openai.com/auth': auth,
  });
}

/** One request the mock received. */
export interface TokenRequest {
  grant_type: string;
  contentType: string;
  /** The body's fields (form or JSON). */
  params: Record<string, string>;
}

interface Failure {
  status: number;
  error: string;
  times: number;
}

export class MockIssuer {
  readonly requests: TokenRequest[] = [];
  /** Claims put into every id_token the mock issues. */
  idTokenOptions: IdTokenOptions = { email: 'user@example.com', planType: 'plus', accountId: 'acct-123' };
  /** The API key the token-exchange grant returns. */
  apiKey = 'sk-exchanged-key-0001';
  private serial = 0;
  private readonly failures = new Map<string, Failure>();
  private readonly holds = new Map<string, Promise<void>>();
  private readonly arrivals: { grant: string; resolve: () => void }[] = [];

  private constructor(
    private readonly server: http.Server,
    /** Base URL, to put into CODEX_AUTH_ISSUER. */
    readonly url: string,
  ) {}

  static async start(): Promise<MockIssuer> {
    const server = http.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const issuer = new MockIssuer(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    server.on('request', (req, res) => {
      issuer.handle(req, res).catch((err: unknown) => {
        res.writeHead(500).end(String(err));
      });
    });
    return issuer;
  }

  /** How many requests of this grant arrived. */
  count(grant: Grant): number {
    return this.requests.filter((r) => r.grant_type === grant).length;
  }

  /** The next `times` requests of `grant` answer `status` with `{"error": error}`. */
  failNext(grant: Grant, status = 401, error = 'invalid_grant', times = 1): void {
    this.failures.set(grant, { status, error, times });
  }

  /** Requests of `grant` wait until the returned function is called. */
  hold(grant: Grant): () => void {
    let release!: () => void;
    this.holds.set(grant, new Promise<void>((resolve) => (release = resolve)));
    return () => {
      this.holds.delete(grant);
      release();
    };
  }

  /** Resolves once a request of `grant` has arrived (already or later). */
  arrived(grant: Grant): Promise<void> {
    if (this.count(grant) > 0) return Promise.resolve();
    return new Promise((resolve) => this.arrivals.push({ grant, resolve }));
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    if (req.method !== 'POST' || req.url !== '/oauth/token') {
      res.writeHead(404).end();
      return;
    }
    const contentType = String(req.headers['content-type'] ?? '');
    const params: Record<string, string> = contentType.startsWith('application/json')
      ? (JSON.parse(text) as Record<string, string>)
      : Object.fromEntries(new URLSearchParams(text));
    const grant = params.grant_type ?? '';
    this.requests.push({ grant_type: grant, contentType, params });
    for (const a of this.arrivals.filter((w) => w.grant === grant)) {
      this.arrivals.splice(this.arrivals.indexOf(a), 1);
      a.resolve();
    }

    const hold = this.holds.get(grant);
    if (hold) await hold;

    const failure = this.failures.get(grant);
    if (failure) {
      if (--failure.times <= 0) this.failures.delete(grant);
      return this.json(res, failure.status, { error: failure.error });
    }
    const n = ++this.serial;
    switch (grant) {
      case 'authorization_code':
        if (!params.code || !params.code_verifier || !params.redirect_uri || !params.client_id) {
          return this.json(res, 400, { error: 'invalid_request' });
        }
        return this.json(res, 200, this.tokens(n));
      case 'refresh_token':
        if (!params.refresh_token) return this.json(res, 400, { error: 'invalid_request' });
        return this.json(res, 200, this.tokens(n));
      case TOKEN_EXCHANGE_GRANT:
        return this.json(res, 200, { access_token: this.apiKey });
      default:
        return this.json(res, 400, { error: 'unsupported_grant_type' });
    }
  }

  private tokens(n: number): Record<string, string> {
    return {
      id_token: makeIdToken(this.idTokenOptions),
      access_token: makeJwt({ kind: 'access', n }),
      refresh_token: `rt_mock_refresh_${n}`,
    };
  }

  private json(res: http.ServerResponse, status: number, body: unknown): void {
    const text = JSON.stringify(body);
    res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) });
    res.end(text);
  }
}
