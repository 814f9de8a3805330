import * as fs from 'node:fs/promises';
import type { Container } from 'inversify';
import { DEFAULT_HTTP_LIMITS, parseListen, type HttpListenOptions } from '../http/http-options';
import { isLoopbackAddress } from '../http/http-security';
import type { HttpServer as HttpServerService } from '../http/http-server';
import type { Logger } from '../logging/logger';
import { CliUsageError } from './cli-errors';
import { installShutdown } from './shutdown';
import { messageOf } from '../common/errors';

/** The command-line flags of the HTTP front end. */
export interface HttpServeFlags {
  /** `--listen`: `stdio` (default) or an `http://host:port` address to serve MCP over HTTP. */
  listen?: string;
  /** `--auth-token-file`: file holding the bearer token HTTP clients must send. */
  authTokenFile?: string;
  /** `--allow-origin`: extra browser Origins to accept (repeatable). */
  allowOrigin?: string[];
  /** `--max-body-bytes`: largest HTTP request body, as typed on the command line. */
  maxBodyBytes?: string;
  /** `--session-timeout`: seconds an idle HTTP session lives, as typed on the command line. */
  sessionTimeout?: string;
}

/** `--listen` and the HTTP flags as listen options; undefined for stdio. @throws CliUsageError */
export async function httpListenOptions(flags: HttpServeFlags): Promise<HttpListenOptions | undefined> {
  let listen;
  try {
    listen = parseListen(flags.listen ?? 'stdio');
  } catch (e) {
    throw new CliUsageError(messageOf(e));
  }
  if (listen.kind === 'stdio') return undefined;
  let authToken: string | undefined;
  if (flags.authTokenFile !== undefined) {
    try {
      authToken = (await fs.readFile(flags.authTokenFile, 'utf8')).trim();
    } catch (e) {
      throw new CliUsageError(`--auth-token-file: cannot read ${flags.authTokenFile}: ${messageOf(e)}`);
    }
    if (authToken.length < 16) throw new CliUsageError('--auth-token-file: the token must be at least 16 characters');
  }
  if (!isLoopbackAddress(listen.host) && authToken === undefined) {
    throw new CliUsageError(`--listen ${flags.listen}: listening beyond loopback needs --auth-token-file (anyone who can reach the port could run commands as you)`);
  }
  for (const origin of flags.allowOrigin ?? []) {
    try {
      new URL(origin);
    } catch {
      throw new CliUsageError(`--allow-origin: not an origin: ${origin}`);
    }
  }
  return {
    host: listen.host,
    port: listen.port,
    authToken,
    allowedOrigins: flags.allowOrigin ?? [],
    maxBodyBytes: positive('--max-body-bytes', flags.maxBodyBytes, DEFAULT_HTTP_LIMITS.maxBodyBytes, 1),
    sessionIdleTimeoutMs: positive('--session-timeout', flags.sessionTimeout, DEFAULT_HTTP_LIMITS.sessionIdleTimeoutMs, 1000),
    maxSessions: DEFAULT_HTTP_LIMITS.maxSessions,
  };
}

function positive(flag: string, value: string | undefined, fallback: number, unit: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new CliUsageError(`${flag}: expected a positive number, got "${value}"`);
  return Math.round(n * unit);
}

/** Serve MCP over Streamable HTTP until SIGTERM/SIGINT (stdin is not read in this mode). */
export async function serveHttp(container: Container, log: Logger): Promise<void> {
  // Loaded here, not at start: only `--listen http://…` needs the HTTP front end.
  const { HttpServer } = await import('../http/http-server');
  const server = container.get<HttpServerService>(HttpServer);
  const url = await server.listen();
  log.info('listening', { url });
  process.stderr.write(`codex-mcp-server: listening on ${url}\n`);
  installShutdown(container, log, { before: () => server.close() });
  // Like the stdio command, never return: the process ends through the shutdown above.
  await new Promise<never>(() => undefined);
}
