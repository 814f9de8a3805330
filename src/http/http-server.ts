import { randomBytes } from 'node:crypto';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { inject, injectable } from 'inversify';
import { Message } from 'vscode-jsonrpc/node';
import { LoggerFactory, type Logger } from '../logging/logger';
import { ConnectionScopeFactory } from '../server/connection-scope';
import type { ConnectionSession } from '../server/connection-session';
import { SUPPORTED_PROTOCOL_VERSIONS } from '../server/message-processor';
import { createMessageTransport } from '../transport/connection-factory';
import { HttpListenOptions } from './http-options';
import { BearerCheck, OriginPolicy } from './http-security';
import { HttpSession } from './http-session';
import { parseEventId, type SseLimits } from './sse-stream';
import { messageOf } from '../common/errors';

const SSE_LIMITS: SseLimits = { maxEvents: 2000, maxBytes: 8 * 1024 * 1024, maxUnreadBytes: 16 * 1024 * 1024, keepAliveMs: 15_000 };

/** Tools whose calls run a turn: their answer comes as an SSE stream with the turn's events. */
const STREAMED_TOOLS = new Set(['codex', 'codex-reply']);
/** The client reconnects a dropped stream after this long (SSE `retry`). */
const SSE_RETRY_MS = 500;

/** Whether a request's answer comes as an SSE stream (it sends notifications or questions first). */
function isStreamed(m: Message): boolean {
  if (!Message.isRequest(m)) return false;
  if (m.method === 'tasks/result') return true;
  const params = m.params as { name?: unknown; task?: unknown } | undefined;
  return m.method === 'tools/call' && typeof params?.name === 'string' && STREAMED_TOOLS.has(params.name) && params.task === undefined;
}

export const HttpServer = Symbol('HttpServer');
/** The Streamable HTTP front end: `/mcp` (POST, GET, DELETE), `/healthz`, and a page for browsers at `/`. */
export interface HttpServer {
  /** Bind and serve; resolves with the endpoint URL once listening. */
  listen(): Promise<string>;
  /** Close every session (cancelling their calls) and stop listening. */
  close(): Promise<void>;
}

@injectable()
export class HttpServerImpl implements HttpServer {
  private readonly sessions = new Map<string, HttpSession>();
  private readonly connections = new Map<string, ConnectionSession>();
  private readonly log: Logger;
  private readonly bearer: BearerCheck;
  private server: http.Server | undefined;
  private policy: OriginPolicy | undefined;
  private sweeper: NodeJS.Timeout | undefined;

  constructor(
    @inject(HttpListenOptions) private readonly options: HttpListenOptions,
    @inject(ConnectionScopeFactory) private readonly scopes: ConnectionScopeFactory,
    @inject(LoggerFactory) loggers: LoggerFactory,
  ) {
    this.log = loggers.get('http');
    this.bearer = new BearerCheck(options.authToken);
  }

  async listen(): Promise<string> {
    const server = http.createServer((req, res) => {
      this.handle(req, res).catch((e: unknown) => {
        this.log.error('request failed', { error: messageOf(e) });
        if (!res.headersSent) sendError(res, 500, -32603, 'Internal error');
        else res.destroy();
      });
    });
    this.server = server;
    // Long turns stream for minutes: no socket timeout on the server side.
    server.requestTimeout = 0;
    server.headersTimeout = 30_000;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.options.port, this.options.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
    const port = (server.address() as AddressInfo).port;
    this.policy = new OriginPolicy(this.options.host, port, this.options.allowedOrigins);
    const sweepEvery = Math.max(100, Math.min(30_000, Math.floor(this.options.sessionIdleTimeoutMs / 4)));
    this.sweeper = setInterval(() => this.closeIdleSessions(), sweepEvery);
    this.sweeper.unref();
    const host = this.options.host.includes(':') ? `[${this.options.host}]` : this.options.host;
    return `http://${host}:${port}/mcp`;
  }

  async close(): Promise<void> {
    if (this.sweeper) clearInterval(this.sweeper);
    for (const s of [...this.sessions.values()]) s.close();
    const server = this.server;
    if (!server) return;
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  }

  private closeIdleSessions(): void {
    const now = Date.now();
    for (const s of [...this.sessions.values()]) {
      if (s.idleFor(now) >= this.options.sessionIdleTimeoutMs) {
        this.log.info('closing idle session', { session: s.id });
        s.close();
      }
    }
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const refused = this.policy?.check(req);
    if (refused) {
      this.log.warn('request refused', { reason: refused });
      return sendError(res, 403, -32000, `Forbidden: ${refused}`);
    }
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path === '/healthz' && req.method === 'GET') return sendJson(res, 200, { status: 'ok', sessions: this.sessions.size });
    if (path === '/' && req.method === 'GET') return sendLandingPage(res);
    if (path !== '/mcp') return sendError(res, 404, -32000, `Not found: ${path} (the MCP endpoint is /mcp)`);
    const principal = this.bearer.principalOf(req);
    if (principal === undefined) {
      res.setHeader('WWW-Authenticate', 'Bearer');
      return sendError(res, 401, -32000, 'Unauthorized: a valid bearer token is required');
    }
    switch (req.method) {
      case 'POST':
        return this.handlePost(req, res, principal);
      case 'GET':
        return this.handleGet(req, res, principal);
      case 'DELETE': {
        const session = this.sessionOf(req, res, principal);
        if (!session) return;
        session.close();
        res.writeHead(200).end();
        return;
      }
      default:
        res.setHeader('Allow', 'GET, POST, DELETE');
        return sendError(res, 405, -32000, 'Method not allowed');
    }
  }

  private async handlePost(req: http.IncomingMessage, res: http.ServerResponse, principal: string): Promise<void> {
    const accept = req.headers.accept ?? '';
    const acceptsAll = accept.includes('*/*');
    if (!acceptsAll && (!accept.includes('application/json') || !accept.includes('text/event-stream'))) {
      return sendError(res, 406, -32000, 'Not Acceptable: the client must accept both application/json and text/event-stream');
    }
    if (!/^application\/json\s*(;|$)/i.test(req.headers['content-type'] ?? '')) {
      return sendError(res, 415, -32000, 'Unsupported Media Type: Content-Type must be application/json');
    }
    const body = await readBody(req, this.options.maxBodyBytes);
    if (body === undefined) {
      res.setHeader('Connection', 'close');
      return sendError(res, 413, -32000, `Payload Too Large: the request body exceeds ${this.options.maxBodyBytes} bytes`);
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      return sendError(res, 400, -32700, 'Parse error: the body is not valid JSON');
    }
    const batch = Array.isArray(parsed);
    const messages = (batch ? parsed : [parsed]) as unknown[];
    if (messages.length === 0 || !messages.every(isJsonRpcMessage)) {
      return sendError(res, 400, -32600, 'Invalid Request: the body must be a JSON-RPC 2.0 message');
    }
    const msgs = messages as Message[];
    const isInit = msgs.some((m) => Message.isRequest(m) && m.method === 'initialize');
    let session: HttpSession;
    if (isInit) {
      if (msgs.length > 1) return sendError(res, 400, -32600, 'Invalid Request: initialize must be sent alone');
      if (req.headers['mcp-session-id'] !== undefined) return sendError(res, 400, -32600, 'Invalid Request: initialize starts a new session; send it without Mcp-Session-Id');
      if (this.sessions.size >= this.options.maxSessions) return sendError(res, 503, -32000, 'Too many sessions; close one (DELETE /mcp) and retry');
      session = this.openSession(principal);
    } else {
      const found = this.sessionOf(req, res, principal);
      if (!found) return;
      session = found;
    }
    const hasRequests = msgs.some((m) => Message.isRequest(m));
    if (!hasRequests) {
      res.writeHead(202).end();
      session.accept(msgs, undefined, false, batch);
      return;
    }
    const sse = !acceptsAll && msgs.some(isStreamed);
    session.accept(msgs, res, sse, batch);
  }

  private handleGet(req: http.IncomingMessage, res: http.ServerResponse, principal: string): void {
    const accept = req.headers.accept ?? '';
    if (!accept.includes('text/event-stream')) {
      if (accept.includes('text/html')) return sendLandingPage(res, 406);
      return sendError(res, 406, -32000, 'Not Acceptable: GET /mcp opens an SSE stream; accept text/event-stream');
    }
    const session = this.sessionOf(req, res, principal);
    if (!session) return;
    const headers = { 'mcp-session-id': session.id };
    const lastEventId = req.headers['last-event-id'];
    if (typeof lastEventId === 'string' && lastEventId !== '') {
      const parsed = parseEventId(lastEventId);
      if (!parsed) return sendError(res, 400, -32000, `Bad Request: unknown Last-Event-ID ${lastEventId}`);
      if (parsed.stream === '0') return session.openGetStream(res, headers, parsed.seq);
      if (!session.resumeStream(parsed.stream, parsed.seq, res, headers)) {
        return sendError(res, 404, -32000, `Not Found: stream of event ${lastEventId} is gone (finished or past the replay buffer)`);
      }
      return;
    }
    session.openGetStream(res, headers);
  }

  /** The session a request names; answers 400/404 itself and returns undefined when there is none. */
  private sessionOf(req: http.IncomingMessage, res: http.ServerResponse, principal: string): HttpSession | undefined {
    const id = req.headers['mcp-session-id'];
    if (typeof id !== 'string' || id === '') {
      sendError(res, 400, -32000, 'Bad Request: Mcp-Session-Id header is required');
      return undefined;
    }
    const session = this.sessions.get(id);
    if (!session || session.principal !== principal) {
      sendError(res, 404, -32001, 'Session not found');
      return undefined;
    }
    const version = req.headers['mcp-protocol-version'];
    if (typeof version === 'string' && !SUPPORTED_PROTOCOL_VERSIONS.includes(version)) {
      sendError(res, 400, -32000, `Bad Request: unsupported MCP-Protocol-Version ${version} (supported: ${SUPPORTED_PROTOCOL_VERSIONS.join(', ')})`);
      return undefined;
    }
    return session;
  }

  private openSession(principal: string): HttpSession {
    const id = randomBytes(24).toString('base64url');
    const session = new HttpSession({
      id,
      principal,
      limits: SSE_LIMITS,
      retryMs: SSE_RETRY_MS,
      log: this.log,
      onClosed: (s) => {
        this.sessions.delete(s.id);
        const connection = this.connections.get(s.id);
        this.connections.delete(s.id);
        void connection?.dispose();
        this.log.info('session closed', { session: s.id });
      },
    });
    this.sessions.set(id, session);
    // Each session is one connection scope of its own over the shared core.
    const scope = this.scopes(createMessageTransport(session.reader, session.writer, this.log, undefined, undefined, principal));
    this.connections.set(id, scope);
    void scope.serve().then(() => session.close());
    this.log.info('session opened', { session: id });
    return session;
  }
}

function isJsonRpcMessage(m: unknown): boolean {
  if (typeof m !== 'object' || m === null || Array.isArray(m)) return false;
  const r = m as Record<string, unknown>;
  if (r.jsonrpc !== '2.0') return false;
  if (typeof r.method === 'string') return r.id === undefined || typeof r.id === 'string' || typeof r.id === 'number';
  return (typeof r.id === 'string' || typeof r.id === 'number' || r.id === null) && ('result' in r || 'error' in r);
}

/** The body as text, or undefined when it exceeds `limit` bytes. */
function readBody(req: http.IncomingMessage, limit: number): Promise<string | undefined> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    req.resume();
    return Promise.resolve(undefined);
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      if (over) return;
      size += chunk.length;
      if (size > limit) {
        over = true;
        chunks.length = 0;
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(over ? undefined : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
}

function sendError(res: http.ServerResponse, status: number, code: number, message: string): void {
  sendJson(res, status, { jsonrpc: '2.0', error: { code, message }, id: null });
}

function sendLandingPage(res: http.ServerResponse, status = 200): void {
  res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'X-Content-Type-Options': 'nosniff', 'Content-Security-Policy': "default-src 'none'" });
  res.end(`<!doctype html>
<html><head><meta charset="utf-8"><title>codex-mcp-server</title></head>
<body>
<h1>codex-mcp-server</h1>
<p>This is a Model Context Protocol server (Streamable HTTP). It is not a web page: connect an MCP client to the <code>/mcp</code> endpoint of this address.</p>
<p>Health check: <code>GET /healthz</code>.</p>
</body></html>
`);
}
