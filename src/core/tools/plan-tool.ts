import { injectable } from 'inversify';
import type { ToolSpec } from '../../model/model-types';
import { UpdatePlanArgsDto } from '../../protocol/dto/model-tool-dtos';
import { parseToolArguments, toolParametersSchema } from '../../protocol/dto/tool-arguments';
import type { Tool, ToolCallContext, TurnContext } from './tool-types';

let spec: ToolSpec | undefined;

/** The `update_plan` spec (upstream plan_tool.rs), its parameters generated from UpdatePlanArgsDto. */
export function planToolSpec(): ToolSpec {
  spec ??= {
    type: 'function',
    name: 'update_plan',
    description:
      'Updates the task plan.\nProvide an optional explanation and a list of plan items, each with a step and status.\nAt most one step can be in_progress at a time.\n',
    strict: false,
    parameters: toolParametersSchema(UpdatePlanArgsDto),
  };
  return spec;
}

/**
 * `update_plan`: does nothing but show the plan to the client (a `plan_update` event with the
 * model's arguments); the model gets "Plan updated".
 */
@injectable()
export class PlanTool implements Tool {
  readonly name = 'update_plan';

  spec(turn: TurnContext): ToolSpec | undefined {
    return turn.config.include_plan_tool ? planToolSpec() : undefined;
  }

  async handle(args: string, ctx: ToolCallContext): Promise<string> {
    const parsed = parseToolArguments(UpdatePlanArgsDto, args);
    if (!parsed.ok) return parsed.error;
    const { explanation, plan } = parsed.value;
    // Only the known keys of each step reach the client.
    ctx.emit({ type: 'plan_update', explanation: explanation ?? null, plan: plan.map(({ step, status }) => ({ step, status })) });
    return 'Plan updated';
  }
}
