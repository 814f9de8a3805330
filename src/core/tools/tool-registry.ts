import { inject, injectable } from 'inversify';
import type { ToolSpec } from '../../model/model-types';
import { ApplyPatchTool } from './apply-patch-tool';
import { PlanTool } from './plan-tool';
import { ShellTool } from './shell-tool';
import type { Tool, ToolCallContext, TurnContext } from './tool-types';

export const ToolRegistry = Symbol('ToolRegistry');
/** The function tools offered to the model and the dispatch of its calls. */
export interface ToolRegistry {
  /** Specs for this turn, in the order upstream sends them: shell, update_plan, apply_patch. */
  specs(turn: TurnContext): ToolSpec[];
  /** Run one call; unknown names get upstream's `unsupported call: <name>` output. */
  dispatch(name: string, args: string, ctx: ToolCallContext): Promise<string>;
}

@injectable()
export class ToolRegistryImpl implements ToolRegistry {
  private readonly tools: Tool[];

  constructor(
    @inject(ShellTool) shell: ShellTool,
    @inject(PlanTool) plan: PlanTool,
    @inject(ApplyPatchTool) applyPatch: ApplyPatchTool,
  ) {
    this.tools = [shell, plan, applyPatch];
  }

  specs(turn: TurnContext): ToolSpec[] {
    const specs: ToolSpec[] = [];
    for (const tool of this.tools) {
      const spec = tool.spec(turn);
      if (spec) specs.push(spec);
    }
    return specs;
  }

  async dispatch(name: string, args: string, ctx: ToolCallContext): Promise<string> {
    // "container.exec" is the shell tool's legacy name.
    const wanted = name === 'container.exec' ? 'shell' : name;
    // As upstream, a known tool is served even when this turn did not offer it.
    const tool = this.tools.find((t) => t.name === wanted);
    if (!tool) return `unsupported call: ${name}`;
    return tool.handle(args, ctx);
  }
}
