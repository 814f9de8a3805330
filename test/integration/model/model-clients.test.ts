/**
 * Both wire clients against the mock model server, over real HTTP through the openai SDK.
 */
import { ChatClient } from '../../../src/model/chat-client';
import { ModelError, type ModelClient, type Prompt, type ResponseEvent, type ToolSpec } from '../../../src/model/model-types';
import type { WireClientOptions } from '../../../src/model/provider-transport';
import { HIGH_DEMAND_MESSAGE, ResponsesClient } from '../../../src/model/responses-client';
import type { ModelProviderInfo, WireApi } from '../../../src/config/config-types';
import type { CodexConfig } from '../../../src/config/config-types';
import { AuthFileError } from '../../../src/auth/auth-store';
import { FakeAuthManager } from '../../support/fake-auth-manager';
import { MockModelServer, reply } from '../../support/mock-model-server';
import { modelTestConfig } from '../../support/model-test-config';
import { MemoryLoggerFactory } from '../../support/test-logger';

const ENV_CONTEXT =
  '<environment_context>\n  <cwd>/tmp/workdir</cwd>\n  <approval_policy>never</approval_policy>\n  <sandbox_mode>danger-full-access</sandbox_mode>\n  <network_access>enabled</network_access>\n</environment_context>';

const SHELL_TOOL: ToolSpec = {
  type: 'function',
  name: 'shell',
  description: 'Runs a shell command and returns its output',
  strict: false,
  parameters: {
    type: 'object',
    properties: {
      command: { type: 'array', items: { type: 'string' }, description: 'The command to execute' },
      timeout_ms: { type: 'number', description: 'The timeout for the command in milliseconds' },
      workdir: { type: 'string', description: 'The working directory to execute the command in' },
    },
    required: ['command'],
    additionalProperties: false,
  },
};

const PROMPT: Prompt = {
  instructions: 'You are a coding agent running in the Codex CLI.',
  input: [
    { type: 'message', id: null, role: 'user', content: [{ type: 'input_text', text: ENV_CONTEXT }] },
    { type: 'message', id: null, role: 'user', content: [{ type: 'input_text', text: 'say hello' }] },
  ],
  tools: [SHELL_TOOL],
};

let mock: MockModelServer;
let sleeps: number[];

beforeEach(async () => {
  mock = await MockModelServer.start();
  sleeps = [];
});

afterEach(async () => {
  await mock.close();
});

function makeClient(
  wire: WireApi,
  provider: Partial<ModelProviderInfo> = {},
  extra: Partial<WireClientOptions> = {},
  configOverrides: Partial<CodexConfig> = {},
): ModelClient {
  const options: WireClientOptions = {
    config: modelTestConfig(mock.baseUrl, { wire_api: wire, ...provider }, configOverrides),
    conversationId: 'conv-1234',
    logger: new MemoryLoggerFactory().get('model'),
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    random: () => 0.5,
    ...extra,
  };
  return wire === 'chat' ? new ChatClient(options) : new ResponsesClient(options);
}

async function collect(stream: AsyncIterable<ResponseEvent>): Promise<ResponseEvent[]> {
  const out: ResponseEvent[] = [];
  for await (const e of stream) out.push(e);
  return out;
}

const run = (client: ModelClient, prompt: Prompt = PROMPT) => collect(client.stream(prompt, new AbortController().signal));
const items = (events: ResponseEvent[]) => events.flatMap((e) => (e.type === 'output_item_done' ? [e.item] : []));
const deltas = (events: ResponseEvent[]) => events.flatMap((e) => (e.type === 'output_text_delta' ? [e.delta] : []));

describe('request shape', () => {
  test('chat: body keys and messages as the reference sends them, no Authorization for a keyless provider', async () => {
    mock.enqueue(reply.text('Hello'));
    await run(makeClient('chat'));
    const [request] = mock.requests;
    expect(request.method).toBe('POST');
    expect(request.url).toBe('/v1/chat/completions');
    expect(Object.keys(request.body)).toEqual(['model', 'messages', 'stream', 'tools']);
    expect(request.body).toEqual({
      model: 'mock-model',
      messages: [
        { role: 'system', content: PROMPT.instructions },
        { role: 'user', content: ENV_CONTEXT },
        { role: 'user', content: 'say hello' },
      ],
      stream: true,
      tools: [
        {
          type: 'function',
          function: { name: 'shell', description: SHELL_TOOL.description, strict: false, parameters: SHELL_TOOL.parameters },
        },
      ],
    });
    expect(request.headers['content-type']).toBe('application/json');
    expect(request.headers.accept).toBe('text/event-stream');
    expect(request.headers.authorization).toBeUndefined();
    expect(Object.keys(request.headers).filter((h) => h.startsWith('x-stainless'))).toEqual([]);
  });

  test('responses: body keys and values as recorded, and the Codex headers', async () => {
    mock.enqueue(reply.text('Hello'));
    await run(makeClient('responses'));
    const [request] = mock.requests;
    expect(request.url).toBe('/v1/responses');
    expect(Object.keys(request.body)).toEqual([
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
    expect(request.body).toMatchObject({
      model: 'mock-model',
      instructions: PROMPT.instructions,
      input: PROMPT.input,
      tools: [SHELL_TOOL],
      tool_choice: 'auto',
      parallel_tool_calls: false,
      reasoning: null,
      store: true,
      stream: true,
      include: [],
      prompt_cache_key: 'conv-1234',
    });
    expect(request.headers['openai-beta']).toBe('responses=experimental');
    expect(request.headers.session_id).toBe('conv-1234');
    expect(request.headers.originator).toBe('codex_cli_rs');
    expect(request.headers.version).toBe('0.25.0');
    expect(request.headers['user-agent']).toMatch(/^codex_cli_rs\/0\.25\.0 \(.+; .+\) /);
    expect(request.headers.accept).toBe('text/event-stream');
  });

  test('query_params, http_headers and env_http_headers reach the server', async () => {
    process.env.MOCK_ORG_HEADER = 'org-from-env';
    try {
      mock.enqueue(reply.text('x'));
      await run(
        makeClient('chat', {
          query_params: { 'api-version': '2025-04-01' },
          http_headers: { 'X-Static': 'static' },
          env_http_headers: { 'X-Org': 'MOCK_ORG_HEADER', 'X-Missing': 'MOCK_UNSET_HEADER_VAR' },
        }),
      );
    } finally {
      delete process.env.MOCK_ORG_HEADER;
    }
    const [request] = mock.requests;
    expect(request.url).toBe('/v1/chat/completions?api-version=2025-04-01');
    expect(request.headers['x-static']).toBe('static');
    expect(request.headers['x-org']).toBe('org-from-env');
    expect(request.headers['x-missing']).toBeUndefined();
  });
});

describe('auth', () => {
  test('a provider env_key is sent as a bearer token', async () => {
    process.env.MOCK_PROVIDER_KEY = 'sk-from-env';
    try {
      mock.enqueue(reply.text('x'));
      await run(makeClient('chat', { env_key: 'MOCK_PROVIDER_KEY' }));
    } finally {
      delete process.env.MOCK_PROVIDER_KEY;
    }
    expect(mock.requests[0].headers.authorization).toBe('Bearer sk-from-env');
  });

  test('a missing env_key variable is reported without calling the server', async () => {
    const client = makeClient('chat', { env_key: 'MOCK_SURELY_UNSET_KEY', env_key_instructions: 'Get one at example.com.' });
    await expect(run(client)).rejects.toThrow(
      new ModelError('Missing environment variable: `MOCK_SURELY_UNSET_KEY`. Get one at example.com.'),
    );
    expect(mock.requests).toHaveLength(0);
  });

  test.each<WireApi>(['chat', 'responses'])('%s: OpenAI auth comes from the AuthManager', async (wire) => {
    mock.enqueue(reply.text('x'));
    await run(makeClient(wire, { requires_openai_auth: true }, { authManager: new FakeAuthManager() }));
    expect(mock.requests[0].headers.authorization).toBe('Bearer sk-test-key');
  });

  test('no credentials: "Not signed in" without calling the server', async () => {
    const client = makeClient('responses', { requires_openai_auth: true }, { authManager: FakeAuthManager.signedOut() });
    await expect(run(client)).rejects.toThrow(new ModelError('Not signed in: run `codex-mcp-server login` or set OPENAI_API_KEY'));
    expect(mock.requests).toHaveLength(0);
  });

  test('an unusable auth.json: its reason plus both ways to fix it, without calling the server', async () => {
    const auth = FakeAuthManager.signedOut();
    auth.getAuth = async () => {
      throw new AuthFileError('auth.json is not valid JSON: syntax error at position 1');
    };
    const client = makeClient('responses', { requires_openai_auth: true }, { authManager: auth });
    await expect(run(client)).rejects.toThrow(
      new ModelError('auth.json is not valid JSON: syntax error at position 1; run `codex-mcp-server login` again, or delete auth.json and set OPENAI_API_KEY'),
    );
    expect(mock.requests).toHaveLength(0);
  });

  test('ChatGPT mode: chatgpt_base_url, account header, store false', async () => {
    mock.enqueue(reply.text('x'));
    const client = makeClient(
      'responses',
      { id: 'openai', base_url: 'http://127.0.0.1:9/unused', requires_openai_auth: true },
      { authManager: FakeAuthManager.chatGpt('access-1', 'acct-9') },
      { chatgpt_base_url: mock.baseUrl, model: 'gpt-5' },
    );
    await run(client);
    const [request] = mock.requests;
    expect(request.url).toBe('/v1/responses');
    expect(request.headers.authorization).toBe('Bearer access-1');
    expect(request.headers['chatgpt-account-id']).toBe('acct-9');
    expect(request.body.store).toBe(false);
    expect(request.body.include).toEqual(['reasoning.encrypted_content']);
    expect(request.body.reasoning).toEqual({ effort: 'medium', summary: 'auto' });
  });

  test.each<WireApi>(['chat', 'responses'])('%s: a 401 refreshes the token once, then succeeds', async (wire) => {
    const auth = new FakeAuthManager({ mode: 'apikey', token: 'stale' }, { mode: 'apikey', token: 'fresh' });
    mock.enqueue(reply.error(401, { error: { message: 'expired' } }), reply.text('after refresh'));
    const events = await run(makeClient(wire, { requires_openai_auth: true }, { authManager: auth }));
    expect(auth.refreshCount).toBe(1);
    expect(mock.requests.map((r) => r.headers.authorization)).toEqual(['Bearer stale', 'Bearer fresh']);
    expect(deltas(events).join('')).toBe('after refresh');
  });

  test('a 401 after the refresh is reported', async () => {
    const auth = new FakeAuthManager();
    mock.enqueue(reply.error(401, 'nope'), reply.error(401, 'still nope'));
    const client = makeClient('chat', { requires_openai_auth: true, request_max_retries: 3 }, { authManager: auth });
    await expect(run(client)).rejects.toThrow(new ModelError('unexpected status 401 Unauthorized: still nope'));
    expect(auth.refreshCount).toBe(1);
    expect(mock.requests).toHaveLength(2);
  });
});

describe.each<WireApi>(['chat', 'responses'])('%s stream', (wire) => {
  test('text deltas arrive in order and end as one assistant message', async () => {
    mock.enqueue(reply.textDeltas(['The quick', ' brown fo', 'x']));
    const events = await run(makeClient(wire));
    expect(deltas(events)).toEqual(['The quick', ' brown fo', 'x']);
    expect(items(events)).toEqual([
      expect.objectContaining({ type: 'message', role: 'assistant', content: [{ type: 'output_text', text: 'The quick brown fox' }] }),
    ]);
    expect(events.at(-1)?.type).toBe('completed');
  });

  test('two function calls in one response', async () => {
    mock.enqueue(
      reply.combine(
        reply.shell('call-1', ['sh', '-c', 'echo hello'], { timeout: 5000 }),
        reply.functionCall('call-2', 'update_plan', { plan: [] }),
      ),
    );
    const events = await run(makeClient(wire));
    expect(items(events)).toEqual([
      expect.objectContaining({
        type: 'function_call',
        call_id: 'call-1',
        name: 'shell',
        arguments: JSON.stringify({ command: ['sh', '-c', 'echo hello'], timeout: 5000 }),
      }),
      expect.objectContaining({ type: 'function_call', call_id: 'call-2', name: 'update_plan', arguments: '{"plan":[]}' }),
    ]);
  });

  test('a 500 is retried and the next answer is used', async () => {
    mock.enqueue(reply.error(500, 'oops'), reply.text('recovered'));
    const events = await run(makeClient(wire, { request_max_retries: 2 }));
    expect(deltas(events).join('')).toBe('recovered');
    expect(mock.requests).toHaveLength(2);
    expect(sleeps).toEqual([200]);
  });

  test('Retry-After on a 429 sets the wait', async () => {
    mock.enqueue(reply.error(429, 'slow down', { 'retry-after': '2' }), reply.text('ok'));
    await run(makeClient(wire, { request_max_retries: 1 }));
    expect(sleeps).toEqual([2000]);
  });

  test('a 400 fails at once with the reference message', async () => {
    mock.enqueue(reply.error(400, { error: { message: 'mock error', type: 'server_error' } }));
    await expect(run(makeClient(wire, { request_max_retries: 3 }))).rejects.toThrow(
      new ModelError('unexpected status 400 Bad Request: {"error":{"message":"mock error","type":"server_error"}}'),
    );
    expect(mock.requests).toHaveLength(1);
  });

  test('a cut stream yields `retrying` and the retry succeeds', async () => {
    mock.enqueue(reply.streamThenCut('partial'), reply.text('complete answer'));
    const events = await run(makeClient(wire, { stream_max_retries: 1 }));
    const retrying = events.find((e) => e.type === 'retrying');
    expect(retrying).toMatchObject({ type: 'retrying', attempt: 1, max: 1 });
    expect((retrying as { message: string }).message).toMatch(/^stream error: stream disconnected before completion: .+; retrying 1\/1 in 200ms…$/);
    expect(items(events)).toEqual([expect.objectContaining({ type: 'message', content: [{ type: 'output_text', text: 'complete answer' }] })]);
    expect(mock.requests).toHaveLength(2);
  });

  test('a cut stream without retries left is a ModelError', async () => {
    mock.enqueue(reply.streamThenCut('partial'));
    await expect(run(makeClient(wire))).rejects.toThrow(/^stream disconnected before completion: /);
  });

  test('an idle stream times out and is retried', async () => {
    mock.enqueue(reply.stall('thinking…'), reply.text('awake'));
    const events = await run(makeClient(wire, { stream_idle_timeout_ms: 300, stream_max_retries: 1 }));
    const retrying = events.find((e) => e.type === 'retrying') as { message: string };
    expect(retrying.message).toContain('idle timeout waiting for SSE');
    expect(deltas(events)).toEqual(['thinking…', 'awake']);
  });

  test('a server that never answers times out as idle', async () => {
    mock.enqueue(reply.hang());
    await expect(run(makeClient(wire, { stream_idle_timeout_ms: 300 }))).rejects.toThrow(
      new ModelError('stream disconnected before completion: idle timeout waiting for SSE'),
    );
  });

  test('aborting mid-stream ends it promptly without a retry', async () => {
    mock.enqueue(reply.stall('first words'));
    const controller = new AbortController();
    const client = makeClient(wire, { stream_max_retries: 3 });
    const seen: ResponseEvent[] = [];
    const consume = (async () => {
      for await (const e of client.stream(PROMPT, controller.signal)) {
        seen.push(e);
        if (e.type === 'output_text_delta') controller.abort();
      }
    })();
    await expect(consume).rejects.toMatchObject({ name: 'AbortError' });
    expect(deltas(seen)).toEqual(['first words']);
    expect(mock.requests).toHaveLength(1);
  });

  test('aborting before the server answers ends the stream', async () => {
    mock.enqueue(reply.hang());
    const controller = new AbortController();
    const consume = collect(makeClient(wire).stream(PROMPT, controller.signal));
    await mock.waitForRequests(1);
    controller.abort();
    await expect(consume).rejects.toMatchObject({ name: 'AbortError' });
  });

  test('a 200 KB answer in 10,000 deltas streams through intact', async () => {
    const pieces = Array.from({ length: 10_000 }, (_, i) => `${String(i).padStart(5, '0')}-abcdefghijklmn`);
    mock.enqueue(reply.textDeltas(pieces));
    const events = await run(makeClient(wire));
    expect(deltas(events)).toHaveLength(10_000);
    const [message] = items(events);
    expect(message).toMatchObject({ type: 'message' });
    expect((message as { content: { text: string }[] }).content[0].text).toBe(pieces.join(''));
  });
});

describe('wire-specific errors and events', () => {
  test('chat: 500 with retries exhausted → the reference message', async () => {
    mock.enqueue(reply.error(500, 'down'), reply.error(500, 'down'));
    await expect(run(makeClient('chat', { request_max_retries: 1 }))).rejects.toThrow(
      new ModelError('exceeded retry limit, last status: 500 Internal Server Error'),
    );
    expect(mock.requests).toHaveLength(2);
  });

  test('responses: 500 with retries exhausted → the high-demand message; other 5xx → retry limit', async () => {
    mock.enqueue(reply.error(500, 'down'));
    await expect(run(makeClient('responses'))).rejects.toThrow(new ModelError(HIGH_DEMAND_MESSAGE));
    mock.enqueue(reply.error(503, 'down'));
    await expect(run(makeClient('responses'))).rejects.toThrow(
      new ModelError('exceeded retry limit, last status: 503 Service Unavailable'),
    );
  });

  test('responses: created, deltas, items and completed with the transcript usage', async () => {
    mock.enqueue(reply.combine(reply.reasoning('pondering'), reply.text('Hi')));
    const events = await run(makeClient('responses'));
    expect(events.map((e) => e.type)).toEqual([
      'created',
      'reasoning_summary_delta',
      'output_item_done',
      'output_text_delta',
      'output_item_done',
      'completed',
    ]);
    expect(events.at(-1)).toEqual({
      type: 'completed',
      response_id: expect.stringMatching(/^resp_/),
      token_usage: { input_tokens: 10, cached_input_tokens: null, output_tokens: 5, reasoning_output_tokens: null, total_tokens: 15 },
    });
  });

  test('responses: response.failed is retried as a stream error, then reported', async () => {
    const failed = (message: string) =>
      reply.raw(
        `event: response.failed\ndata: ${JSON.stringify({ type: 'response.failed', response: { error: { code: 'server_error', message } } })}\n\n`,
      );
    mock.enqueue(failed('first failure'), failed('second failure'));
    await expect(run(makeClient('responses', { stream_max_retries: 1 }))).rejects.toThrow(
      new ModelError('stream disconnected before completion: second failure'),
    );
    expect(mock.requests).toHaveLength(2);
  });

  test('chat: usage is reported when the server sends it; unparsable chunks are skipped', async () => {
    mock.enqueue(
      reply.raw(
        'data: DONE-ish garbage\n\n' +
          `data: ${JSON.stringify({ id: 'c1', choices: [{ index: 0, delta: { content: 'ok' }, finish_reason: 'stop' }], usage: { prompt_tokens: 3, completion_tokens: 1, total_tokens: 4 } })}\n\n` +
          'data: [DONE]\n\n',
      ),
    );
    const events = await run(makeClient('chat'));
    expect(events.at(-1)).toEqual({
      type: 'completed',
      response_id: 'c1',
      token_usage: { input_tokens: 3, cached_input_tokens: null, output_tokens: 1, reasoning_output_tokens: null, total_tokens: 4 },
    });
  });

  test('chat: a stream closed before [DONE] with no finish_reason still completes (as the reference)', async () => {
    mock.enqueue(reply.raw(`data: ${JSON.stringify({ choices: [{ index: 0, delta: { content: 'half' } }] })}\n\n`));
    const events = await run(makeClient('chat'));
    expect(items(events)).toEqual([expect.objectContaining({ type: 'message', content: [{ type: 'output_text', text: 'half' }] })]);
  });

  test('responses: a stream closed before response.completed is retried', async () => {
    mock.enqueue(reply.raw('event: response.created\ndata: {"type":"response.created","response":{}}\n\n'), reply.text('ok'));
    const events = await run(makeClient('responses', { stream_max_retries: 1 }));
    const retrying = events.find((e) => e.type === 'retrying') as { message: string };
    expect(retrying.message).toContain('stream closed before response.completed');
    expect(events.at(-1)?.type).toBe('completed');
  });

  test('an unreachable server is a request error after the retries', async () => {
    const closed = await MockModelServer.start();
    const url = closed.baseUrl;
    await closed.close();
    const client = new ChatClient({
      config: modelTestConfig(url, { request_max_retries: 1 }),
      conversationId: 'c',
      logger: new MemoryLoggerFactory().get('model'),
      sleep: async (ms) => {
        sleeps.push(ms);
      },
    });
    await expect(run(client)).rejects.toThrow(/^error sending request for url \(http:\/\/127\.0\.0\.1:\d+\/v1\/chat\/completions\)/);
    expect(sleeps).toHaveLength(1);
  });
});
