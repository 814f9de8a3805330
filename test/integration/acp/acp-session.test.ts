import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { AcpProcess } from '../../support/acp-process';
import { MockModelServer, reply } from '../../support/mock-model-server';

let mock: MockModelServer;
let agent: AcpProcess | undefined;
let workdir: string;

beforeAll(async () => {
  mock = await MockModelServer.start();
});
afterAll(async () => {
  await mock.close();
});
beforeEach(() => {
  workdir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'acp-work-')));
});
afterEach(async () => {
  await agent?.stop();
  agent = undefined;
});

describe('ACP agent over stdio (SDK client)', () => {
  it('initialize negotiates v1 and says no auth is needed for a provider without OpenAI auth', async () => {
    agent = AcpProcess.start({ configToml: mock.configToml() });
    const init = await agent.initialize();
    expect(init.protocolVersion).toBe(1);
    expect(init.agentCapabilities).toEqual({
      loadSession: true,
      promptCapabilities: { image: true, audio: false, embeddedContext: true },
      mcpCapabilities: { http: false, sse: false },
      sessionCapabilities: { list: {} },
    });
    expect(init.authMethods).toEqual([]);
    expect(init.agentInfo?.name).toBe('codex-mcp-server');
    // authenticate is accepted and does nothing when no auth is needed
    await expect(agent.agent.request('authenticate', { methodId: 'chatgpt' })).resolves.toEqual({});
  });

  it('a client asking for a newer protocol version gets v1, the version this agent speaks', async () => {
    agent = AcpProcess.start({ configToml: mock.configToml() });
    const init = await agent.agent.request('initialize', { protocolVersion: 7, clientCapabilities: {} });
    expect(init.protocolVersion).toBe(1);
  });

  it('an OpenAI provider without credentials offers the auth methods and session/new asks for authentication', async () => {
    agent = AcpProcess.start({ configToml: 'model = "gpt-5"\n' });
    const init = await agent.initialize();
    expect(init.authMethods?.map((m) => m.id)).toEqual(['chatgpt', 'openai-api-key', 'codex-api-key']);
    await expect(agent.agent.request('session/new', { cwd: workdir, mcpServers: [] })).rejects.toMatchObject({ code: -32000 });
  });

  it('authenticate with openai-api-key saves the key from the environment; then sessions start', async () => {
    agent = AcpProcess.start({ configToml: 'model = "gpt-5"\n', env: { OPENAI_API_KEY: undefined, CODEX_API_KEY: 'sk-test-from-env' } });
    await agent.initialize();
    await expect(agent.agent.request('authenticate', { methodId: 'openai-api-key' })).rejects.toMatchObject({ code: -32000 });
    await expect(agent.agent.request('authenticate', { methodId: 'codex-api-key' })).resolves.toEqual({});
    const auth = JSON.parse(fs.readFileSync(path.join(agent.codexHome, 'auth.json'), 'utf8')) as { OPENAI_API_KEY?: string };
    expect(auth.OPENAI_API_KEY).toBe('sk-test-from-env');
    const created = await agent.agent.request('session/new', { cwd: workdir, mcpServers: [] });
    expect(typeof created.sessionId).toBe('string');
  });

  it('session/new then a prompt streams agent_message_chunks and ends with end_turn', async () => {
    mock.enqueue(reply.combine(reply.reasoning('thinking it over'), reply.textDeltas(['Hello', ' from', ' mock'])));
    agent = AcpProcess.start({ configToml: mock.configToml({ wireApi: 'responses' }) });
    await agent.initialize();
    const created = await agent.agent.request('session/new', { cwd: workdir, mcpServers: [] });
    expect(created.modes?.currentModeId).toBe('full-access');
    expect(created.modes?.availableModes.map((m) => m.id)).toEqual(['read-only', 'auto', 'full-access']);
    const result = await agent.prompt(created.sessionId, 'say hello');
    expect(result).toEqual({ stopReason: 'end_turn' });
    const updates = agent.updatesOf(created.sessionId);
    const chunks = updates.filter((u) => u.sessionUpdate === 'agent_message_chunk');
    expect(chunks.map((u) => (u.sessionUpdate === 'agent_message_chunk' && u.content.type === 'text' ? u.content.text : ''))).toEqual(['Hello', ' from', ' mock']);
    expect(updates).toContainEqual({ sessionUpdate: 'agent_thought_chunk', content: { type: 'text', text: 'thinking it over' } });
    // The model got the prompt text and ran in the session's cwd.
    const body = JSON.stringify(mock.requests.at(-1)!.body);
    expect(body).toContain('say hello');
    expect(body).toContain(workdir);
  });

  it('prompt content blocks: embedded resources and resource links reach the model', async () => {
    mock.enqueue(reply.text('ok'));
    agent = AcpProcess.start({ configToml: mock.configToml() });
    const sessionId = await agent.newSession(workdir);
    const result = await agent.agent.request('session/prompt', {
      sessionId,
      prompt: [
        { type: 'text', text: 'look at' },
        { type: 'resource_link', uri: `file://${workdir}/a.ts`, name: 'a.ts' },
        { type: 'resource', resource: { uri: `file://${workdir}/b.ts`, text: 'const unsaved = 1;' } },
      ],
    });
    expect(result.stopReason).toBe('end_turn');
    const sent = JSON.stringify(mock.requests.at(-1)!.body);
    expect(sent).toContain(`@${workdir}/a.ts`);
    expect(sent).toContain('const unsaved = 1;');
  });
});
