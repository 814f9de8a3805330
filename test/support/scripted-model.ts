import type { CodexConfig } from '../../src/config/config-types';
import type { ModelClient, ModelClientFactory, Prompt, ResponseEvent } from '../../src/model/model-types';

/** One scripted model response: a list of events, or a function producing them (may wait on the signal). */
export type ScriptStep = ResponseEvent[] | ((prompt: Prompt, signal: AbortSignal) => AsyncIterable<ResponseEvent>);

/** A ModelClient that answers each request with the next scripted step and records the prompts. */
export class ScriptedModel implements ModelClient, ModelClientFactory {
  readonly prompts: Prompt[] = [];
  readonly created: { config: CodexConfig; conversationId: string }[] = [];

  constructor(readonly script: ScriptStep[] = []) {}

  create(config: CodexConfig, conversationId: string): ModelClient {
    this.created.push({ config, conversationId });
    return this;
  }

  /** What the model was last told a tool call `callId` returned. */
  toolOutput(callId: string): string {
    for (const prompt of [...this.prompts].reverse()) {
      const found = prompt.input.find((i) => i.type === 'function_call_output' && i.call_id === callId);
      if (found?.type === 'function_call_output') return found.output;
    }
    throw new Error(`no output for ${callId}`);
  }

  push(...steps: ScriptStep[]): this {
    this.script.push(...steps);
    return this;
  }

  async *stream(prompt: Prompt, signal: AbortSignal): AsyncIterable<ResponseEvent> {
    this.prompts.push(JSON.parse(JSON.stringify(prompt)) as Prompt);
    const step = this.script.shift();
    if (!step) throw new Error('ScriptedModel: no scripted response left');
    if (Array.isArray(step)) {
      for (const event of step) {
        if (signal.aborted) throw abortError();
        yield event;
      }
      return;
    }
    yield* step(prompt, signal);
  }
}

export function abortError(): Error {
  const err = new Error('This operation was aborted');
  err.name = 'AbortError';
  return err;
}

/** Resolves when `signal` aborts. */
export function whenAborted(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener('abort', () => resolve(), { once: true });
  });
}

/** A step that yields `first` and then hangs until the turn is interrupted. */
export function hangingStep(first: ResponseEvent[] = [], onStart?: () => void): ScriptStep {
  return async function* (_prompt, signal) {
    for (const event of first) yield event;
    onStart?.();
    await whenAborted(signal);
    throw abortError();
  };
}

export const completed = (usage = false): ResponseEvent =>
  usage
    ? {
        type: 'completed',
        response_id: 'resp_1',
        token_usage: { input_tokens: 10, cached_input_tokens: null, output_tokens: 5, reasoning_output_tokens: null, total_tokens: 15 },
      }
    : { type: 'completed', response_id: 'resp_1' };

export function assistantMessage(text: string, id = 'msg_1'): ResponseEvent {
  return { type: 'output_item_done', item: { type: 'message', id, role: 'assistant', content: [{ type: 'output_text', text }] } };
}

export function functionCall(name: string, args: unknown, callId: string): ResponseEvent {
  return {
    type: 'output_item_done',
    item: { type: 'function_call', id: `fc_${callId}`, name, arguments: typeof args === 'string' ? args : JSON.stringify(args), call_id: callId },
  };
}

/** A text answer as one model response. */
export function answer(text: string, usage = false): ResponseEvent[] {
  return [{ type: 'created' }, assistantMessage(text), completed(usage)];
}
