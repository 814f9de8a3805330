import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CodexConfig, ModelProviderInfo } from '../../../src/config/config-types';
import type { ModelClient, ModelClientFactory, Prompt, ResponseEvent, ResponseItem } from '../../../src/model/model-types';
import type { Event, EventMsg } from '../../../src/protocol/events';
import type { Conversation } from '../../../src/core/conversation';

export const PROVIDER: ModelProviderInfo = {
  id: 'mock_provider',
  name: 'Mock provider',
  base_url: 'http://127.0.0.1:1/v1',
  wire_api: 'chat',
  request_max_retries: 0,
  stream_max_retries: 0,
  stream_idle_timeout_ms: 300000,
  requires_openai_auth: false,
};

export function makeConfig(overrides: Partial<CodexConfig> = {}): CodexConfig {
  return {
    codex_home: '/nonexistent-codex-home',
    model: 'mock-model',
    model_provider_id: 'mock_provider',
    model_provider: PROVIDER,
    model_providers: { mock_provider: PROVIDER },
    model_reasoning_summary: 'auto',
    approval_policy: 'never',
    sandbox_policy: { mode: 'danger-full-access' },
    shell_environment_policy: { inherit: 'all', ignore_default_excludes: false, exclude: [], set: {}, include_only: [] },
    cwd: '/tmp',
    include_plan_tool: false,
    include_apply_patch_tool: false,
    preferred_auth_method: 'chatgpt',
    chatgpt_base_url: 'https://chatgpt.com/backend-api/',
    project_doc_max_bytes: 32 * 1024,
    history: { persistence: 'save-all' },
    mcp_approval_timeout_ms: 600000,
    ...overrides,
  };
}

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

/** Collects a conversation's events and lets tests wait for one. */
export class EventLog {
  readonly events: Event[] = [];
  private waiters: { match: (e: Event) => boolean; resolve: (e: Event) => void }[] = [];

  constructor(conversation?: Conversation) {
    if (conversation) conversation.subscribe((e) => this.push(e));
  }

  push(event: Event): void {
    this.events.push(event);
    const waiting = this.waiters;
    this.waiters = [];
    for (const w of waiting) {
      if (w.match(event)) w.resolve(event);
      else this.waiters.push(w);
    }
  }

  types(): string[] {
    return this.events.map((e) => e.msg.type);
  }

  of<T extends EventMsg['type']>(type: T): Extract<EventMsg, { type: T }>[] {
    return this.events.filter((e) => e.msg.type === type).map((e) => e.msg as Extract<EventMsg, { type: T }>);
  }

  /** The `count`-th event of `type` (already seen or still to come), within 5 s. */
  waitFor(type: EventMsg['type'], count = 1): Promise<Event> {
    const seen = this.events.filter((e) => e.msg.type === type);
    if (seen.length >= count) return Promise.resolve(seen[count - 1]);
    let n = seen.length;
    return new Promise<Event>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${type} #${count}; saw ${this.types().join(',')}`)), 5000);
      this.waiters.push({
        match: (e) => e.msg.type === type && ++n >= count,
        resolve: (e) => {
          clearTimeout(timer);
          resolve(e);
        },
      });
    });
  }
}

export async function tempDir(prefix = 'core-test-'): Promise<string> {
  return fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), prefix)));
}

export function userText(item: ResponseItem): string | undefined {
  if (item.type !== 'message' || item.role !== 'user') return undefined;
  return item.content.map((c) => (c.type === 'input_text' ? c.text : '')).join('');
}
