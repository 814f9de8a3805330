import { inject, injectable } from 'inversify';
import { APPLY_PATCH_TOOL_SPEC, maybeParseApplyPatchVerified } from '../../apply-patch';
import type { ToolSpec } from '../../model/model-types';
import { PatchRunner } from './patch-runner';
import type { Tool, ToolCallContext, TurnContext } from './tool-types';

/** The `apply_patch {input}` function tool, offered when `include_apply_patch_tool` is set. */
@injectable()
export class ApplyPatchTool implements Tool {
  readonly name = 'apply_patch';

  constructor(@inject(PatchRunner) private readonly patches: PatchRunner) {}

  spec(turn: TurnContext): ToolSpec | undefined {
    return turn.config.include_apply_patch_tool ? APPLY_PATCH_TOOL_SPEC : undefined;
  }

  async handle(args: string, ctx: ToolCallContext): Promise<string> {
    let input: string;
    try {
      const value = JSON.parse(args) as { input?: unknown } | null;
      if (typeof value !== 'object' || value === null) throw new Error('invalid type: expected struct ApplyPatchToolArgs');
      if (value.input === undefined) throw new Error('missing field `input`');
      if (typeof value.input !== 'string') throw new Error('invalid type for `input`: expected a string');
      input = value.input;
    } catch (err) {
      return `failed to parse function arguments: ${(err as Error).message}`;
    }
    const patch = await maybeParseApplyPatchVerified(['apply_patch', input], ctx.turn.cwd, ctx.patchWriter?.readTextFile);
    if (patch.kind === 'patch') return this.patches.run(patch.action, ctx);
    if (patch.kind === 'error') return `error: ${patch.message}`;
    return 'error: not an apply_patch invocation';
  }
}
