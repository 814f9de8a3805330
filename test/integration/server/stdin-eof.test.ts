import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { JsonRpcMessage, McpProcess } from '../../support/mcp-process';
import { MockModelServer, reply } from '../../support/mock-model-server';
import { pidsWithArg, uniqueSleepToken, waitForPidFile } from '../../support/process-alive';
import { waitUntil } from '../../support/wait-until';

const tmpdir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'codex-work-'));
const frame = (framing: 'ndjson' | 'content-length', message: object) => {
  const json = JSON.stringify({ jsonrpc: '2.0', ...message });
  return framing === 'ndjson' ? `${json}\n` : `Content-Length: ${Buffer.byteLength(json)}\r\n\r\n${json}`;
};
const answers = (p: McpProcess) => p.messages.filter((m) => m.method === undefined && ('result' in m || 'error' in m));
const answerTo = (p: McpProcess, id: string | number) => answers(p).filter((m) => m.id === id);

describe('stdin EOF: answer what was read, then exit 0 (spawned server)', () => {
  let p: McpProcess;
  let mock: MockModelServer | undefined;
  afterEach(async () => {
    await p?.close();
    await mock?.close();
    mock = undefined;
  });

  it.each(['ndjson', 'content-length'] as const)('answers every request of one write followed by EOF (%s)', async (framing) => {
    p = await McpProcess.start({ framing });
    const requests: { id: number | string; method: string; params?: unknown }[] = [
      { id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'script', version: '0' } } },
      { id: 2, method: 'tools/list' },
      { id: 'three', method: 'ping' },
      { id: 4, method: 'no/such/method' },
      { id: 5, method: 'getAuthStatus', params: {} },
      { id: 6, method: 'listConversations', params: {} },
      { id: 7, method: 'getUserAgent' },
      { id: 8, method: 'tools/call', params: { name: 'nope', arguments: {} } },
    ];
    let bytes = frame(framing, requests[0]) + frame(framing, { method: 'notifications/initialized' });
    for (const r of requests.slice(1)) bytes += frame(framing, r);
    bytes += framing === 'ndjson' ? '{broken\n' : 'Content-Length: 7\r\n\r\n{broken';
    p.writeRaw(bytes);
    p.child.stdin.end();
    expect(await p.exited).toBe(0);
    for (const r of requests) expect(answerTo(p, r.id)).toHaveLength(1);
    expect(answerTo(p, 1)[0].result.serverInfo.name).toBe('codex-mcp-server');
    expect(answerTo(p, 2)[0].result.tools.map((t: { name: string }) => t.name)).toEqual(['codex', 'codex-reply']);
    expect(answerTo(p, 'three')[0].result).toEqual({});
    expect(answerTo(p, 4)[0].error?.code).toBe(-32601);
    expect(answerTo(p, 5)[0].result).toBeDefined();
    expect(answerTo(p, 6)[0].result).toEqual({ items: [] });
    expect(answerTo(p, 8)[0].result.isError).toBe(true);
    expect(answers(p).filter((m) => m.id === null).map((m) => m.error?.code)).toEqual([-32700]);
    expect(answers(p)).toHaveLength(requests.length + 1);
  });

  it('the classic script: printf initialize and tools/list into the server', async () => {
    p = await McpProcess.start();
    p.writeRaw(frame('ndjson', { id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 's', version: '0' } } }) + frame('ndjson', { id: 2, method: 'tools/list' }));
    p.child.stdin.end();
    expect(await p.exited).toBe(0);
    expect(answers(p).map((m) => m.id)).toEqual([1, 2]);
  });

  it('a running turn is cancelled: its command is killed, the call answered, the server exits', async () => {
    mock = await MockModelServer.start();
    p = await McpProcess.start({ configToml: mock.configToml() });
    await p.initialize();
    const cwd = tmpdir();
    // The command runs in its own pid namespace: the host finds it by a unique argument.
    const secs = uniqueSleepToken();
    mock.enqueue(reply.shell('c-sleep', ['sh', '-c', `echo $$ > pid.txt; exec sleep ${secs}`], { timeout_ms: 60000 }));
    const id = p.request('tools/call', { name: 'codex', arguments: { prompt: 'sleep', cwd } });
    await p.waitFor((m) => m.params?.msg?.type === 'exec_command_begin');
    await waitForPidFile(path.join(cwd, 'pid.txt'));
    expect(pidsWithArg(secs).length).toBeGreaterThan(0);
    // A request that can finish without the model, in the same last write.
    p.writeRaw(frame('ndjson', { id: 'last-ping', method: 'ping' }));
    p.child.stdin.end();
    expect(await p.exited).toBe(0);
    // The kill signal is sent before the server exits; the process may take a moment to die.
    await waitUntil(() => pidsWithArg(secs).length === 0, 'the command to die');
    const call = answerTo(p, id);
    expect(call).toHaveLength(1);
    expect(call[0].result).toMatchObject({ content: [{ text: 'server shutting down', type: 'text' }], isError: true });
    expect(answerTo(p, 'last-ping').map((m: JsonRpcMessage) => m.result)).toEqual([{}]);
  });
});
