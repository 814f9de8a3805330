import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { McpProcess } from '../../support/mcp-process';
import { MockModelServer, reply } from '../../support/mock-model-server';
import { rolloutOf, waitForFile } from '../../support/rollout-files';

const tmpdir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'codex-work-'));
const text = (t: string) => ({ type: 'text', data: { text: t } });
const events = (p: McpProcess, requestId: number | string) =>
  p.notifications('codex/event').filter((m) => m.params._meta.requestId === requestId);
const convEvents = (p: McpProcess, conversationId: string) =>
  p.messages.filter((m) => m.method?.startsWith('codex/event/') && m.params?.conversationId === conversationId).map((m) => m.params);

const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;

describe('bounded memory and provider faults (spawned server, mock model over HTTP)', () => {
  let mock: MockModelServer;
  let p: McpProcess;
  beforeEach(async () => {
    mock = await MockModelServer.start();
  });
  afterEach(async () => {
    await p?.close();
    await mock.close();
  });

  async function start(extraToml = '', toml: Parameters<MockModelServer['configToml']>[0] = {}) {
    // Top-level keys go before the provider table.
    p = await McpProcess.start({ configToml: extraToml + mock.configToml(toml) });
    await p.initialize();
  }
  async function codex(prompt: string, cwd = tmpdir()) {
    const id = p.request('tools/call', { name: 'codex', arguments: { prompt, cwd } });
    const res = await p.response(id);
    return { id, res, sessionId: events(p, id)[0].params.msg.session_id as string };
  }

  it('a conversation with no listener replays only the current turn, with counted notes for what it dropped', async () => {
    await start();
    const conv = (await p.call('newConversation', { cwd: tmpdir() })).result;
    const outputs = ['echo one', 'echo two', 'head -c 1500000 /dev/zero | tr "\\0" x'];
    for (const [i, script] of outputs.entries()) {
      mock.enqueue(reply.shell(`call-${i}`, ['sh', '-c', script]), reply.text(`done ${i}`));
      expect((await p.call('sendUserMessage', { conversationId: conv.conversationId, items: [text(`turn ${i}`)] })).result).toEqual({});
      await waitForFile(conv.rolloutPath, (t) => count(t, '"type":"task_complete"') === i + 1);
    }
    await p.call('addConversationListener', { conversationId: conv.conversationId });
    await p.waitFor((m) => m.method === 'codex/event/task_complete' && m.params.conversationId === conv.conversationId);
    const delivered = convEvents(p, conv.conversationId);
    const types = delivered.map((e) => e.msg.type);
    // Turns 0 and 1 are gone, counted in one note where they were.
    expect(delivered[0]).toEqual({ id: '0', conversationId: conv.conversationId, msg: { type: 'background_event', message: expect.stringMatching(/^\d+ events dropped while no listener was attached/) } });
    expect(Number(/^(\d+)/.exec(delivered[0].msg.message)?.[1])).toBeGreaterThanOrEqual(2 * 5);
    expect(types.filter((t) => t === 'task_started')).toHaveLength(1);
    expect(delivered.find((e) => e.msg.type === 'task_started').id).toBe('2');
    expect(delivered.at(-1).msg).toEqual({ type: 'task_complete', last_agent_message: 'done 2' });
    // The 1.5 MB turn passed the cap: its deltas were dropped first, the end event kept whole.
    const begin = types.indexOf('exec_command_begin');
    const end = types.indexOf('exec_command_end');
    expect(begin).toBeGreaterThan(0);
    expect(types.slice(begin, end)).toContain('background_event');
    const streamed = delivered.filter((e) => e.msg.type === 'exec_command_output_delta').reduce((n, e) => n + e.msg.chunk.length, 0);
    expect(streamed).toBeLessThan(1024 * 1024);
    expect(delivered[end].msg.stdout).toHaveLength(1_500_000);
    expect(types.slice(end)).toEqual(['exec_command_end', 'agent_message_delta', 'agent_message', 'task_complete']);
  });

  it('an idle conversation is unloaded (lock released) and resumes transparently with its history', async () => {
    await start('conversation_idle_timeout_ms = 200\n');
    const cwd = tmpdir();
    mock.enqueue(reply.text('I will remember 42'));
    const first = await codex('remember 42', cwd);
    const rollout = rolloutOf(p.codexHome, first.sessionId);
    await p.waitForLog(`conversation unloaded {"conversationId":"${first.sessionId}","reason":"idle"}`);
    await waitForFile(`${rollout}.lock`, () => !fs.existsSync(`${rollout}.lock`));

    mock.enqueue(reply.text('it was 42'));
    const id = p.request('tools/call', { name: 'codex-reply', arguments: { sessionId: first.sessionId, prompt: 'what was it?' } });
    const res = await p.response(id);
    expect(res.result.content[0].text).toBe('it was 42');
    expect(res.result.structuredContent.sessionId).toBe(first.sessionId);
    const sent = JSON.stringify(mock.requests[1].body.messages);
    expect(sent).toContain('remember 42');
    expect(sent).toContain('I will remember 42');
    // The reloaded session keeps the cwd it had, not the server's.
    expect(sent).toContain(`<cwd>${cwd}</cwd>`);

    // Conversation API on an unloaded id: reloaded too.
    const conv = (await p.call('newConversation', { cwd })).result;
    await p.waitForLog(`conversation unloaded {"conversationId":"${conv.conversationId}","reason":"idle"}`);
    expect((await p.call('addConversationListener', { conversationId: conv.conversationId })).error).toBeUndefined();
    mock.enqueue(reply.text('back again'));
    expect((await p.call('sendUserMessage', { conversationId: conv.conversationId, items: [text('hello')] })).result).toEqual({});
    const done = await p.waitFor((m) => m.method === 'codex/event/task_complete' && m.params.conversationId === conv.conversationId);
    expect(done.params.msg.last_agent_message).toBe('back again');
  });

  it('past max_loaded_conversations the least recently used idle conversation is unloaded and still resumable', async () => {
    await start('max_loaded_conversations = 2\n');
    const sessions: string[] = [];
    for (let i = 0; i < 3; i++) {
      mock.enqueue(reply.text(`answer ${i}`));
      sessions.push((await codex(`prompt ${i}`)).sessionId);
    }
    await p.waitForLog(`conversation unloaded {"conversationId":"${sessions[0]}","reason":"capacity"}`);
    expect(p.stderr).not.toContain(`"conversationId":"${sessions[1]}","reason"`);
    mock.enqueue(reply.text('reply to the first'));
    const id = p.request('tools/call', { name: 'codex-reply', arguments: { sessionId: sessions[0], prompt: 'again' } });
    expect((await p.response(id)).result.content[0].text).toBe('reply to the first');
    expect(JSON.stringify(mock.requests[3].body.messages)).toContain('prompt 0');
    // Loading the first pushed the next least recently used one out.
    await p.waitForLog(`conversation unloaded {"conversationId":"${sessions[1]}","reason":"capacity"}`);
  });

  it('turns over max_concurrent_turns are refused at once, and accepted again when one ends', async () => {
    await start('max_concurrent_turns = 1\n');
    mock.enqueue(reply.hang());
    const busy = p.request('tools/call', { name: 'codex', arguments: { prompt: 'hang', cwd: tmpdir() } });
    await p.waitFor((m) => m.params?.msg?.type === 'task_started');
    const refusal = 'too many concurrent turns: this server runs at most 1 at once (max_concurrent_turns); try again when one ends';

    const second = await p.call('tools/call', { name: 'codex', arguments: { prompt: 'second', cwd: tmpdir() } });
    expect(second.result).toEqual({ content: [{ text: refusal, type: 'text' }], isError: true });
    const conv = (await p.call('newConversation', { cwd: tmpdir() })).result;
    const api = await p.call('sendUserMessage', { conversationId: conv.conversationId, items: [text('x')] });
    expect(api.error).toEqual({ code: -32600, message: refusal });
    expect(mock.requests).toHaveLength(1);

    p.notify('notifications/cancelled', { requestId: busy, reason: 'user' });
    await p.waitFor((m) => m.params?.msg?.type === 'turn_aborted');
    mock.enqueue(reply.text('room again'));
    const third = await p.call('tools/call', { name: 'codex', arguments: { prompt: 'third', cwd: tmpdir() } });
    expect(third.result.content[0].text).toBe('room again');
  });

  it('a provider that accepts the connection and never answers: the idle timeout ends the turn with an error, the next turn works', async () => {
    p = await McpProcess.start({ configToml: mock.configToml({ streamIdleTimeoutMs: 1000 }) });
    await p.initialize();
    mock.enqueue(reply.hang(), reply.text('awake now'));
    const id = p.request('tools/call', { name: 'codex', arguments: { prompt: 'anyone?', cwd: tmpdir() } });
    const res = await p.response(id);
    const message = 'stream disconnected before completion: idle timeout waiting for SSE';
    const sessionId = events(p, id)[0].params.msg.session_id;
    expect(res.result).toEqual({ content: [{ text: message, type: 'text' }], isError: true, structuredContent: { threadId: sessionId, sessionId, content: message } });
    expect(events(p, id).map((e) => e.params.msg)).toContainEqual({ type: 'error', message });

    const next = p.request('tools/call', { name: 'codex-reply', arguments: { sessionId, prompt: 'again' } });
    expect((await p.response(next)).result.content[0].text).toBe('awake now');
    expect(mock.requests).toHaveLength(2);
  });

  it('with stream retries left, a silent provider is retried and the turn completes', async () => {
    p = await McpProcess.start({ configToml: mock.configToml({ streamIdleTimeoutMs: 1000, streamMaxRetries: 1 }) });
    await p.initialize();
    mock.enqueue(reply.hang(), reply.text('second try'));
    const id = p.request('tools/call', { name: 'codex', arguments: { prompt: 'anyone?', cwd: tmpdir() } });
    expect((await p.response(id)).result.content[0].text).toBe('second try');
    const streamError = events(p, id).find((e) => e.params.msg.type === 'stream_error');
    expect(streamError?.params.msg.message).toContain('idle timeout waiting for SSE');
  });
});
