import type { CallToolResult } from '../protocol/methods';
import type { RequestContext } from './method-contribution';

export const CodexToolRunner = Symbol('CodexToolRunner');
/** Runs the `codex` and `codex-reply` tools for `tools/call`. */
export interface CodexToolRunner {
  /** `arguments` as the client sent them (not yet validated). `meta` is `params._meta`. */
  runCodex(args: unknown, ctx: RequestContext, meta?: Record<string, unknown>): Promise<CallToolResult>;
  /** Same as runCodex, for `codex-reply`: continues an existing conversation. */
  runCodexReply(args: unknown, ctx: RequestContext, meta?: Record<string, unknown>): Promise<CallToolResult>;
}
