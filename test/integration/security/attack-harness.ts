/**
 * A hostile model against the built server: each attack is a scripted list of tool calls, every
 * approval request is answered "denied", and the test then checks the sentinel tree outside the
 * writable roots byte for byte.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { McpProcess, type JsonRpcMessage } from '../../support/mcp-process';
import { MockModelServer, reply, type MockReply, type RecordedRequest } from '../../support/mock-model-server';
import { sandboxTestsEnabled } from '../exec/exec-test-helpers';

/** workspace-write without /tmp and $TMPDIR: the test directories live under /tmp. */
export const WORKSPACE_WITHOUT_TMP = '\n[sandbox_workspace_write]\nexclude_slash_tmp = true\nexclude_tmpdir_env_var = true\n';

export type Snapshot = Record<string, string>;

/** Every entry under `dir`: type, mode, content or link target (symlinks not followed). */
export function snapshotTree(dir: string): Snapshot {
  const out: Snapshot = {};
  const walk = (d: string) => {
    for (const name of fs.readdirSync(d).sort()) {
      const p = path.join(d, name);
      const st = fs.lstatSync(p);
      const rel = path.relative(dir, p);
      if (st.isSymbolicLink()) out[rel] = `link ${fs.readlinkSync(p)}`;
      else if (st.isDirectory()) {
        out[rel] = `dir ${(st.mode & 0o7777).toString(8)}`;
        walk(p);
      } else out[rel] = `file ${(st.mode & 0o7777).toString(8)} ino=${st.ino} ${fs.readFileSync(p, 'utf8')}`;
    }
  };
  walk(dir);
  return out;
}

/** One attack's directories: `cwd` is the session root, `outside` a sentinel tree next to it. */
export interface Arena {
  base: string;
  cwd: string;
  outside: string;
  /** The sentinel tree as it was before the attack. */
  before: Snapshot;
}

export function makeArena(setup?: (a: { base: string; cwd: string; outside: string }) => void): Arena {
  const base = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'attack-')));
  const cwd = path.join(base, 'project');
  const outside = path.join(base, 'outside');
  fs.mkdirSync(cwd);
  fs.mkdirSync(path.join(outside, 'dir'), { recursive: true });
  fs.writeFileSync(path.join(outside, 'target.txt'), 'original outside\n');
  fs.writeFileSync(path.join(outside, 'dir', 'nested.txt'), 'nested outside\n');
  fs.writeFileSync(path.join(cwd, 'inside.txt'), 'inside\n');
  setup?.({ base, cwd, outside });
  return { base, cwd, outside, before: snapshotTree(outside) };
}

/** The built server with a mock model; every elicitation is denied and recorded. */
export class AttackServer {
  readonly asked: JsonRpcMessage[] = [];

  private constructor(
    readonly mock: MockModelServer,
    readonly p: McpProcess,
  ) {
    p.onMessage((m) => {
      if (m.method !== 'elicitation/create') return;
      this.asked.push(m);
      p.respond(m.id, { decision: 'denied' });
    });
  }

  static async start(): Promise<AttackServer> {
    const mock = await MockModelServer.start();
    const p = await McpProcess.start({ configToml: mock.configToml() + WORKSPACE_WITHOUT_TMP, env: { TMPDIR: undefined } });
    await p.initialize({ elicitation: {} });
    return new AttackServer(mock, p);
  }

  async close(): Promise<void> {
    await this.p.close();
    await this.mock.close();
  }

  /**
   * One `codex` tool call running `steps` (then a final text). Returns the approvals asked
   * during it, the events of the call and what the model was told for each call id.
   */
  async attack(
    arena: Arena,
    steps: MockReply[],
    opts: { approvalPolicy?: string; sandbox?: string; config?: Record<string, unknown> } = {},
  ): Promise<{ asked: JsonRpcMessage[]; events: { type: string; [k: string]: any }[]; output: (callId: string) => string | undefined }> {
    const askedBefore = this.asked.length;
    const requestsBefore = this.mock.requests.length;
    this.mock.enqueue(...steps, reply.text('attack over'));
    const id = this.p.request('tools/call', {
      name: 'codex',
      arguments: {
        prompt: 'attack',
        cwd: arena.cwd,
        'approval-policy': opts.approvalPolicy ?? 'on-request',
        sandbox: opts.sandbox ?? 'workspace-write',
        ...(opts.config ? { config: opts.config } : {}),
      },
    });
    const res = await this.p.response(id, 20_000);
    if (res.error) throw new Error(`codex call failed: ${JSON.stringify(res.error)}`);
    const events = this.p
      .notifications('codex/event')
      .filter((m) => m.params._meta.requestId === id)
      .map((m) => m.params.msg);
    const requests = this.mock.requests.slice(requestsBefore);
    return { asked: this.asked.slice(askedBefore), events, output: (callId) => toolOutput(requests, callId) };
  }
}

/** What the model was given as the output of `callId`, in any of `requests`. */
function toolOutput(requests: RecordedRequest[], callId: string): string | undefined {
  for (const req of requests) {
    const found =
      req.wire === 'chat'
        ? req.body.messages.find((m: { role: string; tool_call_id?: string }) => m.role === 'tool' && m.tool_call_id === callId)?.content
        : req.body.input.find((i: { type: string; call_id?: string }) => i.type === 'function_call_output' && i.call_id === callId)?.output;
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The `codex_call_id`s of approval requests, with their kind. */
export const askedAbout = (asked: JsonRpcMessage[]) => asked.map((m) => `${m.params.codex_elicitation}:${m.params.codex_call_id}`);

/** `describe` when real bwrap works here (always in CI, where a missing sandbox must fail). */
export const describeSandbox = sandboxTestsEnabled().run ? describe : describe.skip;

/** One server for the enclosing describe block: started before its tests, closed after. */
export function attackServerPerSuite(): () => AttackServer {
  let server: AttackServer | undefined;
  beforeAll(async () => {
    server = await AttackServer.start();
  });
  afterAll(async () => {
    await server?.close();
  });
  return () => {
    if (!server) throw new Error('attack server not started');
    return server;
  };
}
