import { spawn } from 'node:child_process';
import { cliEnv } from './cli-run';

export interface HandshakeResult {
  serverInfo: { name: string; title?: string; version: string };
  protocolVersion: string;
  tools: string[];
  /** Exit code after stdin closed. */
  exitCode: number | null;
  stderr: string;
}

/**
 * What an MCP client does first, over a pipe to `command`: initialize, notifications/initialized,
 * tools/list; then close stdin and wait for the server to exit. Each request waits for its answer.
 */
export function mcpHandshake(command: string[], options: { env?: Record<string, string | undefined>; cwd?: string; timeoutMs?: number } = {}): Promise<HandshakeResult> {
  const [cmd, ...args] = command;
  const child = spawn(cmd, args, { env: cliEnv(options.env), cwd: options.cwd, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  let buffer = '';
  const answers = new Map<number, (m: { result?: any; error?: { message: string } }) => void>();
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdout.on('data', (d: Buffer) => {
    buffer += d.toString();
    let nl: number;
    while ((nl = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, nl).trim();
      buffer = buffer.slice(nl + 1);
      if (!line) continue;
      const msg = JSON.parse(line) as { id?: number; result?: unknown; error?: { message: string } };
      if (typeof msg.id === 'number') answers.get(msg.id)?.(msg);
    }
  });
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const send = (m: object) => child.stdin.write(`${JSON.stringify({ jsonrpc: '2.0', ...m })}\n`);
  const call = (id: number, method: string, params?: unknown) =>
    new Promise<any>((resolve, reject) => {
      answers.set(id, (m) => (m.error ? reject(new Error(`${method}: ${m.error.message}`)) : resolve(m.result)));
      send(params === undefined ? { id, method } : { id, method, params });
    });
  let closing = false;
  const run = async (): Promise<HandshakeResult> => {
    const init = await call(1, 'initialize', { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'handshake-test', version: '1' } });
    send({ method: 'notifications/initialized' });
    const list = await call(2, 'tools/list');
    closing = true;
    child.stdin.end();
    const exitCode = await exited;
    return { serverInfo: init.serverInfo, protocolVersion: init.protocolVersion, tools: list.tools.map((t: { name: string }) => t.name), exitCode, stderr };
  };
  const timeoutMs = options.timeoutMs ?? 15_000;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no handshake from ${command.join(' ')} within ${timeoutMs} ms; stderr:\n${stderr.slice(-2000)}`));
    }, timeoutMs);
  });
  const failed = new Promise<never>((_, reject) => {
    child.on('error', reject);
    void exited.then((code) => closing || reject(new Error(`${command.join(' ')} exited (${code}) during the handshake; stderr:\n${stderr.slice(-2000)}`)));
  });
  return Promise.race([run(), timeout, failed]).finally(() => clearTimeout(timer));
}
