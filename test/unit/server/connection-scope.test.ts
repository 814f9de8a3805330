import 'reflect-metadata';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Container } from 'inversify';
import type { MessageConnection } from 'vscode-jsonrpc/node';
import { createContainer, disposeContainer } from '../../../src/container';
import { ConversationManager } from '../../../src/core/conversation';
import { ConnectionScopeFactory, ConnectionScopes } from '../../../src/server/connection-scope';
import type { ConnectionSession } from '../../../src/server/connection-session';
import { inMemoryConnection } from '../../support/in-memory-connection';
import { MockModelServer, reply } from '../../support/mock-model-server';
import { MemoryLoggerFactory } from '../../support/test-logger';

type Params = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const tmpdir = (prefix: string) => fs.mkdtempSync(path.join(os.tmpdir(), prefix));

/** One client of the shared root: its connection, what it was told, the questions it was asked. */
interface Client {
  rpc: MessageConnection;
  session: ConnectionSession;
  notifications: { method: string; params: Params }[];
  asked: { method: string; params: Params; answer: (r: unknown) => void }[];
  close(): void;
  /** Resolves with the first notification (past or future) that matches. */
  notified(pred: (method: string, params: Params) => boolean): Promise<Params>;
  /** Resolves with the next server→client request of this method. */
  question(method: string): Promise<{ params: Params; answer: (r: unknown) => void }>;
}

describe('connection scopes (root container shared by in-memory connections)', () => {
  let mock: MockModelServer;
  let root: Container;
  let codexHome: string;
  const savedHome = process.env.CODEX_HOME;
  let loggers: MemoryLoggerFactory;

  beforeEach(async () => {
    mock = await MockModelServer.start();
    codexHome = tmpdir('codex-home-');
    fs.writeFileSync(path.join(codexHome, 'config.toml'), mock.configToml({ approvalPolicy: 'untrusted' }));
    process.env.CODEX_HOME = codexHome;
    loggers = new MemoryLoggerFactory();
    root = createContainer({ server: { configOverrides: [], version: '0.0.0-test' }, loggerFactory: loggers });
  });
  afterEach(async () => {
    await disposeContainer(root);
    await mock.close();
    process.env.CODEX_HOME = savedHome;
  });

  async function connect(): Promise<Client> {
    const pipe = inMemoryConnection(loggers);
    const session = root.get<ConnectionScopeFactory>(ConnectionScopeFactory)(pipe.transport);
    void session.serve();
    const notifications: Client['notifications'] = [];
    const asked: Client['asked'] = [];
    const listeners: (() => void)[] = [];
    const changed = () => listeners.splice(0).forEach((l) => l());
    const onQuestion = (method: string) => (params: Params) =>
      new Promise((answer) => {
        asked.push({ method, params, answer });
        changed();
      });
    pipe.client.onRequest('elicitation/create', onQuestion('elicitation/create'));
    pipe.client.onRequest('execCommandApproval', onQuestion('execCommandApproval'));
    pipe.client.onNotification((method, params) => {
      notifications.push({ method, params: params as Params });
      changed();
    });
    pipe.client.listen();
    const until = <T>(find: () => T | undefined): Promise<T> =>
      new Promise((resolve) => {
        const check = () => {
          const found = find();
          if (found !== undefined) resolve(found);
          else listeners.push(check);
        };
        check();
      });
    let seen = 0;
    const client: Client = {
      rpc: pipe.client,
      session,
      notifications,
      asked,
      close: () => pipe.close(),
      notified: (pred) => until(() => notifications.find((n) => pred(n.method, n.params))?.params),
      question: (method) =>
        until(() => {
          const q = asked.slice(seen).find((a) => a.method === method);
          if (q) seen = asked.indexOf(q) + 1;
          return q;
        }),
    };
    await pipe.client.sendRequest('initialize', { protocolVersion: '2025-06-18', capabilities: { elicitation: {} }, clientInfo: { name: 'test', version: '1' } });
    return client;
  }

  it('stdio-style: each connection gets its own scope over one shared core', async () => {
    const a = await connect();
    const b = await connect();
    expect(root.get<ConnectionScopes>(ConnectionScopes).sessions).toEqual([a.session, b.session]);
    a.close();
    await a.session.closed;
    expect(root.get<ConnectionScopes>(ConnectionScopes).sessions).toEqual([b.session]);
    // initialize is per connection: B may not initialize twice, a new connection may.
    await expect(b.rpc.sendRequest('initialize', { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 't', version: '1' } })).rejects.toThrow(/more than once/);
    await connect();
  });

  it('closing a connection cancels only its own calls; the other connection is still asked and answered', async () => {
    const a = await connect();
    const b = await connect();
    const cwdA = tmpdir('codex-work-a-');
    const cwdB = tmpdir('codex-work-b-');
    mock.enqueue(reply.shell('call-a', ['touch', 'a.txt'], { workdir: cwdA }));
    const callA = a.rpc.sendRequest('tools/call', { name: 'codex', arguments: { prompt: 'make a', cwd: cwdA } });
    const askedA = await a.question('elicitation/create');
    expect(askedA.params.codex_call_id).toBe('call-a');
    mock.enqueue(reply.shell('call-b', ['touch', 'b.txt'], { workdir: cwdB }), reply.text('finished b'));
    const callB = b.rpc.sendRequest('tools/call', { name: 'codex', arguments: { prompt: 'make b', cwd: cwdB } });
    const askedB = await b.question('elicitation/create');
    const sessionA = (await a.notified((m, p) => m === 'codex/event' && p.msg.type === 'session_configured')).msg.session_id as string;

    a.close();
    await a.session.closed;
    void callA.catch(() => undefined);
    const conversationA = root.get<ConversationManager>(ConversationManager).getConversation(sessionA);
    expect(conversationA?.isRunning()).toBe(false);

    askedB.answer({ decision: 'approved' });
    const result = (await callB) as Params;
    expect(result.content[0].text).toBe('finished b');
    expect(fs.existsSync(path.join(cwdB, 'b.txt'))).toBe(true);
    expect(fs.existsSync(path.join(cwdA, 'a.txt'))).toBe(false);
  });

  it("a conversation's events and approval questions go to the connection that subscribed", async () => {
    const a = await connect();
    const b = await connect();
    const cwd = tmpdir('codex-work-');
    const created = (await a.rpc.sendRequest('newConversation', { cwd })) as { conversationId: string };
    await b.rpc.sendRequest('addConversationListener', { conversationId: created.conversationId });
    mock.enqueue(reply.shell('call-1', ['touch', 'made.txt'], { workdir: cwd }), reply.text('all done'));
    await a.rpc.sendRequest('sendUserMessage', { conversationId: created.conversationId, items: [{ type: 'text', data: { text: 'go' } }] });
    const question = await b.question('execCommandApproval');
    expect(question.params).toEqual({ conversation_id: created.conversationId, call_id: 'call-1', command: ['touch', 'made.txt'], cwd });
    question.answer({ decision: 'approved' });
    const done = await b.notified((m) => m === 'codex/event/task_complete');
    expect(done.msg.last_agent_message).toBe('all done');
    expect(fs.existsSync(path.join(cwd, 'made.txt'))).toBe(true);
    expect(a.notifications.filter((n) => n.method.startsWith('codex/event/'))).toEqual([]);
    expect(a.asked).toEqual([]);
  });

  it('a closed connection stops hearing auth changes; the others still do', async () => {
    const a = await connect();
    const b = await connect();
    a.close();
    await a.session.closed;
    await b.rpc.sendRequest('loginApiKey', { apiKey: 'sk-test-key-123' });
    await b.notified((m) => m === 'codex/event/auth_status_change');
    expect(a.notifications.filter((n) => n.method === 'codex/event/auth_status_change')).toEqual([]);
    expect(loggers.lines.filter((l) => l.includes('notification dropped'))).toEqual([]);
  });
});
