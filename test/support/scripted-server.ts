/**
 * The built server with a scripted model, for attack tests: start it, let the model run shell
 * calls in one `codex` tool call, read what the model was told.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { McpProcess } from './mcp-process';
import { MockModelServer, reply, type MockReply, type RecordedRequest } from './mock-model-server';

export interface ScriptedServerOptions {
  sandboxMode?: 'read-only' | 'workspace-write' | 'danger-full-access';
  approvalPolicy?: 'untrusted' | 'on-failure' | 'on-request' | 'never';
  /** Appended to config.toml (after the provider table: start with a `[table]` header). */
  extraToml?: string;
  /** Top-level config.toml keys (put before every table). */
  topLevelToml?: string;
  /** Extra environment for the server. */
  env?: Record<string, string | undefined>;
  /** How to answer every elicitation (default: denied). */
  decision?: 'approved' | 'denied';
}

/** What the model was given as the output of call `callId` (chat wire). */
export function toolOutputOf(req: RecordedRequest, callId: string): string | undefined {
  return req.body.messages?.find((m: { role: string; tool_call_id?: string }) => m.role === 'tool' && m.tool_call_id === callId)?.content;
}

export class ScriptedServer {
  private constructor(
    readonly mock: MockModelServer,
    readonly p: McpProcess,
  ) {}

  static async start(opts: ScriptedServerOptions = {}): Promise<ScriptedServer> {
    const mock = await MockModelServer.start();
    const p = await McpProcess.start({
      configToml:
        (opts.topLevelToml ?? '') +
        mock.configToml({ approvalPolicy: opts.approvalPolicy ?? 'never', sandboxMode: opts.sandboxMode ?? 'workspace-write' }) +
        (opts.extraToml ?? ''),
      env: { TMPDIR: undefined, ...opts.env },
    });
    await p.initialize({ elicitation: {} });
    p.onMessage((m) => {
      if (m.method === 'elicitation/create') p.respond(m.id, { decision: opts.decision ?? 'denied' });
    });
    return new ScriptedServer(mock, p);
  }

  /** Start one `codex` call in `cwd` whose model runs `replies` in order; returns the request id. */
  begin(cwd: string, ...replies: MockReply[]): string | number {
    this.mock.enqueue(...replies, reply.text('done'));
    return this.p.request('tools/call', { name: 'codex', arguments: { prompt: 'attack', cwd } });
  }

  /** Run `replies` to the end of the turn; returns what the model was told for each call id. */
  async run(cwd: string, ...replies: MockReply[]): Promise<(callId: string) => string | undefined> {
    const id = this.begin(cwd, ...replies);
    await this.p.response(id, 30_000);
    return (callId) => {
      for (const req of this.mock.requests) {
        const out = toolOutputOf(req, callId);
        if (out !== undefined) return out;
      }
      return undefined;
    };
  }

  /** The `output` text of a command the model ran (the JSON the reference sends). */
  static commandOutput(text: string | undefined): { output: string; exitCode: number } {
    const parsed = JSON.parse(text ?? 'null') as { output: string; metadata: { exit_code: number } } | null;
    if (!parsed) throw new Error(`not a command result: ${text}`);
    return { output: parsed.output, exitCode: parsed.metadata.exit_code };
  }

  async close(): Promise<void> {
    await this.p.close();
    await this.mock.close();
  }
}

/** A fresh, canonical temp directory. */
export function tempDir(prefix: string): string {
  return fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
}
