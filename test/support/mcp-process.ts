import { ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { JsonRpcPeer, type JsonRpcMessage } from './json-rpc-peer';
import { wireViolations } from './wire-conformance';

export type { JsonRpcMessage };

export interface McpProcessOptions {
  /** config.toml contents written into the temp CODEX_HOME. */
  configToml?: string;
  /** Extra server arguments (e.g. ['-c', 'model="x"']). */
  args?: string[];
  /** Extra environment. */
  env?: Record<string, string | undefined>;
  /** 'content-length' to talk with LSP-style headers. */
  framing?: 'ndjson' | 'content-length';
  /** Reuse an existing CODEX_HOME (e.g. a second server over the same sessions). */
  codexHome?: string;
  /** A command that execs the server (e.g. ['prlimit', '--fsize=65536', '--']); its pid stays the server's. */
  wrapper?: string[];
  /** The script to run instead of the bundle (e.g. tsc's unbundled dist/cli/main.js). */
  entry?: string;
}

/** The package root (where package.json is), wherever this file was compiled to. */
function packageRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}

/** What ships: the bundled entry (`npm run build` makes it). */
export const SERVER_ENTRY = path.join(packageRoot(), 'dist', 'codex-mcp-server.js');

/**
 * The built server spawned over stdio, with a temp CODEX_HOME: send messages, wait for the
 * ones a test needs. Every message the server wrote is kept in `messages`.
 */
export class McpProcess extends JsonRpcPeer {
  readonly codexHome: string;
  stderr = '';
  private buffer = Buffer.alloc(0);
  readonly exited: Promise<number | null>;
  /** Raw stdout bytes (to check framing). */
  rawStdout = '';

  private constructor(
    readonly child: ChildProcessWithoutNullStreams,
    codexHome: string,
    private readonly framing: 'ndjson' | 'content-length',
  ) {
    super();
    this.codexHome = codexHome;
    child.stdout.on('data', (d: Buffer) => this.onData(d));
    child.stderr.on('data', (d: Buffer) => {
      this.stderr += d.toString();
      if (process.env.DEBUG_TEST_LOGS) process.stderr.write(d);
      for (const w of [...this.stderrWaiters]) if (w.test()) this.stderrWaiters.splice(this.stderrWaiters.indexOf(w), 1);
    });
    this.exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  }

  static async start(options: McpProcessOptions = {}): Promise<McpProcess> {
    const codexHome = options.codexHome ?? fs.mkdtempSync(path.join(os.tmpdir(), 'codex-home-'));
    if (options.configToml !== undefined) fs.writeFileSync(path.join(codexHome, 'config.toml'), options.configToml);
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries({ ...process.env, CODEX_HOME: codexHome, OPENAI_API_KEY: undefined, CODEX_MCP_LOG: process.env.CODEX_MCP_LOG ?? 'debug', ...options.env })) {
      if (v !== undefined) env[k] = v;
    }
    const argv = [process.execPath, options.entry ?? SERVER_ENTRY, ...(options.args ?? [])];
    const [command, ...rest] = [...(options.wrapper ?? []), ...argv];
    const child = spawn(command, rest, { env, stdio: ['pipe', 'pipe', 'pipe'] });
    return new McpProcess(child, codexHome, options.framing ?? 'ndjson');
  }

  private onData(d: Buffer): void {
    this.rawStdout += d.toString('utf8');
    this.buffer = Buffer.concat([this.buffer, d]);
    for (;;) {
      let body: Buffer | undefined;
      if (this.buffer.subarray(0, 15).toString('latin1').toLowerCase().startsWith('content-length')) {
        const end = this.buffer.indexOf('\r\n\r\n');
        if (end < 0) break;
        const len = Number(/content-length:\s*(\d+)/i.exec(this.buffer.subarray(0, end).toString('latin1'))?.[1]);
        if (this.buffer.length < end + 4 + len) break;
        body = this.buffer.subarray(end + 4, end + 4 + len);
        this.buffer = this.buffer.subarray(end + 4 + len);
      } else {
        const nl = this.buffer.indexOf(0x0a);
        if (nl < 0) break;
        body = this.buffer.subarray(0, nl);
        this.buffer = this.buffer.subarray(nl + 1);
        if (!body.toString().trim()) continue;
      }
      this.receive(JSON.parse(body.toString('utf8')) as JsonRpcMessage);
    }
  }

  protected override diagnostics(): string {
    return `\nstderr tail:\n${this.stderr.slice(-2000)}`;
  }

  private readonly stderrWaiters: { test: () => boolean }[] = [];

  /** Wait until the server's log (stderr) contains `text` (e.g. a lifecycle line a test waits for). */
  waitForLog(text: string, timeoutMs = 10000): Promise<void> {
    if (this.stderr.includes(text)) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.stderrWaiters.splice(this.stderrWaiters.indexOf(w), 1);
        reject(new Error(`timed out waiting for log text ${JSON.stringify(text)}; stderr tail:\n${this.stderr.slice(-2000)}`));
      }, timeoutMs);
      timer.unref();
      const w = {
        test: () => {
          if (!this.stderr.includes(text)) return false;
          clearTimeout(timer);
          resolve();
          return true;
        },
      };
      this.stderrWaiters.push(w);
    });
  }

  /** Write raw bytes (for framing and garbage tests). */
  writeRaw(data: string | Buffer): void {
    this.child.stdin.write(data);
  }

  protected write(message: JsonRpcMessage): void {
    const json = JSON.stringify(message);
    if (this.framing === 'ndjson') this.child.stdin.write(json + '\n');
    else this.child.stdin.write(`Content-Length: ${Buffer.byteLength(json)}\r\n\r\n${json}`);
  }

  /** Close stdin and wait for exit; kill if it lingers. */
  async close(timeoutMs = 5000): Promise<number | null> {
    this.child.stdin.end();
    const timer = setTimeout(() => this.child.kill('SIGKILL'), timeoutMs);
    const code = await this.exited;
    clearTimeout(timer);
    // Both directions of every integration conversation must match the generated schema.
    const violations = wireViolations(this.sent, this.messages);
    if (violations.length > 0) throw new Error(`wire messages outside the protocol schema:\n${violations.join('\n')}`);
    return code;
  }
}
