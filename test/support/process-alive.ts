import * as fs from 'node:fs';

/** True when `pid` is a live process; a zombie (killed, not yet reaped by its new parent) is dead. */
export function isAlive(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The state follows the parenthesised command name, which may itself contain spaces.
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    return state !== 'Z' && state !== 'X';
  } catch {
    return false;
  }
}

/**
 * Host pids of live processes with an argv element containing `token`. Commands run in their own
 * pid namespace, so a pid they print (`echo $$`) means nothing on the host: tests put a unique
 * token in the command line instead (the bwrap processes that carry the command match it too).
 */
export function pidsWithArg(token: string): number[] {
  const pids: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      if (fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').some((arg) => arg.includes(token)) && isAlive(Number(entry))) {
        pids.push(Number(entry));
      }
    } catch {
      // exited meanwhile
    }
  }
  return pids;
}

/** A token unique to this test process and call, for pidsWithArg (a valid `sleep` duration). */
export function uniqueSleepToken(): string {
  return `${900 + Math.floor(Math.random() * 99)}.${process.pid}${Math.floor(Math.random() * 100000)}`;
}

/** Wait until a test command has written its pid to `file` (e.g. `echo $$ > pid.txt`), and return it. */
export async function waitForPidFile(file: string, timeoutMs = 10_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  while (!fs.existsSync(file) || !fs.readFileSync(file, 'utf8').trim()) {
    if (Date.now() > deadline) throw new Error(`no pid written to ${file}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  return Number(fs.readFileSync(file, 'utf8'));
}

/** Wait (up to `timeoutMs`) for `pid` to die; returns whether it is still alive. */
export async function aliveAfter(pid: number, timeoutMs = 2000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  return isAlive(pid);
}
