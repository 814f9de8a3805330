/**
 * The conversation history and the model stream, in the Responses API's shapes. The core keeps
 * history as ResponseItem[]; the Chat Completions client converts to and from messages.
 */
import type { CodexConfig } from '../config/config-types';
import type { ReasoningEffort, ReasoningSummary } from '../protocol/common-types';

/** One part of a message's content: user text, a user image (data or https URL), or model text. */
export type ContentItem =
  | { type: 'input_text'; text: string }
  | { type: 'input_image'; image_url: string }
  | { type: 'output_text'; text: string };

/** One item of the conversation history, in the Responses API's input/output shape. */
export type ResponseItem =
  | { type: 'message'; id?: string | null; role: 'user' | 'assistant' | 'system' | 'developer'; content: ContentItem[] }
  | { type: 'function_call'; id?: string | null; name: string; arguments: string; call_id: string }
  | { type: 'function_call_output'; call_id: string; output: string }
  | {
      type: 'reasoning';
      id: string;
      summary: { type: 'summary_text'; text: string }[];
      content?: { type: 'reasoning_text'; text: string }[];
      encrypted_content?: string | null;
    };

/** A function tool offered to the model (Responses shape; the chat client re-wraps it). */
export interface ToolSpec {
  /** Always `function`: the only tool kind this server offers. */
  type: 'function';
  /** The name the model calls the tool by (`shell`, `update_plan`, ...). */
  name: string;
  /** What the tool does, shown to the model. */
  description: string;
  /** Whether the provider must enforce `parameters` exactly (structured outputs). */
  strict: boolean;
  /** JSON Schema of the tool's arguments object. */
  parameters: Record<string, unknown>;
}

/** Token counts the provider reported for one response. */
export interface TokenUsage {
  /** Prompt tokens, cached ones included. */
  input_tokens: number;
  /** Prompt tokens served from the provider's cache; null when the provider does not say. */
  cached_input_tokens: number | null;
  /** Generated tokens, reasoning included. */
  output_tokens: number;
  /** Generated tokens spent on reasoning; null when the provider does not say. */
  reasoning_output_tokens: number | null;
  /** Prompt plus generated tokens. */
  total_tokens: number;
}

/** One model request. */
export interface Prompt {
  /** Base instructions (system prompt). */
  instructions: string;
  /** Full history including the environment context message and the new user input. */
  input: ResponseItem[];
  /** Tools the model may call in this request. */
  tools: ToolSpec[];
  /** Per-turn overrides (sendUserTurn); fall back to the client's config when absent. */
  model?: string;
  /** Reasoning effort for this turn; absent means the config's `model_reasoning_effort`. */
  effort?: ReasoningEffort;
  /** Reasoning summary mode for this turn; absent means the config's `model_reasoning_summary`. */
  summary?: ReasoningSummary;
}

/** One event of a model stream, normalized from either wire. */
export type ResponseEvent =
  | { type: 'created' }
  /** A complete output item (assistant message, function call, reasoning). */
  | { type: 'output_item_done'; item: ResponseItem }
  | { type: 'output_text_delta'; delta: string }
  | { type: 'reasoning_summary_delta'; delta: string }
  | { type: 'reasoning_content_delta'; delta: string }
  /** The stream failed and is being retried (the core emits `stream_error`). */
  | { type: 'retrying'; message: string; attempt: number; max: number }
  | { type: 'completed'; response_id: string; token_usage?: TokenUsage };

/** A user-facing model failure after retries ran out (message goes into the `error` event). */
export class ModelError extends Error {
  override readonly name = 'ModelError';
}

/** Talks to one provider for one conversation. */
export interface ModelClient {
  /**
   * Send the prompt and stream the answer. Retries (request_max_retries, stream_max_retries,
   * idle timeout) happen inside; when they run out the iterator throws ModelError.
   * Aborting `signal` ends the stream promptly (the iterator throws an AbortError or returns).
   */
  stream(prompt: Prompt, signal: AbortSignal): AsyncIterable<ResponseEvent>;
}

export const ModelClientFactory = Symbol('ModelClientFactory');
/** Makes the ModelClient for a conversation (injected under the same-named symbol). */
export interface ModelClientFactory {
  /** A client for a session; `conversationId` feeds `prompt_cache_key` and the `session_id` header. */
  create(config: CodexConfig, conversationId: string): ModelClient;
}
