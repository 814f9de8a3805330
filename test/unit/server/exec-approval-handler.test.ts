import { answer, completed, functionCall } from '../../support/scripted-model';
import { FakeExecRunner } from '../../support/fake-exec-runner';
import { InMemoryServer, workDir, type InMemoryClient } from '../../support/in-memory-server';

/** The model asks to run `touch made.txt` (not known-safe: `untrusted` asks), then says `done`. */
const touchThenDone = (callId = 'call-1') => [[functionCall('shell', { command: ['touch', 'made.txt'] }, callId), completed()], answer('done')];

describe('ExecApprovalHandler over an in-memory connection', () => {
  let server: InMemoryServer;
  let exec: FakeExecRunner;
  let client: InMemoryClient;
  async function start(options: { capabilities?: Record<string, unknown>; extraToml?: string } = {}) {
    exec = new FakeExecRunner();
    server = new InMemoryServer({ approvalPolicy: 'untrusted', exec, extraToml: options.extraToml });
    client = server.connect();
    await client.initialize(options.capabilities ?? { elicitation: {} });
  }
  afterEach(async () => {
    expect(client.violations()).toEqual([]);
    await server.dispose();
  });

  describe('MCP flavour: elicitation/create for a tools/call', () => {
    it('asks with the reference params; approved runs the command', async () => {
      await start();
      server.model.push(...touchThenDone());
      const cwd = workDir();
      const id = client.request('tools/call', { name: 'codex', arguments: { prompt: 'make it', cwd } });
      const question = await client.serverRequest('elicitation/create');
      const codexFields = {
        codex_elicitation: 'exec-approval',
        codex_mcp_tool_call_id: String(id),
        codex_event_id: String(id),
        codex_call_id: 'call-1',
        codex_command: ['touch', 'made.txt'],
        codex_cwd: cwd,
      };
      expect(question).toEqual({
        jsonrpc: '2.0',
        id: expect.anything(),
        method: 'elicitation/create',
        params: { message: `Allow Codex to run \`touch made.txt\` in \`${cwd}\`?`, requestedSchema: { properties: {}, type: 'object' }, ...codexFields, _meta: codexFields },
      });
      expect(exec.calls).toEqual([]);
      client.respond(question.id, { decision: 'approved' });
      const res = await client.response(id);
      expect(res.result.content[0].text).toBe('done');
      expect(exec.calls.map((c) => [c.params.command, c.params.commandCwd])).toEqual([[['touch', 'made.txt'], cwd]]);
    });

    it('the MCP ElicitResult {action: accept} approves too', async () => {
      await start();
      server.model.push(...touchThenDone());
      const id = client.request('tools/call', { name: 'codex', arguments: { prompt: 'make it', cwd: workDir() } });
      client.respond((await client.serverRequest('elicitation/create')).id, { action: 'accept', content: {} });
      await client.response(id);
      expect(exec.calls).toHaveLength(1);
    });

    it('denied: the command does not run and the model is told', async () => {
      await start();
      server.model.push(...touchThenDone());
      const id = client.request('tools/call', { name: 'codex', arguments: { prompt: 'make it', cwd: workDir() } });
      client.respond((await client.serverRequest('elicitation/create')).id, { decision: 'denied' });
      expect((await client.response(id)).result.content[0].text).toBe('done');
      expect(exec.calls).toEqual([]);
      expect(server.model.toolOutput('call-1')).toBe('exec command rejected by user');
    });

    it('an error answer to the question is a denial', async () => {
      await start();
      server.model.push(...touchThenDone());
      const id = client.request('tools/call', { name: 'codex', arguments: { prompt: 'make it', cwd: workDir() } });
      client.respondError((await client.serverRequest('elicitation/create')).id, -32603, 'client blew up');
      await client.response(id);
      expect(exec.calls).toEqual([]);
      expect(server.model.toolOutput('call-1')).toBe('exec command rejected by user');
    });

    it('unanswered past mcp_approval_timeout_ms: denied, and a late answer changes nothing', async () => {
      await start({ extraToml: 'mcp_approval_timeout_ms = 50' });
      server.model.push(...touchThenDone());
      const id = client.request('tools/call', { name: 'codex', arguments: { prompt: 'make it', cwd: workDir() } });
      const question = await client.serverRequest('elicitation/create');
      expect((await client.response(id)).result.content[0].text).toBe('done');
      expect(exec.calls).toEqual([]);
      expect(server.model.toolOutput('call-1')).toBe('exec command rejected by user');
      client.respond(question.id, { decision: 'approved' });
      await client.caughtUp();
      expect(exec.calls).toEqual([]);
    });

    it('a client that cannot elicit is never asked: denied', async () => {
      await start({ capabilities: {} });
      server.model.push(...touchThenDone());
      const res = await client.call('tools/call', { name: 'codex', arguments: { prompt: 'make it', cwd: workDir() } });
      expect(res.result.content[0].text).toBe('done');
      expect(client.messages.filter((m) => m.method === 'elicitation/create')).toEqual([]);
      expect(exec.calls).toEqual([]);
      expect(server.loggers.lines.some((l) => l.includes('client does not support elicitation; denying'))).toBe(true);
    });

    it('abort ({action: cancel}) ends the turn: the call answers "turn aborted", nothing runs, no further model request', async () => {
      await start();
      server.model.push(...touchThenDone());
      const id = client.request('tools/call', { name: 'codex', arguments: { prompt: 'make it', cwd: workDir() } });
      client.respond((await client.serverRequest('elicitation/create')).id, { action: 'cancel' });
      const res = await client.response(id);
      const sessionId = client.notifications('codex/event')[0].params.msg.session_id as string;
      expect(res.result).toEqual({ content: [{ text: 'turn aborted', type: 'text' }], isError: true, structuredContent: { threadId: sessionId, sessionId, content: 'turn aborted' } });
      expect(exec.calls).toEqual([]);
      expect(server.model.prompts).toHaveLength(1);
    });

    it('a cancelled tools/call abandons its question: a late approval runs nothing', async () => {
      await start();
      server.model.push(...touchThenDone());
      const id = client.request('tools/call', { name: 'codex', arguments: { prompt: 'make it', cwd: workDir() } });
      const question = await client.serverRequest('elicitation/create');
      client.notify('notifications/cancelled', { requestId: id });
      await client.waitFor((m) => m.method === 'codex/event' && m.params.msg.type === 'turn_aborted');
      client.respond(question.id, { decision: 'approved' });
      await client.caughtUp();
      expect(exec.calls).toEqual([]);
      expect(server.model.prompts).toHaveLength(1);
    });
  });

  describe('conversation-API flavour: execCommandApproval for a listener', () => {
    async function conversationAsking() {
      const cwd = workDir();
      const { conversationId } = (await client.call('newConversation', { cwd })).result as { conversationId: string };
      await client.call('addConversationListener', { conversationId });
      server.model.push(...touchThenDone());
      await client.call('sendUserMessage', { conversationId, items: [{ type: 'text', data: { text: 'make it' } }] });
      const question = await client.serverRequest('execCommandApproval');
      const done = client.waitFor((m) => m.method === 'codex/event/task_complete');
      return { cwd, conversationId, question, done };
    }

    it('asks with snake_case params, without elicitation support; approved runs the command', async () => {
      await start({ capabilities: {} });
      const { cwd, conversationId, question, done } = await conversationAsking();
      expect(question).toEqual({ jsonrpc: '2.0', id: expect.anything(), method: 'execCommandApproval', params: { conversation_id: conversationId, call_id: 'call-1', command: ['touch', 'made.txt'], cwd } });
      // The event that asked reached the listener first.
      expect(client.notifications('codex/event/exec_approval_request')).toHaveLength(1);
      client.respond(question.id, { decision: 'approved' });
      expect((await done).params.msg.last_agent_message).toBe('done');
      expect(exec.calls.map((c) => c.params.command)).toEqual([['touch', 'made.txt']]);
    });

    it('denied: the command does not run', async () => {
      await start();
      const { question, done } = await conversationAsking();
      client.respond(question.id, { decision: 'denied' });
      await done;
      expect(exec.calls).toEqual([]);
      expect(server.model.toolOutput('call-1')).toBe('exec command rejected by user');
    });

    it('two listeners on one connection are asked once', async () => {
      await start();
      const cwd = workDir();
      const { conversationId } = (await client.call('newConversation', { cwd })).result as { conversationId: string };
      await client.call('addConversationListener', { conversationId });
      await client.call('addConversationListener', { conversationId });
      server.model.push(...touchThenDone());
      await client.call('sendUserMessage', { conversationId, items: [{ type: 'text', data: { text: 'make it' } }] });
      client.respond((await client.serverRequest('execCommandApproval')).id, { decision: 'approved' });
      await client.waitFor((m) => m.method === 'codex/event/task_complete');
      await client.caughtUp();
      expect(client.messages.filter((m) => m.method === 'execCommandApproval')).toHaveLength(1);
      expect(exec.calls).toHaveLength(1);
    });
  });
});
