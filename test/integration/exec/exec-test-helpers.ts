import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { findOnPath } from '../../../src/exec/sandbox/sandbox-locator';

/**
 * Whether this machine can run the sandbox tests. In CI (`CI` set) they must run — a missing
 * bwrap makes them fail; elsewhere they are skipped when bwrap is missing or unusable.
 */
export function sandboxTestsEnabled(): { run: boolean; reason?: string } {
  const bwrap = findOnPath('bwrap', process.env.PATH);
  let reason: string | undefined;
  if (!bwrap) {
    reason = 'bwrap not found on PATH';
  } else {
    const probe = spawnSync(bwrap, ['--ro-bind', '/', '/', '--unshare-user', '--unshare-net', '--', 'true'], { timeout: 10_000 });
    if (probe.status !== 0) reason = `bwrap cannot create a sandbox: ${String(probe.stderr ?? probe.error)}`;
  }
  if (reason && !process.env.CI) {
    process.stderr.write(`skipping sandbox integration tests: ${reason}\n`);
    return { run: false, reason };
  }
  return { run: true, reason };
}

import { isAlive } from '../../support/process-alive';

export { isAlive };

/** Host pids of live processes whose argv is exactly `argv`. */
export function findProcesses(argv: string[]): number[] {
  const wanted = argv.join('\0') + '\0';
  const pids: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8') === wanted && isAlive(Number(entry))) pids.push(Number(entry));
    } catch {
      // exited meanwhile
    }
  }
  return pids;
}

/** A sleep duration unique to this test run, to find our own processes in /proc. */
export function uniqueSleepSeconds(): string {
  return `${900 + Math.floor(Math.random() * 99)}.${process.pid}${Math.floor(Math.random() * 1000)}`;
}
