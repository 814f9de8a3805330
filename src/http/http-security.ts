import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** Host names that only ever mean this machine. */
const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost', '[::1]'];

/** Loopback listen addresses (anything else needs a bearer token). */
export function isLoopbackAddress(host: string): boolean {
  return host === '127.0.0.1' || host === 'localhost' || host === '::1' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/**
 * DNS-rebinding protection: the `Host` header must name this server, and a browser's `Origin`
 * (when sent) must be one of ours or explicitly allowed. A page on another site can make the
 * browser talk to 127.0.0.1, but it cannot make it send our Origin.
 */
export class OriginPolicy {
  private readonly hosts: Set<string>;
  private readonly origins: Set<string>;

  constructor(listenHost: string, port: number, extraOrigins: string[]) {
    const names = new Set(LOOPBACK_HOSTS);
    if (!isWildcard(listenHost)) names.add(listenHost.includes(':') && !listenHost.startsWith('[') ? `[${listenHost}]` : listenHost);
    this.hosts = new Set([...names].map((n) => `${n}:${port}`));
    this.origins = new Set([...names].map((n) => `http://${n}:${port}`));
    for (const o of extraOrigins) {
      const url = new URL(o);
      this.origins.add(url.origin);
      this.hosts.add(url.host);
    }
    this.wildcard = isWildcard(listenHost);
  }

  private readonly wildcard: boolean;

  /** Undefined when the request may proceed, else why it is refused. */
  check(req: IncomingMessage): string | undefined {
    const host = req.headers.host?.toLowerCase();
    if (!this.wildcard && (!host || !this.hosts.has(host))) return `Invalid Host header: ${host ?? '(none)'}`;
    const origin = req.headers.origin;
    if (origin !== undefined && !this.origins.has(origin.toLowerCase())) return `Invalid Origin header: ${origin}`;
    return undefined;
  }
}

function isWildcard(host: string): boolean {
  return host === '0.0.0.0' || host === '::' || host === '[::]';
}

/** `Authorization: Bearer <token>` compared in constant time (digests, so lengths never leak). */
export class BearerCheck {
  private readonly expected: Buffer | undefined;

  constructor(token: string | undefined) {
    this.expected = token === undefined ? undefined : digest(token);
  }

  get required(): boolean {
    return this.expected !== undefined;
  }

  /** The principal the request acts as: a hash of its token, "local" without auth, undefined when refused. */
  principalOf(req: IncomingMessage): string | undefined {
    if (!this.expected) return 'local';
    const header = req.headers.authorization ?? '';
    const m = /^Bearer[ ]+(\S+)\s*$/i.exec(header);
    if (!m) return undefined;
    const given = digest(m[1]);
    return timingSafeEqual(given, this.expected) ? `token:${given.toString('hex').slice(0, 16)}` : undefined;
  }
}

function digest(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}
