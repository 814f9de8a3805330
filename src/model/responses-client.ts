/**
 * The Responses API wire (`POST {base_url}/responses`, SSE), shaped like the reference's requests
 * (same body shape and key order as Codex 0.25.0) and mapping its stream events onto ResponseEvents.
 */
import type { CodexConfig } from '../config/config-types';
import { isObject } from '../common/json-guards';
import { supportsReasoning, supportsVerbosity } from './model-family';
import type { Prompt, ResponseEvent, ResponseItem, TokenUsage } from './model-types';
import { CODEX_VERSION, ORIGINATOR, type RequestAuth } from './provider-transport';
import type { WireAttempt } from './run-with-retries';
import { WireClient } from './wire-client';
import { StreamError } from './wire-errors';
import { readSse } from './sse-parser';
import { tokenUsageFrom } from './token-usage';

/** What the reference says when 500s outlast the retries on this wire. */
export const HIGH_DEMAND_MESSAGE = "We're currently experiencing high demand, which may cause temporary errors.";

/** The request body, key for key as the reference sends it. */
export function buildResponsesBody(
  prompt: Prompt,
  config: CodexConfig,
  conversationId: string,
  auth: RequestAuth,
): Record<string, unknown> {
  const model = prompt.model ?? config.model;
  let reasoning: Record<string, unknown> | null = null;
  if (supportsReasoning(model)) {
    const summary = prompt.summary ?? config.model_reasoning_summary;
    reasoning = { effort: prompt.effort ?? config.model_reasoning_effort ?? 'medium' };
    if (summary !== 'none') reasoning.summary = summary;
  }
  // ChatGPT accounts cannot store responses; reasoning then travels encrypted in the history.
  const store = auth.mode !== 'chatgpt';
  const body: Record<string, unknown> = {
    model,
    instructions: prompt.instructions,
    input: prompt.input,
    tools: prompt.tools,
    tool_choice: 'auto',
    parallel_tool_calls: false,
    reasoning,
    store,
    stream: true,
    include: !store && reasoning ? ['reasoning.encrypted_content'] : [],
    prompt_cache_key: conversationId,
  };
  if (config.model_verbosity && supportsVerbosity(model)) body.text = { verbosity: config.model_verbosity };
  return body;
}

/** The headers this wire adds to every request. */
export function responsesHeaders(conversationId: string): Record<string, string> {
  return {
    'OpenAI-Beta': 'responses=experimental',
    session_id: conversationId,
    originator: ORIGINATOR,
    version: CODEX_VERSION,
  };
}

/** What one SSE message means for the stream. */
export type MappedResponsesEvent =
  | { kind: 'event'; event: ResponseEvent }
  | { kind: 'completed'; event: ResponseEvent }
  | { kind: 'failed'; error: StreamError }
  | { kind: 'ignored' };

const IGNORED: MappedResponsesEvent = { kind: 'ignored' };
const ITEM_TYPES = new Set(['message', 'function_call', 'function_call_output', 'reasoning']);

/** Map one Responses SSE `data` payload (already parsed) to what the stream should do. */
export function mapResponsesEvent(data: unknown): MappedResponsesEvent {
  if (!isObject(data) || typeof data.type !== 'string') return IGNORED;
  switch (data.type) {
    case 'response.created':
      return { kind: 'event', event: { type: 'created' } };
    case 'response.output_text.delta':
      return typeof data.delta === 'string'
        ? { kind: 'event', event: { type: 'output_text_delta', delta: data.delta } }
        : IGNORED;
    case 'response.reasoning_summary_text.delta':
      return typeof data.delta === 'string'
        ? { kind: 'event', event: { type: 'reasoning_summary_delta', delta: data.delta } }
        : IGNORED;
    case 'response.reasoning_text.delta':
      return typeof data.delta === 'string'
        ? { kind: 'event', event: { type: 'reasoning_content_delta', delta: data.delta } }
        : IGNORED;
    case 'response.output_item.done': {
      const item = data.item;
      if (!isObject(item) || typeof item.type !== 'string' || !ITEM_TYPES.has(item.type)) return IGNORED;
      return { kind: 'event', event: { type: 'output_item_done', item: item as unknown as ResponseItem } };
    }
    case 'response.completed': {
      const response = isObject(data.response) ? data.response : {};
      const event: ResponseEvent = {
        type: 'completed',
        response_id: typeof response.id === 'string' ? response.id : '',
      };
      const usage = mapUsage(response.usage);
      if (usage) event.token_usage = usage;
      return { kind: 'completed', event };
    }
    case 'response.failed':
      return { kind: 'failed', error: failedError(data.response) };
    default:
      return IGNORED;
  }
}

function failedError(response: unknown): StreamError {
  const error = isObject(response) && isObject(response.error) ? response.error : undefined;
  if (!error) return new StreamError('response.failed event received');
  const message = typeof error.message === 'string' ? error.message : '';
  return new StreamError(message, error.code === 'rate_limit_exceeded' ? parseTryAgainIn(message) : undefined);
}

/** "Please try again in 1.898s" / "in 28ms" in rate-limit messages → the wait the server asks for. */
export function parseTryAgainIn(message: string): number | undefined {
  const m = /try again in\s*(\d+(?:\.\d+)?)\s*(s|ms|seconds?)\b/i.exec(message);
  if (!m) return undefined;
  const value = Number(m[1]);
  return m[2].toLowerCase() === 'ms' ? Math.round(value) : Math.round(value * 1000);
}

/** `usage` of a completed response → TokenUsage (cached and reasoning counts are null when absent). */
export function mapUsage(usage: unknown): TokenUsage | undefined {
  return tokenUsageFrom(usage, { input: 'input', output: 'output' });
}

/** Streams turns over the Responses API. */
export class ResponsesClient extends WireClient {
  protected attempt(prompt: Prompt): WireAttempt {
    const { config, conversationId } = this.options;
    return {
      open: (requestSignal) =>
        this.transport.post(
          'responses',
          (auth) => buildResponsesBody(prompt, config, conversationId, auth),
          responsesHeaders(conversationId),
          requestSignal,
        ),
      read: (response, _signal, activity) => this.read(response, activity),
    };
  }

  protected override retryLimitMessage(status: number): string {
    return status === 500 ? HIGH_DEMAND_MESSAGE : super.retryLimitMessage(status);
  }

  private async *read(response: Response, activity: () => void): AsyncGenerator<ResponseEvent, void, undefined> {
    for await (const message of readSse(response.body, activity)) {
      let data: unknown;
      try {
        data = JSON.parse(message.data);
      } catch {
        // The reference skips what it cannot parse.
        this.logger.debug('skipping unparsable SSE event', { event: message.event });
        continue;
      }
      const mapped = mapResponsesEvent(data);
      if (mapped.kind === 'event') yield mapped.event;
      else if (mapped.kind === 'completed') {
        yield mapped.event;
        return;
      } else if (mapped.kind === 'failed') throw mapped.error;
    }
    throw new StreamError('stream closed before response.completed');
  }
}
