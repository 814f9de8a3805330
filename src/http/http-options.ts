/** How the Streamable HTTP front end listens (bound as a constant when `--listen http://…` is given). */
export const HttpListenOptions = Symbol('HttpListenOptions');
/** Where and how the HTTP front end listens. */
export interface HttpListenOptions {
  /** Address to bind: 127.0.0.1 unless the user asks otherwise. */
  host: string;
  /** Port; 0 picks a free one (the chosen URL is logged and printed on stderr). */
  port: number;
  /** When set, every /mcp request needs `Authorization: Bearer <token>`. */
  authToken?: string;
  /** Browser origins allowed besides the server's own (`http://127.0.0.1:PORT`, `http://localhost:PORT`). */
  allowedOrigins: string[];
  /** Largest POST body accepted (413 above it). */
  maxBodyBytes: number;
  /** A session with no open request or stream for this long is closed and its calls cancelled. */
  sessionIdleTimeoutMs: number;
  /** Concurrent sessions (503 above it). */
  maxSessions: number;
}

export const DEFAULT_HTTP_LIMITS = {
  maxBodyBytes: 4 * 1024 * 1024,
  sessionIdleTimeoutMs: 30 * 60 * 1000,
  maxSessions: 64,
};

/** Parse `--listen`: `stdio` or `http://HOST:PORT` (path ignored; the endpoint is /mcp). */
export function parseListen(value: string): { kind: 'stdio' } | { kind: 'http'; host: string; port: number } {
  if (value === 'stdio') return { kind: 'stdio' };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`--listen: expected "stdio" or http://HOST:PORT, got "${value}"`);
  }
  if (url.protocol !== 'http:') throw new Error(`--listen: only http:// is supported (put a TLS proxy in front for https), got "${value}"`);
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const port = url.port === '' ? 80 : Number(url.port);
  return { kind: 'http', host, port };
}
