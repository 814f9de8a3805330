import { randomBytes } from 'node:crypto';
import { promises as fs, readFileSync } from 'node:fs';

/** A session that another live server process has open. */
export class SessionLockedError extends Error {
  override readonly name = 'SessionLockedError';
}

interface LockOwner {
  pid: number;
  /** The owner's start time (clock ticks since boot, /proc/PID/stat field 22): tells a reused pid apart. */
  start?: string;
}

/**
 * Advisory lock of one rollout file: `<rollout>.lock` holding the owner's pid and start time,
 * created exclusively. A lock whose owner is dead (or a zombie, or a reused pid) is stale and
 * taken over. Only servers of this project honour it.
 */
export class RolloutLock {
  /** Lock files this process holds: a lock naming our own pid that we do not hold is stale. */
  private static readonly held = new Set<string>();

  private constructor(
    readonly path: string,
    private readonly content: string,
  ) {}

  /** @throws SessionLockedError when a live process holds the lock; `what` names the session in the message. */
  static async acquire(rolloutPath: string, what: string): Promise<RolloutLock> {
    const lockPath = `${rolloutPath}.lock`;
    const start = processStart(process.pid);
    const content = JSON.stringify(start === undefined ? { pid: process.pid } : { pid: process.pid, start }) + '\n';
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        await fs.writeFile(lockPath, content, { flag: 'wx', mode: 0o600 });
        RolloutLock.held.add(lockPath);
        return new RolloutLock(lockPath, content);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      }
      const seen = await fs.readFile(lockPath, 'utf8').catch(() => undefined);
      if (seen === undefined) continue; // released meanwhile
      const owner = parseOwner(seen);
      if (owner !== undefined && RolloutLock.isLive(owner, lockPath)) {
        throw new SessionLockedError(
          owner.pid === process.pid
            ? `${what} is already open in this server`
            : `${what} is open in another codex-mcp-server process (pid ${owner.pid}); end it there first (lock file ${lockPath})`,
        );
      }
      // Stale. Move it aside: of several processes breaking it at once, one rename wins.
      const aside = `${lockPath}.stale-${process.pid}-${randomBytes(4).toString('hex')}`;
      try {
        await fs.rename(lockPath, aside);
      } catch {
        continue;
      }
      const moved = await fs.readFile(aside, 'utf8').catch(() => seen);
      // We moved a fresh lock someone took after our read: give it back.
      if (moved !== seen) await fs.link(aside, lockPath).catch(() => undefined);
      await fs.rm(aside, { force: true });
    }
    throw new SessionLockedError(`${what}: could not take its lock file ${lockPath}`);
  }

  /** Remove the lock file if it is still ours. */
  async release(): Promise<void> {
    if (!RolloutLock.held.delete(this.path)) return;
    const now = await fs.readFile(this.path, 'utf8').catch(() => undefined);
    if (now === this.content) await fs.rm(this.path, { force: true });
  }

  private static isLive(owner: LockOwner, lockPath: string): boolean {
    if (owner.pid === process.pid) return RolloutLock.held.has(lockPath);
    const stat = procStat(owner.pid);
    if (stat === null) return false;
    if (stat === undefined) return signalZero(owner.pid);
    if (stat.state === 'Z' || stat.state === 'X') return false;
    return owner.start === undefined || owner.start === stat.start;
  }
}

function parseOwner(text: string): LockOwner | undefined {
  try {
    const value = JSON.parse(text) as { pid?: unknown; start?: unknown };
    if (typeof value.pid !== 'number' || !Number.isInteger(value.pid) || value.pid <= 0) return undefined;
    return typeof value.start === 'string' ? { pid: value.pid, start: value.start } : { pid: value.pid };
  } catch {
    return undefined;
  }
}

/** State and start time of a process; null when it does not exist, undefined when /proc is unavailable. */
function procStat(pid: number): { state: string; start: string } | null | undefined {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return fsHasProc() ? null : undefined;
    return undefined;
  }
  // The command name (field 2) may hold spaces and parentheses: fields restart after the last ')'.
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  return { state: fields[0], start: fields[19] };
}

function processStart(pid: number): string | undefined {
  const stat = procStat(pid);
  return stat ? stat.start : undefined;
}

function fsHasProc(): boolean {
  try {
    readFileSync('/proc/self/stat');
    return true;
  } catch {
    return false;
  }
}

function signalZero(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
