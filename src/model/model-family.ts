/**
 * What a model slug implies for the request, after the reference's `model_family.rs`: only the
 * reasoning families get a `reasoning` parameter, only GPT-5 takes `text.verbosity`.
 */

/** o-series (`o1`, `o3`, `o4-mini`…), `codex-*` and `gpt-5*` accept `reasoning: {effort, summary}`. */
export function supportsReasoning(model: string): boolean {
  return /^o\d/.test(model) || model.startsWith('codex-') || model.startsWith('gpt-5');
}

/** `text: {verbosity}` is a GPT-5 parameter. */
export function supportsVerbosity(model: string): boolean {
  return model.startsWith('gpt-5');
}
