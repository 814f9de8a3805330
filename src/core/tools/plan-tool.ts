import { injectable } from 'inversify';
import type { ToolSpec } from '../../model/model-types';
import type { PlanItem } from '../../protocol/events';
import type { Tool, ToolCallContext, TurnContext } from './tool-types';

const PLAN_STATUSES = new Set(['pending', 'in_progress', 'completed']);

/** The `update_plan` spec (upstream plan_tool.rs; properties in BTreeMap order). */
export const PLAN_TOOL_SPEC: ToolSpec = {
  type: 'function',
  name: 'update_plan',
  description:
    'Updates the task plan.\nProvide an optional explanation and a list of plan items, each with a step and status.\nAt most one step can be in_progress at a time.\n',
  strict: false,
  parameters: {
    type: 'object',
    properties: {
      explanation: { type: 'string' },
      plan: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            status: { type: 'string', description: 'One of: pending, in_progress, completed' },
            step: { type: 'string' },
          },
          required: ['step', 'status'],
          additionalProperties: false,
        },
        description: 'The list of steps',
      },
    },
    required: ['plan'],
    additionalProperties: false,
  },
};

/**
 * `update_plan`: does nothing but show the plan to the client (a `plan_update` event with the
 * model's arguments); the model gets "Plan updated".
 */
@injectable()
export class PlanTool implements Tool {
  readonly name = 'update_plan';

  spec(turn: TurnContext): ToolSpec | undefined {
    return turn.config.include_plan_tool ? PLAN_TOOL_SPEC : undefined;
  }

  async handle(args: string, ctx: ToolCallContext): Promise<string> {
    let parsed: { explanation?: string | null; plan: PlanItem[] };
    try {
      parsed = parsePlanArgs(args);
    } catch (err) {
      return `failed to parse function arguments: ${(err as Error).message}`;
    }
    ctx.emit({ type: 'plan_update', explanation: parsed.explanation ?? null, plan: parsed.plan });
    return 'Plan updated';
  }
}

function parsePlanArgs(args: string): { explanation?: string | null; plan: PlanItem[] } {
  const value: unknown = JSON.parse(args);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('expected an object');
  const obj = value as Record<string, unknown>;
  if (obj.explanation !== undefined && obj.explanation !== null && typeof obj.explanation !== 'string') {
    throw new Error('invalid type for `explanation`, expected a string');
  }
  if (!Array.isArray(obj.plan)) throw new Error('missing field `plan`');
  const plan = obj.plan.map((raw, i): PlanItem => {
    const item = raw as Record<string, unknown> | null;
    if (typeof item !== 'object' || item === null) throw new Error(`plan[${i}] is not an object`);
    if (typeof item.step !== 'string') throw new Error(`missing field \`step\` in plan[${i}]`);
    if (typeof item.status !== 'string' || !PLAN_STATUSES.has(item.status)) {
      throw new Error(`unknown variant \`${String(item.status)}\`, expected one of \`pending\`, \`in_progress\`, \`completed\``);
    }
    return { step: item.step, status: item.status as PlanItem['status'] };
  });
  return { explanation: obj.explanation as string | null | undefined, plan };
}
