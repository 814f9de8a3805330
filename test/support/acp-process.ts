import { ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Readable, Writable } from 'node:stream';
import * as acp from '@agentclientprotocol/sdk';
import { SERVER_ENTRY } from './mcp-process';

export interface AcpProcessOptions {
  /** config.toml contents written into the temp CODEX_HOME. */
  configToml?: string;
  /** Reuse a CODEX_HOME (a second agent over the same sessions). */
  codexHome?: string;
  /** Extra arguments after `acp`. */
  args?: string[];
  env?: Record<string, string | undefined>;
  /** Answers `session/request_permission` (default: reject_once). */
  onPermission?: (params: acp.RequestPermissionRequest) => acp.RequestPermissionResponse | Promise<acp.RequestPermissionResponse>;
  /** Offer `fs/write_text_file` and `fs/read_text_file`, served from the real files. */
  clientFs?: boolean;
  /** Editor buffers with unsaved edits: `fs/read_text_file` answers these instead of the disk. */
  buffers?: Record<string, string>;
}

/**
 * The built agent (`codex-mcp-server acp`) spawned over stdio and driven by the ACP SDK's
 * client-side connection, as an editor would. Every `session/update` the SDK accepted (it
 * validates them against the ACP schema) is kept in `updates`.
 */
export class AcpProcess {
  readonly updates: acp.SessionNotification[] = [];
  readonly permissionRequests: acp.RequestPermissionRequest[] = [];
  readonly writes: acp.WriteTextFileRequest[] = [];
  readonly reads: acp.ReadTextFileRequest[] = [];
  stderr = '';
  readonly exited: Promise<number | null>;
  private readonly waiters: { pred: () => boolean; resolve: () => void }[] = [];

  readonly connection: acp.ClientConnection;
  private readonly clientFs: boolean;

  private constructor(
    readonly child: ChildProcessWithoutNullStreams,
    readonly codexHome: string,
    options: AcpProcessOptions,
  ) {
    this.clientFs = options.clientFs === true;
    child.stderr.on('data', (d: Buffer) => {
      this.record(() => (this.stderr += d.toString()));
      if (process.env.DEBUG_TEST_LOGS) process.stderr.write(d);
    });
    this.exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
    const app = acp
      .client({ name: 'acp-test-client' })
      .onNotification('session/update', ({ params }) => this.record(() => this.updates.push(params)))
      .onRequest('session/request_permission', async ({ params }) => {
        this.record(() => this.permissionRequests.push(params));
        return options.onPermission ? options.onPermission(params) : { outcome: { outcome: 'selected', optionId: 'denied' } };
      })
      .onRequest('fs/write_text_file', async ({ params }) => {
        // An editor would write its buffer; the test client writes the file.
        fs.mkdirSync(path.dirname(params.path), { recursive: true });
        fs.writeFileSync(params.path, params.content);
        this.record(() => this.writes.push(params));
        return {};
      })
      .onRequest('fs/read_text_file', async ({ params }) => {
        this.record(() => this.reads.push(params));
        return { content: options.buffers?.[params.path] ?? fs.readFileSync(params.path, 'utf8') };
      });
    const stream = acp.ndJsonStream(Writable.toWeb(child.stdin) as WritableStream<Uint8Array>, Readable.toWeb(child.stdout) as ReadableStream<Uint8Array>);
    this.connection = app.connect(stream);
  }

  static start(options: AcpProcessOptions = {}): AcpProcess {
    const codexHome = options.codexHome ?? fs.mkdtempSync(path.join(os.tmpdir(), 'codex-home-'));
    if (options.configToml !== undefined) fs.writeFileSync(path.join(codexHome, 'config.toml'), options.configToml);
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries({ ...process.env, CODEX_HOME: codexHome, OPENAI_API_KEY: undefined, CODEX_MCP_LOG: 'debug', ...options.env })) {
      if (v !== undefined) env[k] = v;
    }
    const child = spawn(process.execPath, [SERVER_ENTRY, 'acp', ...(options.args ?? [])], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    return new AcpProcess(child, codexHome, options);
  }

  /** The agent side of the connection (`agent.request('session/new', …)`). */
  get agent(): acp.ClientContext {
    return this.connection.agent;
  }

  /** `initialize` with this client's capabilities. */
  initialize(): Promise<acp.InitializeResponse> {
    return this.agent.request('initialize', {
      protocolVersion: acp.PROTOCOL_VERSION,
      clientCapabilities: { fs: { readTextFile: this.clientFs, writeTextFile: this.clientFs }, terminal: false },
      clientInfo: { name: 'acp-test-client', version: '1.0.0' },
    });
  }

  /** initialize + session/new in `cwd`; resolves with the session id. */
  async newSession(cwd: string): Promise<string> {
    await this.initialize();
    const created = await this.agent.request('session/new', { cwd, mcpServers: [] });
    return created.sessionId;
  }

  prompt(sessionId: string, text: string): Promise<acp.PromptResponse> {
    return this.agent.request('session/prompt', { sessionId, prompt: [{ type: 'text', text }] });
  }

  /** The updates of one session, in order. */
  updatesOf(sessionId: string): acp.SessionUpdate[] {
    return this.updates.filter((u) => u.sessionId === sessionId).map((u) => u.update);
  }

  /** Resolves once `pred` holds (checked after every update, request and stderr write); rejects after `timeoutMs`. */
  waitFor(pred: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
    if (pred()) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}; stderr:\n${this.stderr.slice(-3000)}`)), timeoutMs);
      this.waiters.push({
        pred,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      });
    });
  }

  private record(fn: () => void): void {
    fn();
    for (const w of [...this.waiters]) {
      if (w.pred()) {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.resolve();
      }
    }
  }

  /** Close stdin and wait for the agent to exit (kill it after 5 s). */
  async stop(): Promise<void> {
    this.connection.close();
    this.child.stdin.end();
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 5000);
    await this.exited;
    clearTimeout(timer);
  }
}
