import * as fs from 'node:fs';
import * as path from 'node:path';
import { answer } from '../../support/scripted-model';
import { InMemoryServer, workDir, type InMemoryClient } from '../../support/in-memory-server';

const golden = JSON.parse(fs.readFileSync(path.join(__dirname, '../../golden/tools-list.json'), 'utf8')) as { tools: Record<string, unknown>[] };
const clientInfo = { name: 'test', version: '0' };

describe('MessageProcessor (MCP methods over an in-memory connection)', () => {
  let server: InMemoryServer;
  let client: InMemoryClient;
  beforeEach(() => {
    server = new InMemoryServer();
    client = server.connect();
  });
  afterEach(async () => {
    expect(client.violations()).toEqual([]);
    await server.dispose();
  });

  it('initialize answers capabilities, the negotiated version and serverInfo', async () => {
    const res = await client.call('initialize', { protocolVersion: '2025-06-18', capabilities: {}, clientInfo });
    expect(res).toEqual({
      jsonrpc: '2.0',
      id: 1,
      result: { capabilities: { tools: { listChanged: true } }, protocolVersion: '2025-06-18', serverInfo: { name: 'codex-mcp-server', title: 'Codex', version: '0.0.0-test' } },
    });
  });

  it('initialize with an unknown protocol version gets the latest one', async () => {
    const res = await client.call('initialize', { protocolVersion: '1999-01-01', capabilities: {}, clientInfo });
    expect(res.result.protocolVersion).toBe('2025-11-25');
  });

  it('initialize with 2025-11-25 offers MCP tasks; tools/list marks the tools task-capable', async () => {
    const res = await client.call('initialize', { protocolVersion: '2025-11-25', capabilities: {}, clientInfo });
    expect(res.result.capabilities).toEqual({ tasks: { list: {}, cancel: {}, requests: { tools: { call: {} } } }, tools: { listChanged: true } });
    const tools = await client.call('tools/list');
    expect(tools.result.tools.map((t: { name: string; execution: unknown }) => [t.name, t.execution])).toEqual([
      ['codex', { taskSupport: 'optional' }],
      ['codex-reply', { taskSupport: 'optional' }],
    ]);
  });

  it('a second initialize on the same connection is an invalid request', async () => {
    await client.initialize();
    const again = await client.call('initialize', { protocolVersion: '2025-06-18', capabilities: {}, clientInfo });
    expect(again).toEqual({ jsonrpc: '2.0', id: 2, error: { code: -32600, message: 'initialize called more than once' } });
  });

  it('initialize without protocolVersion is invalid params naming the field', async () => {
    const res = await client.call('initialize', { capabilities: {}, clientInfo });
    expect(res.error?.code).toBe(-32602);
    expect(res.error?.message).toContain('protocolVersion');
  });

  it('ping, the empty lists and logging/setLevel answer {} or empty lists', async () => {
    await client.initialize();
    expect((await client.call('ping')).result).toEqual({});
    expect((await client.call('resources/list')).result).toEqual({ resources: [] });
    expect((await client.call('resources/templates/list')).result).toEqual({ resourceTemplates: [] });
    expect((await client.call('prompts/list')).result).toEqual({ prompts: [] });
    expect((await client.call('logging/setLevel', { level: 'debug' })).result).toEqual({});
  });

  it('tools/list is the golden list, byte for byte', async () => {
    await client.initialize();
    const res = await client.call('tools/list');
    expect(JSON.stringify(res.result)).toBe(JSON.stringify(golden));
  });

  it('an unknown method is -32601 with its name', async () => {
    await client.initialize();
    expect(await client.call('no/such/method', {})).toEqual({ jsonrpc: '2.0', id: 2, error: { code: -32601, message: 'Method not found: no/such/method' } });
  });

  it('tools/call of an unknown tool is an error result, not a JSON-RPC error', async () => {
    await client.initialize();
    const res = await client.call('tools/call', { name: 'nope', arguments: {} });
    expect(res.result).toEqual({ content: [{ text: "Unknown tool 'nope'", type: 'text' }], isError: true });
  });

  it('tools/call without a name is invalid params', async () => {
    await client.initialize();
    const res = await client.call('tools/call', { arguments: {} });
    expect(res.error?.code).toBe(-32602);
    expect(res.error?.message).toContain('name');
  });

  it('tools/call codex streams codex/event notifications tagged with the request id, then the answer', async () => {
    await client.initialize();
    server.model.push(answer('Hello'));
    const id = client.request('tools/call', { name: 'codex', arguments: { prompt: 'hi', cwd: workDir() } });
    const res = await client.response(id);
    const events = client.notifications('codex/event');
    const sessionId = events[0].params.msg.session_id as string;
    expect(events.map((e) => [e.params._meta, e.params.id, e.params.msg.type])).toEqual([
      [{ requestId: id }, '', 'session_configured'],
      [{ requestId: id }, String(id), 'task_started'],
      [{ requestId: id }, String(id), 'agent_message'],
      [{ requestId: id }, String(id), 'task_complete'],
    ]);
    expect(res).toEqual({ jsonrpc: '2.0', id, result: { content: [{ text: 'Hello', type: 'text' }], structuredContent: { threadId: sessionId, sessionId, content: 'Hello' } } });
    // Every event was written before the answer.
    expect(client.messages.indexOf(res)).toBe(client.messages.length - 1);
  });

  it('tools/call codex-reply continues the session from codex', async () => {
    await client.initialize();
    server.model.push(answer('first'), answer('second'));
    const first = await client.call('tools/call', { name: 'codex', arguments: { prompt: 'one', cwd: workDir() } });
    const sessionId = first.result.structuredContent.sessionId as string;
    const reply = await client.call('tools/call', { name: 'codex-reply', arguments: { sessionId, prompt: 'two' } });
    expect(reply.result).toEqual({ content: [{ text: 'second', type: 'text' }], structuredContent: { threadId: sessionId, sessionId, content: 'second' } });
    expect(server.model.prompts[1].input.map((i) => (i.type === 'message' ? i.content.map((c) => ('text' in c ? c.text : '')).join('') : i.type)).slice(-3)).toEqual(['one', 'first', 'two']);
  });

  it('tools/call with bad tool arguments answers the reference texts as error results', async () => {
    await client.initialize();
    const text = async (params: unknown) => (await client.call('tools/call', params)).result;
    expect(await text({ name: 'codex' })).toEqual({ content: [{ text: 'Missing arguments for codex tool-call; the `prompt` field is required.', type: 'text' }], isError: true });
    expect((await text({ name: 'codex', arguments: {} })).content[0].text).toBe('Failed to parse configuration for Codex tool: missing field `prompt`');
    expect((await text({ name: 'codex-reply', arguments: { prompt: 'x' } })).content[0].text).toBe('Failed to parse configuration for Codex tool: missing field `sessionId`');
    expect((await text({ name: 'codex-reply', arguments: { prompt: 'x', sessionId: 'nope' } })).content[0].text).toMatch(/^Failed to parse session_id: /);
    expect((await text({ name: 'codex-reply', arguments: { prompt: 'x', sessionId: '00000000-0000-4000-8000-000000000000' } })).content[0].text).toBe(
      'Session not found for session_id: 00000000-0000-4000-8000-000000000000',
    );
    expect(server.model.prompts).toEqual([]);
  });
});
