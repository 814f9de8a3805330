/**
 * Finds a bubblewrap that can actually build our sandbox. The check runs once per helper path
 * and its answer (good or bad) is cached: a sandbox-requiring command never runs unsandboxed
 * because the helper is missing — it fails closed with SandboxUnavailableError.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { inject, injectable } from 'inversify';
import { LoggerFactory, type Logger } from '../../logging/logger';
import { SandboxLocator, SandboxUnavailableError } from '../exec-types';
import { buildSeccompFilter, SECCOMP_BWRAP_ARGS, seccompArchOf, sendSeccompProgram } from './seccomp-filter';

/** How long the probe sandbox may take to start and run `true`. */
const PROBE_TIMEOUT_MS = 10_000;

/** Flags the probe uses: every namespace, mount and seccomp feature a real run needs. */
const PROBE_ARGS = [
  ...SECCOMP_BWRAP_ARGS,
  '--new-session',
  '--die-with-parent',
  '--ro-bind',
  '/',
  '/',
  '--dev',
  '/dev',
  '--unshare-user',
  '--unshare-pid',
  '--unshare-net',
  '--proc',
  '/proc',
  '--',
  'true',
];

const FALLBACK_HINT = 'install it or set sandbox_mode = "danger-full-access"';

export { SandboxLocator };

/** The first executable `name` in the `:`-separated `searchPath`, if any. */
export function findOnPath(name: string, searchPath: string | undefined): string | undefined {
  for (const dir of (searchPath ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, name);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** Run the probe sandbox; resolves to undefined on success or a one-line reason on failure. */
export function probeBwrap(exe: string): Promise<string | undefined> {
  const arch = seccompArchOf();
  if (arch === undefined) return Promise.resolve(`no seccomp filter for this architecture (${process.arch})`);
  return new Promise((resolve) => {
    let stderr = '';
    let settled = false;
    const done = (reason: string | undefined) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(reason);
    };
    const child = spawn(exe, PROBE_ARGS, { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
    sendSeccompProgram(child, buildSeccompFilter({ networkAccess: false }, arch));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      done(`probe timed out after ${PROBE_TIMEOUT_MS} ms`);
    }, PROBE_TIMEOUT_MS);
    child.stderr?.on('data', (chunk: Buffer) => {
      if (stderr.length < 4096) stderr += chunk.toString('utf8');
    });
    child.on('error', (err) => done(err.message));
    child.on('close', (code, signal) => {
      if (code === 0) return done(undefined);
      const detail = stderr.trim().split('\n')[0] || (signal ? `killed by ${signal}` : `exit code ${code}`);
      done(detail);
    });
  });
}

@injectable()
export class SandboxLocatorImpl implements SandboxLocator {
  private readonly log: Logger;
  private readonly cache = new Map<string, Promise<string>>();

  constructor(@inject(LoggerFactory) loggers: LoggerFactory) {
    this.log = loggers.get('sandbox');
  }

  resolve(explicitPath?: string): Promise<string> {
    const key = explicitPath ?? '';
    let found = this.cache.get(key);
    if (!found) {
      found = this.locate(explicitPath);
      // Keep the rejection observed here; every caller still gets it through `found`.
      found.catch(() => undefined);
      this.cache.set(key, found);
    }
    return found;
  }

  async isAvailable(explicitPath?: string): Promise<boolean> {
    try {
      await this.resolve(explicitPath);
      return true;
    } catch {
      return false;
    }
  }

  private async locate(explicitPath: string | undefined): Promise<string> {
    const exe = explicitPath ?? findOnPath('bwrap', process.env.PATH);
    if (exe === undefined) {
      throw this.unavailable(`sandbox unavailable: bubblewrap (bwrap) not found on PATH; ${FALLBACK_HINT}`);
    }
    if (explicitPath !== undefined && !fs.existsSync(explicitPath)) {
      throw this.unavailable(
        `sandbox unavailable: bubblewrap (bwrap) not found at ${explicitPath} (codex_linux_sandbox_exe); ${FALLBACK_HINT}`,
      );
    }
    const failure = await probeBwrap(exe);
    if (failure !== undefined) {
      throw this.unavailable(
        `sandbox unavailable: ${exe} cannot create a sandbox (${failure}); ` +
          'enable unprivileged user namespaces or set sandbox_mode = "danger-full-access"',
      );
    }
    this.log.debug('sandbox helper ready', { exe });
    return exe;
  }

  private unavailable(message: string): SandboxUnavailableError {
    this.log.warn(message);
    return new SandboxUnavailableError(message);
  }
}
