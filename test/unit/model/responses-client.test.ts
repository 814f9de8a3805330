import { supportsReasoning, supportsVerbosity } from '../../../src/model/model-family';
import { StreamError } from '../../../src/model/wire-errors';
import {
  buildResponsesBody,
  mapResponsesEvent,
  mapUsage,
  parseTryAgainIn,
  responsesHeaders,
} from '../../../src/model/responses-client';
import type { Prompt } from '../../../src/model/model-types';
import { modelTestConfig } from '../../support/model-test-config';

const PROMPT: Prompt = {
  instructions: 'SYSTEM',
  input: [{ type: 'message', id: null, role: 'user', content: [{ type: 'input_text', text: 'say hello' }] }],
  tools: [],
};

describe('buildResponsesBody', () => {
  test('matches the recorded request for a non-reasoning model with API-key auth', () => {
    const body = buildResponsesBody(PROMPT, modelTestConfig('http://x', { wire_api: 'responses' }), 'conv-1', {});
    expect(body).toEqual({
      model: 'mock-model',
      instructions: 'SYSTEM',
      input: PROMPT.input,
      tools: [],
      tool_choice: 'auto',
      parallel_tool_calls: false,
      reasoning: null,
      store: true,
      stream: true,
      include: [],
      prompt_cache_key: 'conv-1',
    });
    expect(Object.keys(body)).toEqual([
      'model',
      'instructions',
      'input',
      'tools',
      'tool_choice',
      'parallel_tool_calls',
      'reasoning',
      'store',
      'stream',
      'include',
      'prompt_cache_key',
    ]);
  });

  test('reasoning models get {effort, summary}; the per-turn values win', () => {
    const config = modelTestConfig('http://x', {}, { model: 'o3', model_reasoning_effort: 'high', model_reasoning_summary: 'detailed' });
    expect(buildResponsesBody(PROMPT, config, 'c', {}).reasoning).toEqual({ effort: 'high', summary: 'detailed' });
    expect(buildResponsesBody({ ...PROMPT, effort: 'low', summary: 'concise' }, config, 'c', {}).reasoning).toEqual({
      effort: 'low',
      summary: 'concise',
    });
    const defaults = modelTestConfig('http://x', {}, { model: 'gpt-5' });
    expect(buildResponsesBody(PROMPT, defaults, 'c', {}).reasoning).toEqual({ effort: 'medium', summary: 'auto' });
    const noSummary = modelTestConfig('http://x', {}, { model: 'codex-mini-latest', model_reasoning_summary: 'none' });
    expect(buildResponsesBody(PROMPT, noSummary, 'c', {}).reasoning).toEqual({ effort: 'medium' });
  });

  test('ChatGPT auth does not store and asks for encrypted reasoning when reasoning', () => {
    const reasoningConfig = modelTestConfig('http://x', {}, { model: 'gpt-5' });
    const body = buildResponsesBody(PROMPT, reasoningConfig, 'c', { mode: 'chatgpt', token: 't' });
    expect(body.store).toBe(false);
    expect(body.include).toEqual(['reasoning.encrypted_content']);
    const plain = buildResponsesBody(PROMPT, modelTestConfig('http://x'), 'c', { mode: 'chatgpt', token: 't' });
    expect(plain.store).toBe(false);
    expect(plain.include).toEqual([]);
    expect(buildResponsesBody(PROMPT, reasoningConfig, 'c', { mode: 'apikey', token: 'k' }).include).toEqual([]);
  });

  test('text.verbosity only for GPT-5 and only when configured', () => {
    const gpt5 = modelTestConfig('http://x', {}, { model: 'gpt-5', model_verbosity: 'low' });
    expect(buildResponsesBody(PROMPT, gpt5, 'c', {}).text).toEqual({ verbosity: 'low' });
    const o3 = modelTestConfig('http://x', {}, { model: 'o3', model_verbosity: 'low' });
    expect('text' in buildResponsesBody(PROMPT, o3, 'c', {})).toBe(false);
    expect('text' in buildResponsesBody(PROMPT, modelTestConfig('http://x', {}, { model: 'gpt-5' }), 'c', {})).toBe(false);
  });

  test('model families', () => {
    expect(['o3', 'o4-mini', 'o1-pro', 'gpt-5', 'gpt-5-codex', 'codex-mini-latest'].every(supportsReasoning)).toBe(true);
    expect(['mock-model', 'gpt-4.1', 'gpt-4o', 'oss-20b', 'gpt-oss-120b'].some(supportsReasoning)).toBe(false);
    expect(supportsVerbosity('gpt-5-mini')).toBe(true);
    expect(supportsVerbosity('o3')).toBe(false);
  });

  test('headers carry the beta flag, session id, originator and version', () => {
    expect(responsesHeaders('conv-1')).toEqual({
      'OpenAI-Beta': 'responses=experimental',
      session_id: 'conv-1',
      originator: 'codex_cli_rs',
      version: '0.25.0',
    });
  });
});

describe('mapResponsesEvent', () => {
  test('maps deltas, created and output items', () => {
    expect(mapResponsesEvent({ type: 'response.created', response: { id: 'r' } })).toEqual({ kind: 'event', event: { type: 'created' } });
    expect(mapResponsesEvent({ type: 'response.output_text.delta', delta: 'Hi' })).toEqual({
      kind: 'event',
      event: { type: 'output_text_delta', delta: 'Hi' },
    });
    expect(mapResponsesEvent({ type: 'response.reasoning_summary_text.delta', delta: 's' })).toEqual({
      kind: 'event',
      event: { type: 'reasoning_summary_delta', delta: 's' },
    });
    expect(mapResponsesEvent({ type: 'response.reasoning_text.delta', delta: 'r' })).toEqual({
      kind: 'event',
      event: { type: 'reasoning_content_delta', delta: 'r' },
    });
    const item = { type: 'function_call', id: 'fc_1', call_id: 'c', name: 'shell', arguments: '{}' };
    expect(mapResponsesEvent({ type: 'response.output_item.done', item })).toEqual({
      kind: 'event',
      event: { type: 'output_item_done', item },
    });
  });

  test('ignores unknown events and item types the core cannot use', () => {
    expect(mapResponsesEvent({ type: 'response.in_progress' }).kind).toBe('ignored');
    expect(mapResponsesEvent({ type: 'response.output_item.done', item: { type: 'web_search_call' } }).kind).toBe('ignored');
    expect(mapResponsesEvent('junk').kind).toBe('ignored');
  });

  test('completed carries the id and the token usage', () => {
    const mapped = mapResponsesEvent({
      type: 'response.completed',
      response: {
        id: 'resp_1',
        usage: {
          input_tokens: 10,
          input_tokens_details: { cached_tokens: 4 },
          output_tokens: 5,
          output_tokens_details: { reasoning_tokens: 2 },
          total_tokens: 15,
        },
      },
    });
    expect(mapped).toEqual({
      kind: 'completed',
      event: {
        type: 'completed',
        response_id: 'resp_1',
        token_usage: { input_tokens: 10, cached_input_tokens: 4, output_tokens: 5, reasoning_output_tokens: 2, total_tokens: 15 },
      },
    });
    expect(mapUsage({ input_tokens: 10, output_tokens: 5, total_tokens: 15 })).toEqual({
      input_tokens: 10,
      cached_input_tokens: null,
      output_tokens: 5,
      reasoning_output_tokens: null,
      total_tokens: 15,
    });
    expect(mapResponsesEvent({ type: 'response.completed', response: { id: 'r' } })).toEqual({
      kind: 'completed',
      event: { type: 'completed', response_id: 'r' },
    });
  });

  test('failed becomes a stream error with the server message (and its retry hint)', () => {
    const mapped = mapResponsesEvent({
      type: 'response.failed',
      response: { error: { code: 'rate_limit_exceeded', message: 'Rate limit reached. Please try again in 1.5s.' } },
    });
    expect(mapped.kind).toBe('failed');
    const error = (mapped as { error: StreamError }).error;
    expect(error).toBeInstanceOf(StreamError);
    expect(error.message).toBe('Rate limit reached. Please try again in 1.5s.');
    expect(error.retryAfterMs).toBe(1500);
    const bare = mapResponsesEvent({ type: 'response.failed', response: {} }) as { error: StreamError };
    expect(bare.error.message).toBe('response.failed event received');
  });

  test('parseTryAgainIn', () => {
    expect(parseTryAgainIn('try again in 28ms')).toBe(28);
    expect(parseTryAgainIn('Please try again in 2 seconds')).toBe(2000);
    expect(parseTryAgainIn('nothing here')).toBeUndefined();
  });
});
