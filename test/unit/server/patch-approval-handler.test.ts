import * as fs from 'node:fs';
import * as path from 'node:path';
import { answer, completed, functionCall } from '../../support/scripted-model';
import { InMemoryServer, workDir, type InMemoryClient } from '../../support/in-memory-server';

const PATCH = '*** Begin Patch\n*** Add File: hello.txt\n+hello\n*** Update File: existing.txt\n@@\n-original content\n+modified content\n*** End Patch';

describe('PatchApprovalHandler over an in-memory connection', () => {
  let server: InMemoryServer;
  let client: InMemoryClient;
  let cwd: string;
  beforeEach(async () => {
    server = new InMemoryServer({ approvalPolicy: 'untrusted' });
    client = server.connect();
    await client.initialize();
    cwd = workDir();
    fs.writeFileSync(path.join(cwd, 'existing.txt'), 'original content\n');
    server.model.push([functionCall('shell', { command: ['apply_patch', PATCH] }, 'call-patch'), completed()], answer('patched'));
  });
  afterEach(async () => {
    expect(client.violations()).toEqual([]);
    await server.dispose();
  });

  const changes = () => ({
    [path.join(cwd, 'hello.txt')]: { add: { content: 'hello\n' } },
    [path.join(cwd, 'existing.txt')]: { update: { unified_diff: '@@ -1 +1 @@\n-original content\n+modified content\n', move_path: null } },
  });
  const untouched = () => {
    expect(fs.existsSync(path.join(cwd, 'hello.txt'))).toBe(false);
    expect(fs.readFileSync(path.join(cwd, 'existing.txt'), 'utf8')).toBe('original content\n');
  };

  it('elicitation: asks with the changes; approved applies the patch', async () => {
    const id = client.request('tools/call', { name: 'codex', arguments: { prompt: 'patch', cwd } });
    const question = await client.serverRequest('elicitation/create');
    const codexFields = { codex_elicitation: 'patch-approval', codex_mcp_tool_call_id: String(id), codex_event_id: String(id), codex_call_id: 'call-patch', codex_changes: changes() };
    expect(question.params).toEqual({ message: 'Allow Codex to apply proposed code changes?', requestedSchema: { properties: {}, type: 'object' }, ...codexFields, _meta: codexFields });
    untouched();
    client.respond(question.id, { decision: 'approved' });
    expect((await client.response(id)).result.content[0].text).toBe('patched');
    expect(fs.readFileSync(path.join(cwd, 'hello.txt'), 'utf8')).toBe('hello\n');
    expect(fs.readFileSync(path.join(cwd, 'existing.txt'), 'utf8')).toBe('modified content\n');
    const end = client.notifications('codex/event').find((m) => m.params.msg.type === 'patch_apply_end')!;
    expect(end.params.msg).toMatchObject({ call_id: 'call-patch', success: true });
  });

  it('elicitation: denied leaves the files alone and tells the model', async () => {
    const id = client.request('tools/call', { name: 'codex', arguments: { prompt: 'patch', cwd } });
    client.respond((await client.serverRequest('elicitation/create')).id, { action: 'decline' });
    expect((await client.response(id)).result.content[0].text).toBe('patched');
    untouched();
    expect(server.model.toolOutput('call-patch')).toBe('patch rejected by user');
  });

  it('conversation API: applyPatchApproval carries file_changes; approved applies, denied does not', async () => {
    const { conversationId } = (await client.call('newConversation', { cwd })).result as { conversationId: string };
    await client.call('addConversationListener', { conversationId });
    await client.call('sendUserMessage', { conversationId, items: [{ type: 'text', data: { text: 'patch' } }] });
    const question = await client.serverRequest('applyPatchApproval');
    expect(question.params).toEqual({ conversation_id: conversationId, call_id: 'call-patch', file_changes: changes() });
    client.respond(question.id, { decision: 'approved' });
    await client.waitFor((m) => m.method === 'codex/event/task_complete');
    expect(fs.readFileSync(path.join(cwd, 'hello.txt'), 'utf8')).toBe('hello\n');

    fs.rmSync(path.join(cwd, 'hello.txt'));
    fs.writeFileSync(path.join(cwd, 'existing.txt'), 'original content\n');
    server.model.push([functionCall('shell', { command: ['apply_patch', PATCH] }, 'call-again'), completed()], answer('not this time'));
    const from = client.messages.length;
    await client.call('sendUserMessage', { conversationId, items: [{ type: 'text', data: { text: 'again' } }] });
    const second = await client.waitFor((m) => m.method === 'applyPatchApproval', 10000, from);
    client.respond(second.id, { decision: 'denied' });
    await client.waitFor((m) => m.method === 'codex/event/task_complete', 10000, from);
    untouched();
  });
});
