import { inject, injectable } from 'inversify';
import type { ToolSpec } from '../../model/model-types';
import { ApplyPatchTool } from './apply-patch-tool';
import { PlanTool } from './plan-tool';
import { ShellTool } from './shell-tool';
import { ToolRegistry, type Tool, type ToolCallContext, type TurnContext } from './tool-types';

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
