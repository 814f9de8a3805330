import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { SERVER_ENTRY } from './mcp-process';

export interface CliRunOptions {
  /** Environment on top of this process's (undefined removes a variable). */
  env?: Record<string, string | undefined>;
  /** Written to stdin, which is then closed (stdin is closed at once without it). */
  input?: string;
  cwd?: string;
  /** The program to run instead of `node <bundle>` (e.g. an installed bin). */
  command?: string[];
}

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Build the child environment: the test's own, minus credentials, plus `extra`. */
export function cliEnv(extra: Record<string, string | undefined> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries({ ...process.env, OPENAI_API_KEY: undefined, ...extra })) {
    if (v !== undefined) env[k] = v;
  }
  return env;
}

/** Run the built CLI once with `args` and collect what it printed. */
export function runCli(args: string[], options: CliRunOptions = {}): Promise<CliResult> {
  const [cmd, ...pre] = options.command ?? [process.execPath, SERVER_ENTRY];
  const child = spawn(cmd, [...pre, ...args], { env: cliEnv(options.env), cwd: options.cwd, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdin.on('error', () => undefined);
  child.stdin.end(options.input ?? '');
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** A CLI run that a test drives while it runs (login waits for a callback). */
export class LiveCli {
  stdout = '';
  stderr = '';
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  private readonly waiters: Array<{ re: RegExp; resolve: (m: RegExpMatchArray) => void }> = [];

  constructor(readonly child: ChildProcessWithoutNullStreams) {
    child.stdout.on('data', (d: Buffer) => {
      this.stdout += d.toString();
      for (const w of [...this.waiters]) {
        const m = this.stdout.match(w.re);
        if (m) {
          this.waiters.splice(this.waiters.indexOf(w), 1);
          w.resolve(m);
        }
      }
    });
    child.stderr.on('data', (d: Buffer) => (this.stderr += d.toString()));
    this.exited = new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
  }

  static start(args: string[], options: CliRunOptions = {}): LiveCli {
    const child = spawn(process.execPath, [SERVER_ENTRY, ...args], { env: cliEnv(options.env), cwd: options.cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    return new LiveCli(child);
  }

  /** Resolve with the first match of `re` in stdout (already printed or still to come). */
  waitForStdout(re: RegExp): Promise<RegExpMatchArray> {
    const m = this.stdout.match(re);
    if (m) return Promise.resolve(m);
    return new Promise((resolve) => this.waiters.push({ re, resolve }));
  }
}
