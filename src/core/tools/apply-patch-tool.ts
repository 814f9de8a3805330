import { inject, injectable } from 'inversify';
import { applyPatchToolSpec, maybeParseApplyPatchVerified } from '../../apply-patch';
import type { ToolSpec } from '../../model/model-types';
import { ApplyPatchToolArgsDto } from '../../protocol/dto/model-tool-dtos';
import { parseToolArguments } from '../../protocol/dto/tool-arguments';
import { PatchRunner } from './patch-runner';
import type { Tool, ToolCallContext, TurnContext } from './tool-types';

/** The `apply_patch {input}` function tool, offered when `include_apply_patch_tool` is set. */
@injectable()
export class ApplyPatchTool implements Tool {
  readonly name = 'apply_patch';

  constructor(@inject(PatchRunner) private readonly patches: PatchRunner) {}

  spec(turn: TurnContext): ToolSpec | undefined {
    return turn.config.include_apply_patch_tool ? applyPatchToolSpec() : undefined;
  }

  async handle(args: string, ctx: ToolCallContext): Promise<string> {
    const parsed = parseToolArguments(ApplyPatchToolArgsDto, args);
    if (!parsed.ok) return parsed.error;
    const patch = await maybeParseApplyPatchVerified(['apply_patch', parsed.value.input], ctx.turn.cwd, ctx.patchWriter?.readTextFile);
    if (patch.kind === 'patch') return this.patches.run(patch.action, ctx);
    if (patch.kind === 'error') return `error: ${patch.message}`;
    return 'error: not an apply_patch invocation';
  }
}
