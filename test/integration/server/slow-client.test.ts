import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { McpProcess } from '../../support/mcp-process';
import { MockModelServer, reply } from '../../support/mock-model-server';

const tmpdir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'codex-work-'));

/** Resolves once `pred` holds, checking whenever the server writes to stderr. */
function whenStderr(p: McpProcess, pred: (stderr: string) => boolean, timeoutMs = 20_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = () => {
      if (!pred(p.stderr)) return;
      clearTimeout(timer);
      p.child.stderr.off('data', check);
      resolve();
    };
    const timer = setTimeout(() => reject(new Error(`stderr never matched; tail:\n${p.stderr.slice(-2000)}`)), timeoutMs);
    p.child.stderr.on('data', check);
    check();
  });
}

describe('a client that stops reading stdout (spawned server, mock model)', () => {
  let mock: MockModelServer;
  let p: McpProcess;
  beforeEach(async () => {
    mock = await MockModelServer.start();
  });
  afterEach(async () => {
    p?.child.stdout.resume();
    await p?.close();
    await mock.close();
  });

  it('10,000 deltas while paused: once it reads again everything arrives in order, the text complete', async () => {
    p = await McpProcess.start({ configToml: mock.configToml() });
    await p.initialize();
    const deltas = Array.from({ length: 10_000 }, (_, i) => `w${i} `);
    mock.enqueue(reply.textDeltas(deltas));
    p.child.stdout.pause();
    const id = p.request('tools/call', { name: 'codex', arguments: { prompt: 'stream', cwd: tmpdir() } });
    // The server notices the full pipe and starts merging the queued deltas.
    await whenStderr(p, (s) => s.includes('output blocked: merging consecutive deltas'));
    p.child.stdout.resume();
    const res = await p.response(id, 30_000);
    const full = deltas.join('');
    expect(res.result.content[0].text).toBe(full);
    const events = p.notifications('codex/event').filter((m) => m.params._meta.requestId === id);
    const types = events.map((m) => m.params.msg.type);
    const firstDelta = types.indexOf('agent_message_delta');
    const lastDelta = types.lastIndexOf('agent_message_delta');
    expect(types.slice(0, firstDelta)).toEqual(['session_configured', 'task_started']);
    expect(new Set(types.slice(firstDelta, lastDelta + 1))).toEqual(new Set(['agent_message_delta']));
    expect(types.slice(lastDelta + 1)).toEqual(['agent_message', 'task_complete']);
    const streamed = events.filter((m) => m.params.msg.type === 'agent_message_delta');
    // Merged, not dropped: the pieces concatenate to exactly the text, in order.
    expect(streamed.map((m) => m.params.msg.delta).join('')).toBe(full);
    expect(streamed.length).toBeLessThan(deltas.length);
    for (const m of streamed) expect(m.params).toEqual({ _meta: { requestId: id }, id: expect.any(String), msg: { type: 'agent_message_delta', delta: expect.any(String) } });
    expect((await p.call('ping')).result).toEqual({});
  });

  it('command output while paused: merged chunks hold exactly the bytes the command wrote, in order', async () => {
    p = await McpProcess.start({ configToml: mock.configToml({ approvalPolicy: 'never' }) });
    await p.initialize();
    mock.enqueue(reply.shell('c-seq', ['seq', '1', '100000']), reply.text('ok'));
    p.child.stdout.pause();
    const id = p.request('tools/call', { name: 'codex', arguments: { prompt: 'count', cwd: tmpdir() } });
    await whenStderr(p, (s) => s.includes('output blocked: merging consecutive deltas'));
    p.child.stdout.resume();
    await p.response(id, 30_000);
    const events = p.notifications('codex/event').filter((m) => m.params._meta.requestId === id);
    const chunks = events.filter((m) => m.params.msg.type === 'exec_command_output_delta');
    const expected = Array.from({ length: 100000 }, (_, i) => `${i + 1}\n`).join('');
    expect(Buffer.from(chunks.flatMap((m) => m.params.msg.chunk)).toString('latin1')).toBe(expected);
    for (const m of chunks) expect(m.params.msg).toEqual({ type: 'exec_command_output_delta', call_id: 'c-seq', stream: 'stdout', chunk: expect.any(Array) });
    const types = events.map((m) => m.params.msg.type);
    expect(types.indexOf('exec_command_begin')).toBeLessThan(types.indexOf('exec_command_output_delta'));
    expect(types.lastIndexOf('exec_command_output_delta')).toBeLessThan(types.indexOf('exec_command_end'));
  });
});
