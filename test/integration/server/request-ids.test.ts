import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { McpProcess } from '../../support/mcp-process';
import { MockModelServer, reply } from '../../support/mock-model-server';

const tmpdir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'codex-work-'));

describe('request ids in flight (spawned server, mock model)', () => {
  let mock: MockModelServer;
  let p: McpProcess;
  beforeEach(async () => {
    mock = await MockModelServer.start();
  });
  afterEach(async () => {
    await p?.close();
    await mock.close();
  });

  it('a second request with the id of one in flight is refused with id null; the first keeps its one answer', async () => {
    p = await McpProcess.start({ configToml: mock.configToml() });
    await p.initialize();
    let release!: () => void;
    mock.enqueue(reply.text('first').after(new Promise<void>((r) => (release = r))));
    p.request('tools/call', { name: 'codex', arguments: { prompt: 'slow', cwd: tmpdir() } }, 'dup');
    await mock.waitForRequests(1);
    p.request('ping', undefined, 'dup');
    p.writeRaw('{"jsonrpc":"2.0","id":"dup","method":5}\n');
    const refusals = [await p.waitFor((m) => m.error?.code === -32600 && /"dup" is already used/.test(m.error.message))];
    refusals.push(await p.waitFor((m) => m.error?.code === -32600 && /method must be/.test(m.error.message)));
    expect(refusals.map((m) => m.id)).toEqual([null, null]);
    release();
    const res = await p.response('dup');
    expect(res.result.content[0].text).toBe('first');
    // Answered, the id is free again.
    expect((await p.call('ping')).result).toEqual({});
    p.request('ping', undefined, 'dup');
    await p.waitFor((m) => m.id === 'dup' && m.result && !('content' in m.result));
    expect(p.messages.filter((m) => m.id === 'dup' && m.method === undefined)).toHaveLength(2);
  });

  it('the id of a call the client cancelled is free again once the call has stopped', async () => {
    p = await McpProcess.start({ configToml: mock.configToml() });
    await p.initialize();
    mock.enqueue(reply.hang());
    p.request('tools/call', { name: 'codex', arguments: { prompt: 'hang', cwd: tmpdir() } }, 7);
    await p.waitFor((m) => m.params?.msg?.type === 'task_started');
    p.notify('notifications/cancelled', { requestId: 7 });
    await p.waitFor((m) => m.params?.msg?.type === 'turn_aborted');
    // The dropped answer went through after the abort; a ping then orders us after it.
    expect((await p.call('ping')).result).toEqual({});
    p.request('ping', undefined, 7);
    expect((await p.response(7)).result).toEqual({});
    expect(p.messages.filter((m) => m.id === 7 && m.method === undefined)).toHaveLength(1);
    expect(p.messages.some((m) => m.error?.code === -32600)).toBe(false);
  });
});
