import type { RequestContext } from './method-contribution';

/** MCP CallToolResult as the tools return it. */
export interface CallToolResult {
  content: { text: string; type: 'text' }[];
  isError?: boolean;
  structuredContent?: Record<string, unknown>;
  [key: string]: unknown;
}

export const CodexToolRunner = Symbol('CodexToolRunner');
/** Runs the `codex` and `codex-reply` tools for `tools/call`. */
export interface CodexToolRunner {
  /** `arguments` as the client sent them (not yet validated). `meta` is `params._meta`. */
  runCodex(args: unknown, ctx: RequestContext, meta?: Record<string, unknown>): Promise<CallToolResult | Record<string, unknown>>;
  runCodexReply(args: unknown, ctx: RequestContext, meta?: Record<string, unknown>): Promise<CallToolResult | Record<string, unknown>>;
}
