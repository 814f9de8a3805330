import { injectable } from 'inversify';
import type { CallToolResult, CodexToolRunner } from './codex-tool-runner';

/** Placeholder until the agent core lands: answers every tool call with a clear isError result. */
@injectable()
export class PendingToolRunner implements CodexToolRunner {
  async runCodex(): Promise<CallToolResult> {
    return { content: [{ type: 'text', text: 'The codex tool is not available in this build yet.' }], isError: true };
  }
  async runCodexReply(): Promise<CallToolResult> {
    return this.runCodex();
  }
  cancel(): void {}
}
