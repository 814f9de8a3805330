/**
 * The Chat Completions wire (`POST {base_url}/chat/completions`, SSE). The history stays in the
 * Responses shapes; this file converts it to messages and assembles streamed chunks back into
 * ResponseItems.
 */
import type { ChatCompletionFunctionTool } from 'openai/resources/chat/completions';
import type { CodexConfig } from '../config/config-types';
import type { ContentItem, Prompt, ResponseEvent, ResponseItem, TokenUsage, ToolSpec } from './model-types';
import { isObject } from '../common/json-guards';
import type { WireAttempt } from './run-with-retries';
import { WireClient } from './wire-client';
import { StreamError } from './wire-errors';
import { readSse } from './sse-parser';
import { tokenUsageFrom } from './token-usage';

type ChatContentPart = { type: 'text'; text: string } | { type: 'image_url'; image_url: { url: string } };

/** One entry of an assistant message's `tool_calls` on the Chat Completions wire. */
export interface ChatToolCall {
  /** The function call's `call_id`, echoed back by the matching `tool` message. */
  id: string;
  /** Always `function`: the only tool kind this server offers. */
  type: 'function';
  /** Which tool to run and its JSON-encoded arguments, as the model produced them. */
  function: {
    /** The tool's name as offered in `tools`. */
    name: string;
    /** The call's arguments as a JSON string. */
    arguments: string;
  };
}

/** One Chat Completions message as sent in the request's `messages`. */
export type ChatMessage =
  | { role: 'system' | 'user' | 'assistant' | 'developer'; content: string | ChatContentPart[] }
  | { role: 'assistant'; content: null; tool_calls: ChatToolCall[] }
  | { role: 'tool'; tool_call_id: string; content: string };

/**
 * History → messages, as the reference sends them: the instructions as `system`; message text
 * joined into one string (content parts only when there are images); consecutive function calls
 * as one `assistant` message with `tool_calls`; outputs as `tool`; reasoning dropped.
 */
export function toChatMessages(instructions: string, input: ResponseItem[]): ChatMessage[] {
  const messages: ChatMessage[] = [{ role: 'system', content: instructions }];
  // The assistant tool-call message that the next function_call may join.
  let openCalls: ChatToolCall[] | undefined;
  for (const item of input) {
    if (item.type === 'function_call') {
      const call: ChatToolCall = {
        id: item.call_id,
        type: 'function',
        function: { name: item.name, arguments: item.arguments },
      };
      if (openCalls) openCalls.push(call);
      else {
        openCalls = [call];
        messages.push({ role: 'assistant', content: null, tool_calls: openCalls });
      }
      continue;
    }
    // Reasoning is not sent on this wire, and does not end a run of calls.
    if (item.type === 'reasoning') continue;
    openCalls = undefined;
    if (item.type === 'message') messages.push({ role: item.role, content: chatContent(item.content) });
    else if (item.type === 'function_call_output') {
      messages.push({ role: 'tool', tool_call_id: item.call_id, content: item.output });
    }
  }
  return messages;
}

function chatContent(content: ContentItem[]): string | ChatContentPart[] {
  if (!content.some((c) => c.type === 'input_image')) {
    return content.map((c) => (c.type === 'input_image' ? '' : c.text)).join('');
  }
  return content.map((c): ChatContentPart =>
    c.type === 'input_image' ? { type: 'image_url', image_url: { url: c.image_url } } : { type: 'text', text: c.text },
  );
}

/** Responses-shaped tools → `{type:"function", function:{…}}` (typed by the openai package). */
export function toChatTools(tools: ToolSpec[]): ChatCompletionFunctionTool[] {
  return tools.map((tool) => ({
    type: 'function',
    function: { name: tool.name, description: tool.description, strict: tool.strict, parameters: tool.parameters },
  }));
}

/** The request body: exactly `model, messages, stream, tools`. */
export function buildChatBody(prompt: Prompt, config: CodexConfig): Record<string, unknown> {
  return {
    model: prompt.model ?? config.model,
    messages: toChatMessages(prompt.instructions, prompt.input),
    stream: true,
    tools: toChatTools(prompt.tools),
  };
}

interface PartialCall {
  id: string | undefined;
  name: string | undefined;
  args: string[];
}

/**
 * Accumulates one streamed chat completion. Text and reasoning are kept as arrays of pieces
 * (joined once at the end) so a long answer costs O(1) per delta.
 */
export class ChatStreamAssembler {
  private readonly text: string[] = [];
  private readonly reasoning: string[] = [];
  /** Keyed by the chunk's tool-call index; Map keeps first-seen order. */
  private readonly calls = new Map<number, PartialCall>();
  private lastCallIndex = -1;
  private usage: TokenUsage | undefined;
  private responseId = '';

  /** Feed one parsed chunk; returns the deltas to emit and whether a finish_reason ended the turn. */
  push(chunk: unknown): { events: ResponseEvent[]; finished: boolean } {
    const events: ResponseEvent[] = [];
    if (!isObject(chunk)) return { events, finished: false };
    if (!this.responseId && typeof chunk.id === 'string') this.responseId = chunk.id;
    const usage = mapChatUsage(chunk.usage);
    if (usage) this.usage = usage;
    const choice = Array.isArray(chunk.choices) ? chunk.choices[0] : undefined;
    if (!isObject(choice)) return { events, finished: false };
    const delta = isObject(choice.delta) ? choice.delta : undefined;
    if (delta) {
      if (typeof delta.content === 'string' && delta.content !== '') {
        this.text.push(delta.content);
        events.push({ type: 'output_text_delta', delta: delta.content });
      }
      const reasoning = reasoningText(delta.reasoning) ?? reasoningText(delta.reasoning_content);
      if (reasoning) {
        this.reasoning.push(reasoning);
        events.push({ type: 'reasoning_content_delta', delta: reasoning });
      }
      if (Array.isArray(delta.tool_calls)) for (const call of delta.tool_calls) this.addCallFragment(call);
    }
    const finished = typeof choice.finish_reason === 'string' && choice.finish_reason !== '';
    return { events, finished };
  }

  /** The turn is over: the finished items (reasoning, message, calls in index order), then `completed`. */
  finish(): ResponseEvent[] {
    const events: ResponseEvent[] = [];
    if (this.reasoning.length > 0) {
      events.push({
        type: 'output_item_done',
        item: {
          type: 'reasoning',
          id: '',
          summary: [],
          content: [{ type: 'reasoning_text', text: this.reasoning.join('') }],
          encrypted_content: null,
        },
      });
    }
    if (this.text.length > 0) {
      events.push({
        type: 'output_item_done',
        item: { type: 'message', role: 'assistant', content: [{ type: 'output_text', text: this.text.join('') }] },
      });
    }
    for (const call of this.calls.values()) {
      events.push({
        type: 'output_item_done',
        item: { type: 'function_call', name: call.name ?? '', arguments: call.args.join(''), call_id: call.id ?? '' },
      });
    }
    const completed: ResponseEvent = { type: 'completed', response_id: this.responseId };
    if (this.usage) completed.token_usage = this.usage;
    events.push(completed);
    return events;
  }

  private addCallFragment(fragment: unknown): void {
    if (!isObject(fragment)) return;
    const id = typeof fragment.id === 'string' && fragment.id !== '' ? fragment.id : undefined;
    let index: number;
    if (typeof fragment.index === 'number') index = fragment.index;
    else if (id !== undefined && ![...this.calls.values()].some((c) => c.id === id)) index = this.lastCallIndex + 1;
    else index = Math.max(this.lastCallIndex, 0);
    this.lastCallIndex = Math.max(this.lastCallIndex, index);
    let call = this.calls.get(index);
    if (!call) {
      call = { id: undefined, name: undefined, args: [] };
      this.calls.set(index, call);
    }
    call.id ??= id;
    const fn = isObject(fragment.function) ? fragment.function : undefined;
    if (fn) {
      if (call.name === undefined && typeof fn.name === 'string' && fn.name !== '') call.name = fn.name;
      if (typeof fn.arguments === 'string' && fn.arguments !== '') call.args.push(fn.arguments);
    }
  }
}

/** Providers send reasoning as a string, or as `{text}` / `{content}`. */
function reasoningText(value: unknown): string | undefined {
  if (typeof value === 'string') return value !== '' ? value : undefined;
  if (isObject(value)) {
    if (typeof value.text === 'string' && value.text !== '') return value.text;
    if (typeof value.content === 'string' && value.content !== '') return value.content;
  }
  return undefined;
}

/** Chat `usage` (prompt/completion tokens) → TokenUsage. */
export function mapChatUsage(usage: unknown): TokenUsage | undefined {
  return tokenUsageFrom(usage, { input: 'prompt', output: 'completion' });
}

/** Streams turns over Chat Completions. */
export class ChatClient extends WireClient {
  protected attempt(prompt: Prompt): WireAttempt {
    const body = buildChatBody(prompt, this.options.config);
    return {
      open: (requestSignal) => this.transport.post('chat', () => body, {}, requestSignal),
      read: (response, _signal, activity) => this.read(response, activity),
    };
  }

  private async *read(response: Response, activity: () => void): AsyncGenerator<ResponseEvent, void, undefined> {
    const assembler = new ChatStreamAssembler();
    for await (const message of readSse(response.body, activity)) {
      if (message.data.trim() === '[DONE]') break;
      let chunk: unknown;
      try {
        chunk = JSON.parse(message.data);
      } catch {
        // The reference ignores chunks it cannot parse (some servers send `data: DONE`).
        this.logger.debug('skipping unparsable chat chunk');
        continue;
      }
      if (isObject(chunk) && isObject(chunk.error)) {
        const text = typeof chunk.error.message === 'string' ? chunk.error.message : JSON.stringify(chunk.error);
        throw new StreamError(text);
      }
      const { events, finished } = assembler.push(chunk);
      for (const event of events) yield event;
      if (finished) break;
    }
    // finish_reason, [DONE] and a clean close all end the turn, as in the reference.
    for (const event of assembler.finish()) yield event;
  }
}
