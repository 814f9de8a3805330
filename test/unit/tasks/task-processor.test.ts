import * as fs from 'node:fs';
import * as path from 'node:path';
import { answer, completed, functionCall, hangingStep } from '../../support/scripted-model';
import { FakeExecRunner } from '../../support/fake-exec-runner';
import { InMemoryServer, workDir, type InMemoryClient } from '../../support/in-memory-server';

const RELATED_TASK = 'io.modelcontextprotocol/related-task';

describe('TaskProcessor (MCP tasks over an in-memory connection)', () => {
  let server: InMemoryServer;
  let client: InMemoryClient;
  let exec: FakeExecRunner;
  beforeEach(async () => {
    exec = new FakeExecRunner();
    server = new InMemoryServer({ approvalPolicy: 'untrusted', exec });
    client = server.connect();
    await client.initialize({ elicitation: {} }, '2025-11-25');
  });
  afterEach(async () => {
    expect(client.violations()).toEqual([]);
    await server.dispose();
  });

  const startTask = async (prompt: string, ttl?: number) => {
    const res = await client.call('tools/call', { name: 'codex', arguments: { prompt, cwd: workDir() }, task: ttl === undefined ? {} : { ttl } });
    return res.result.task as { taskId: string; status: string; ttl: number; pollInterval: number };
  };
  const statusOf = (taskId: string, status: string) =>
    client.waitFor((m) => m.method === 'notifications/tasks/status' && m.params.taskId === taskId && m.params.status === status);

  it('a task-augmented tools/call answers a working task at once; tasks/result waits for the CallToolResult', async () => {
    server.model.push(answer('task done'));
    const task = await startTask('go', 5000);
    expect(task).toEqual({ taskId: expect.stringMatching(/^[0-9a-f]{32}$/), status: 'working', createdAt: expect.any(String), lastUpdatedAt: expect.any(String), ttl: 5000, pollInterval: 250 });
    const result = await client.call('tasks/result', { taskId: task.taskId });
    expect(result.result).toMatchObject({ content: [{ text: 'task done', type: 'text' }], _meta: { [RELATED_TASK]: { taskId: task.taskId } } });
    expect((await statusOf(task.taskId, 'completed')).params).toMatchObject({ taskId: task.taskId, status: 'completed' });
    expect((await client.call('tasks/get', { taskId: task.taskId })).result.status).toBe('completed');
    expect((await client.call('tasks/list', {})).result.tasks.map((t: { taskId: string }) => t.taskId)).toEqual([task.taskId]);
    // Recorded in CODEX_HOME so a restarted server still answers for it.
    expect(fs.existsSync(path.join(server.codexHome, 'tasks', `${task.taskId}.json`))).toBe(true);
  });

  it('tasks/cancel stops a working task: status cancelled, the turn is interrupted; cancelling again is -32602', async () => {
    let asked!: () => void;
    const modelAsked = new Promise<void>((resolve) => (asked = resolve));
    server.model.push(hangingStep([], asked));
    const task = await startTask('long');
    await modelAsked;
    const cancelled = await client.call('tasks/cancel', { taskId: task.taskId });
    expect(cancelled.result).toMatchObject({ taskId: task.taskId, status: 'cancelled', statusMessage: 'Cancelled by the client' });
    await client.waitFor((m) => m.method === 'codex/event' && m.params.msg.type === 'turn_aborted');
    const again = await client.call('tasks/cancel', { taskId: task.taskId });
    expect(again.error).toEqual({ code: -32602, message: `Cannot cancel task ${task.taskId}: it is already cancelled` });
  });

  it('an unknown task id is -32602 for get, result and cancel', async () => {
    for (const method of ['tasks/get', 'tasks/result', 'tasks/cancel']) {
      expect((await client.call(method, { taskId: 'f'.repeat(32) })).error).toEqual({ code: -32602, message: `Unknown task: ${'f'.repeat(32)}` });
    }
  });

  it('an approval inside a task: the elicitation carries the related task and the task is input_required meanwhile', async () => {
    server.model.push([functionCall('shell', { command: ['touch', 'x.txt'] }, 'call-1'), completed()], answer('approved and done'));
    const task = await startTask('needs approval');
    const question = await client.serverRequest('elicitation/create');
    expect(question.params._meta).toMatchObject({ [RELATED_TASK]: { taskId: task.taskId }, codex_call_id: 'call-1' });
    await statusOf(task.taskId, 'input_required');
    client.respond(question.id, { decision: 'approved' });
    const result = await client.call('tasks/result', { taskId: task.taskId });
    expect(result.result.content[0].text).toBe('approved and done');
    expect(exec.calls).toHaveLength(1);
    const statuses = client.notifications('notifications/tasks/status').map((m) => m.params.status);
    expect(statuses).toEqual(['input_required', 'working', 'completed']);
  });

  it('a failed run is a failed task whose result is the error CallToolResult', async () => {
    const res = await client.call('tools/call', { name: 'codex', arguments: { prompt: 'x', profile: 'nope' }, task: {} });
    const { taskId } = res.result.task as { taskId: string };
    const result = await client.call('tasks/result', { taskId });
    expect(result.result).toMatchObject({ isError: true, content: [{ text: 'Failed to load Codex configuration from overrides: config profile `nope` not found', type: 'text' }] });
    expect((await client.call('tasks/get', { taskId })).result).toMatchObject({ status: 'failed', statusMessage: 'Failed to load Codex configuration from overrides: config profile `nope` not found' });
  });

  it('a client of an older protocol gets no task: the call runs as a plain tools/call', async () => {
    const old = server.connect();
    await old.initialize({}, '2025-06-18');
    server.model.push(answer('plain'));
    const res = await old.call('tools/call', { name: 'codex', arguments: { prompt: 'x', cwd: workDir() }, task: {} });
    expect(res.result.content).toEqual([{ text: 'plain', type: 'text' }]);
    expect(res.result.task).toBeUndefined();
    expect(old.violations()).toEqual([]);
  });
});
