import { ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { SERVER_ENTRY } from './mcp-process';

export interface HttpServerOptions {
  configToml?: string;
  /** Extra server arguments (e.g. ['--auth-token-file', f]). */
  args?: string[];
  /** Reuse a CODEX_HOME (a restarted server over the same state). */
  codexHome?: string;
}

/** The built server spawned with `--listen http://127.0.0.1:0`; `url` is its /mcp endpoint. */
export class HttpServerProcess {
  stderr = '';
  readonly exited: Promise<number | null>;

  private constructor(
    readonly child: ChildProcessWithoutNullStreams,
    readonly url: string,
    readonly codexHome: string,
  ) {
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
    child.stderr.on('data', (d: Buffer) => (this.stderr += d.toString('utf8')));
  }

  static async start(options: HttpServerOptions = {}): Promise<HttpServerProcess> {
    const codexHome = options.codexHome ?? fs.mkdtempSync(path.join(os.tmpdir(), 'codex-home-'));
    if (options.configToml !== undefined) fs.writeFileSync(path.join(codexHome, 'config.toml'), options.configToml);
    const child = spawn(process.execPath, [SERVER_ENTRY, '--listen', 'http://127.0.0.1:0', ...(options.args ?? [])], {
      env: { ...process.env, CODEX_HOME: codexHome, CODEX_MCP_LOG: process.env.CODEX_MCP_LOG ?? 'info' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const url = await new Promise<string>((resolve, reject) => {
      let seen = '';
      const onData = (d: Buffer) => {
        seen += d.toString('utf8');
        const m = /listening on (http:\/\/\S+)/.exec(seen);
        if (m) {
          child.stderr.off('data', onData);
          resolve(m[1]);
        }
      };
      child.stderr.on('data', onData);
      child.once('exit', (code) => reject(new Error(`server exited (${code}) before listening: ${seen}`)));
    });
    return new HttpServerProcess(child, url, codexHome);
  }

  /** An SDK client connected over Streamable HTTP. */
  async connect(options: { headers?: Record<string, string>; capabilities?: Record<string, unknown>; protocolVersion?: string } = {}): Promise<{ client: Client; transport: StreamableHTTPClientTransport }> {
    const transport = new StreamableHTTPClientTransport(new URL(this.url), {
      requestInit: options.headers ? { headers: options.headers } : undefined,
      reconnectionOptions: { initialReconnectionDelay: 50, maxReconnectionDelay: 500, reconnectionDelayGrowFactor: 1.5, maxRetries: 5 },
    });
    const client = new Client({ name: 'http-test', version: '1.0.0' }, { capabilities: options.capabilities ?? { elicitation: {} } });
    await client.connect(transport);
    return { client, transport };
  }

  async stop(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGTERM');
    await this.exited;
  }
}

/** A raw POST to the endpoint (for checks the SDK client would not send). */
export async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** Initialize a session by hand; returns its id. */
export async function initializeSession(url: string, headers: Record<string, string> = {}, protocolVersion = '2025-06-18'): Promise<string> {
  const res = await post(url, { jsonrpc: '2.0', id: 0, method: 'initialize', params: { protocolVersion, capabilities: {}, clientInfo: { name: 'raw', version: '1' } } }, headers);
  if (res.status !== 200) throw new Error(`initialize answered ${res.status}: ${await res.text()}`);
  await res.text();
  const id = res.headers.get('mcp-session-id');
  if (!id) throw new Error('no Mcp-Session-Id');
  await post(url, { jsonrpc: '2.0', method: 'notifications/initialized' }, { ...headers, 'mcp-session-id': id });
  return id;
}
