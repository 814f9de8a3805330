import { acpFrontEndModule } from '../../../src/acp/acp-module';
import { answer, completed, functionCall } from '../../support/scripted-model';
import { FakeExecRunner } from '../../support/fake-exec-runner';
import { InMemoryServer, workDir, type InMemoryClient } from '../../support/in-memory-server';
import type { JsonRpcMessage } from '../../support/json-rpc-peer';

const OPTIONS = [
  { optionId: 'approved', name: 'Yes', kind: 'allow_once' },
  { optionId: 'approved_for_session', name: "Yes, and don't ask again this session", kind: 'allow_always' },
  { optionId: 'denied', name: 'No, and tell Codex what to do differently', kind: 'reject_once' },
  { optionId: 'denied_for_session', name: "No, and don't ask again this session", kind: 'reject_always' },
];
const touch = (callId: string, file = 'made.txt') => [functionCall('shell', { command: ['touch', file] }, callId), completed()];

describe('AcpApprovalHandler (session/request_permission over an in-memory connection)', () => {
  let server: InMemoryServer;
  let exec: FakeExecRunner;
  let client: InMemoryClient;
  let sessionId: string;
  let cwd: string;
  /** How the client answers each permission request, in order (the default: reject_once). */
  let answers: ((request: JsonRpcMessage) => void)[];

  beforeEach(async () => {
    exec = new FakeExecRunner();
    server = new InMemoryServer({ approvalPolicy: 'untrusted', exec });
    client = server.connect(acpFrontEndModule);
    answers = [];
    client.onMessage((m) => {
      if (m.method !== 'session/request_permission') return;
      const next = answers.shift();
      if (next) next(m);
      else client.respond(m.id, { outcome: { outcome: 'selected', optionId: 'denied' } });
    });
    await client.call('initialize', { protocolVersion: 1, clientCapabilities: {} });
    cwd = workDir();
    sessionId = (await client.call('session/new', { cwd, mcpServers: [] })).result.sessionId as string;
  });
  afterEach(async () => {
    await server.dispose();
  });

  const select = (optionId: string) => (m: JsonRpcMessage) => client.respond(m.id, { outcome: { outcome: 'selected', optionId } });
  const prompt = async (text = 'go') => (await client.call('session/prompt', { sessionId, prompt: [{ type: 'text', text }] })).result;
  const asked = () => client.messages.filter((m) => m.method === 'session/request_permission');
  const ran = () => exec.calls.map((c) => c.params.command.join(' '));

  it('allow_once: asks with the tool call and the four options, then runs the command', async () => {
    server.model.push(touch('call-1'), answer('done'));
    answers.push(select('approved'));
    expect(await prompt()).toEqual({ stopReason: 'end_turn' });
    expect(asked()).toHaveLength(1);
    expect(asked()[0].params).toEqual({
      sessionId,
      toolCall: expect.objectContaining({ toolCallId: 'call-1', kind: 'execute', status: 'pending', title: 'touch made.txt' }),
      options: OPTIONS,
    });
    expect(ran()).toEqual(['touch made.txt']);
  });

  it('reject_once: the command does not run and the model is told', async () => {
    server.model.push(touch('call-1'), answer('understood'));
    answers.push(select('denied'));
    expect(await prompt()).toEqual({ stopReason: 'end_turn' });
    expect(ran()).toEqual([]);
    expect(server.model.toolOutput('call-1')).toBe('exec command rejected by user');
  });

  it('allow_always approves the same command for the session without asking again', async () => {
    server.model.push(touch('call-1'), touch('call-2'), answer('done'));
    answers.push(select('approved_for_session'));
    await prompt();
    expect(asked()).toHaveLength(1);
    expect(ran()).toEqual(['touch made.txt', 'touch made.txt']);
  });

  it('reject_always denies the same command again without asking; another command is still asked', async () => {
    server.model.push(touch('call-a', 'a.txt'), touch('call-b', 'a.txt'), touch('call-c', 'c.txt'), answer('done'));
    answers.push(select('denied_for_session'), select('denied'));
    await prompt();
    expect(asked().map((m) => m.params.toolCall.toolCallId)).toEqual(['call-a', 'call-c']);
    expect(ran()).toEqual([]);
  });

  it('a cancelled outcome, an unknown option or an error answer is a denial', async () => {
    server.model.push(touch('call-1'), touch('call-2', 'b.txt'), touch('call-3', 'c.txt'), answer('done'));
    answers.push(
      (m) => client.respond(m.id, { outcome: { outcome: 'cancelled' } }),
      select('maybe'),
      (m) => client.respondError(m.id, -32603, 'editor crashed'),
    );
    expect(await prompt()).toEqual({ stopReason: 'end_turn' });
    expect(asked()).toHaveLength(3);
    expect(ran()).toEqual([]);
    expect(['call-1', 'call-2', 'call-3'].map((id) => server.model.toolOutput(id))).toEqual(Array(3).fill('exec command rejected by user'));
  });

  it('session/cancel while the question is open answers the prompt with cancelled; a late answer runs nothing', async () => {
    server.model.push(touch('call-1'));
    let question!: (m: JsonRpcMessage) => void;
    const open = new Promise<JsonRpcMessage>((resolve) => (question = resolve));
    answers.push(question);
    const id = client.request('session/prompt', { sessionId, prompt: [{ type: 'text', text: 'go' }] });
    const request = await open;
    client.notify('session/cancel', { sessionId });
    expect((await client.response(id)).result).toEqual({ stopReason: 'cancelled' });
    select('approved')(request);
    await client.call('session/set_mode', { sessionId, modeId: 'auto' });
    expect(ran()).toEqual([]);
  });
});
