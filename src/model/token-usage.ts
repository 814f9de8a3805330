import { isObject, num } from '../common/json-guards';
import type { TokenUsage } from './model-types';

/**
 * A wire's `usage` object → TokenUsage. The wires name the same counts differently
 * (`input_tokens` / `prompt_tokens`, `output_tokens` / `completion_tokens`); cached and
 * reasoning counts are null when absent.
 */
export function tokenUsageFrom(usage: unknown, names: { input: string; output: string }): TokenUsage | undefined {
  if (!isObject(usage)) return undefined;
  const inputDetails = usage[`${names.input}_tokens_details`];
  const outputDetails = usage[`${names.output}_tokens_details`];
  return {
    input_tokens: num(usage[`${names.input}_tokens`]) ?? 0,
    cached_input_tokens: (isObject(inputDetails) ? num(inputDetails.cached_tokens) : undefined) ?? null,
    output_tokens: num(usage[`${names.output}_tokens`]) ?? 0,
    reasoning_output_tokens: (isObject(outputDetails) ? num(outputDetails.reasoning_tokens) : undefined) ?? null,
    total_tokens: num(usage.total_tokens) ?? 0,
  };
}
