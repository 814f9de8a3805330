import { acpFrontEndModule } from '../../../src/acp/acp-module';
import { ConversationManager } from '../../../src/core/conversation';
import { answer, hangingStep } from '../../support/scripted-model';
import { InMemoryServer, workDir, type InMemoryClient } from '../../support/in-memory-server';

const initParams = { protocolVersion: 1, clientCapabilities: {}, clientInfo: { name: 'test-editor', version: '1' } };

describe('AcpAgentProcessor (ACP methods over an in-memory connection)', () => {
  let server: InMemoryServer;
  let client: InMemoryClient;
  beforeEach(() => {
    server = new InMemoryServer();
    client = server.connect(acpFrontEndModule);
  });
  afterEach(async () => {
    await server.dispose();
  });

  async function newSession(cwd = workDir()): Promise<string> {
    await client.call('initialize', initParams);
    const res = await client.call('session/new', { cwd, mcpServers: [] });
    expect(res.error).toBeUndefined();
    return res.result.sessionId as string;
  }
  const updatesOf = (sessionId: string) => client.notifications('session/update').filter((m) => m.params.sessionId === sessionId).map((m) => m.params.update);

  it('initialize answers v1, the capabilities and no auth methods for a provider without OpenAI auth', async () => {
    const res = await client.call('initialize', { ...initParams, protocolVersion: 7 });
    expect(res).toEqual({
      jsonrpc: '2.0',
      id: 1,
      result: {
        protocolVersion: 1,
        agentCapabilities: {
          loadSession: true,
          promptCapabilities: { image: true, audio: false, embeddedContext: true },
          mcpCapabilities: { http: false, sse: false },
          sessionCapabilities: { list: {} },
        },
        authMethods: [],
        agentInfo: { name: 'codex-mcp-server', title: 'Codex', version: '0.0.0-test' },
      },
    });
    // authenticate is accepted and does nothing when no auth is needed.
    expect((await client.call('authenticate', { methodId: 'chatgpt' })).result).toEqual({});
  });

  it('session methods before initialize are invalid requests', async () => {
    expect((await client.call('session/new', { cwd: workDir(), mcpServers: [] })).error).toEqual({ code: -32600, message: 'initialize must be called first' });
  });

  it('session/new with a relative cwd is invalid params', async () => {
    await client.call('initialize', initParams);
    expect((await client.call('session/new', { cwd: 'relative/dir', mcpServers: [] })).error).toEqual({ code: -32602, message: 'Invalid params: cwd must be an absolute path: relative/dir' });
  });

  it('session/new answers the session id and its modes; a prompt streams updates and ends with end_turn', async () => {
    await client.call('initialize', initParams);
    const created = await client.call('session/new', { cwd: workDir(), mcpServers: [] });
    const { sessionId, modes } = created.result as { sessionId: string; modes: { currentModeId: string; availableModes: { id: string }[] } };
    expect(modes.currentModeId).toBe('full-access');
    expect(modes.availableModes.map((m) => m.id)).toEqual(['read-only', 'auto', 'full-access']);
    server.model.push(answer('Hello from the model'));
    const id = client.request('session/prompt', { sessionId, prompt: [{ type: 'text', text: 'say hello' }] });
    const res = await client.response(id);
    expect(res).toEqual({ jsonrpc: '2.0', id, result: { stopReason: 'end_turn' } });
    expect(updatesOf(sessionId)).toContainEqual({ sessionUpdate: 'agent_message_chunk', content: { type: 'text', text: 'Hello from the model' } });
    // The updates came before the answer.
    expect(client.messages.indexOf(res)).toBe(client.messages.length - 1);
  });

  it('a prompt for an unknown session is resource-not-found', async () => {
    await client.call('initialize', initParams);
    const res = await client.call('session/prompt', { sessionId: 'nope', prompt: [{ type: 'text', text: 'x' }] });
    expect(res.error).toEqual({ code: -32002, message: 'session not found: nope', data: { sessionId: 'nope' } });
  });

  it('session/cancel during a running prompt answers it with cancelled; the session takes the next prompt', async () => {
    const sessionId = await newSession();
    let asked!: () => void;
    const modelAsked = new Promise<void>((resolve) => (asked = resolve));
    server.model.push(hangingStep([], asked), answer('back again'));
    const id = client.request('session/prompt', { sessionId, prompt: [{ type: 'text', text: 'wait' }] });
    await modelAsked;
    client.notify('session/cancel', { sessionId });
    expect((await client.response(id)).result).toEqual({ stopReason: 'cancelled' });
    expect((await client.call('session/prompt', { sessionId, prompt: [{ type: 'text', text: 'again' }] })).result).toEqual({ stopReason: 'end_turn' });
  });

  it('session/set_mode switches the mode with a current_mode_update; an unknown mode is invalid params', async () => {
    const sessionId = await newSession();
    expect((await client.call('session/set_mode', { sessionId, modeId: 'read-only' })).result).toEqual({});
    expect(updatesOf(sessionId)).toContainEqual({ sessionUpdate: 'current_mode_update', currentModeId: 'read-only' });
    const bad = await client.call('session/set_mode', { sessionId, modeId: 'yolo' });
    expect(bad.error).toEqual({ code: -32602, message: 'Invalid params: unknown mode: yolo', data: { availableModes: ['read-only', 'auto', 'full-access'] } });
  });

  it('session/list and session/load: another connection replays the history before answering', async () => {
    const cwd = workDir();
    const sessionId = await newSession(cwd);
    server.model.push(answer('remembered'));
    await client.call('session/prompt', { sessionId, prompt: [{ type: 'text', text: 'remember this' }] });
    const list = await client.call('session/list', { cwd });
    expect(list.result.sessions).toEqual([{ sessionId, cwd, title: 'remember this', updatedAt: expect.any(String) }]);
    await client.close();

    const other = server.connect(acpFrontEndModule);
    await other.call('initialize', initParams);
    const id = other.request('session/load', { sessionId, cwd, mcpServers: [] });
    const loaded = await other.response(id);
    expect(loaded.result.modes.currentModeId).toBe('full-access');
    const replay = other.notifications('session/update').map((m) => m.params.update);
    expect(replay).toContainEqual({ sessionUpdate: 'user_message_chunk', content: { type: 'text', text: 'remember this' } });
    expect(replay).toContainEqual({ sessionUpdate: 'agent_message_chunk', content: { type: 'text', text: 'remembered' } });
    expect(other.messages.indexOf(loaded)).toBe(other.messages.length - 1);
    const missing = await other.call('session/load', { sessionId: '00000000-0000-4000-8000-000000000000', cwd, mcpServers: [] });
    expect(missing.error?.code).toBe(-32002);
  });

  it('closing the connection ends its sessions: their conversations are removed', async () => {
    const sessionId = await newSession();
    const conversations = server.root.get<ConversationManager>(ConversationManager);
    expect(conversations.getConversation(sessionId)).toBeDefined();
    await client.close();
    expect(conversations.getConversation(sessionId)).toBeUndefined();
  });
});
