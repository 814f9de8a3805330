import { MockModelServer, reply } from '../../support/mock-model-server';

let mock: MockModelServer;
beforeEach(async () => {
  mock = await MockModelServer.start();
});
afterEach(async () => {
  await mock.close();
});

const post = (path: string, body: unknown = { model: 'm' }) =>
  fetch(`${mock.baseUrl}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('MockModelServer', () => {
  test('an empty queue answers "done" and the request is recorded', async () => {
    const res = await post('/chat/completions', { model: 'm', messages: [] });
    const text = await res.text();
    expect(res.headers.get('content-type')).toBe('text/event-stream');
    expect(text).toContain('"content":"done"');
    expect(text.endsWith('data: [DONE]\n\n')).toBe(true);
    expect(mock.requests).toEqual([
      expect.objectContaining({ method: 'POST', url: '/v1/chat/completions', wire: 'chat', body: { model: 'm', messages: [] } }),
    ]);
  });

  test('responses SSE: created, deltas, item, completed with usage 10/5/15', async () => {
    mock.enqueue(reply.textDeltas(['a', 'b']));
    const text = await (await post('/responses')).text();
    const types = [...text.matchAll(/^event: (.+)$/gm)].map((m) => m[1]);
    expect(types).toEqual([
      'response.created',
      'response.output_text.delta',
      'response.output_text.delta',
      'response.output_item.done',
      'response.completed',
    ]);
    expect(text).toContain('"usage":{"input_tokens":10,"output_tokens":5,"total_tokens":15}');
  });

  test('replies are served in order to either endpoint; unknown paths get 404 and consume nothing', async () => {
    mock.enqueue(reply.error(418, 'teapot'), reply.text('second'));
    expect((await post('/models')).status).toBe(404);
    expect((await post('/responses')).status).toBe(418);
    expect(await (await post('/chat/completions')).text()).toContain('"content":"second"');
    expect(mock.pending).toBe(0);
    expect(mock.requests.map((r) => r.wire)).toEqual(['other', 'responses', 'chat']);
  });

  test('waitForRequests resolves when enough requests arrived, and after() holds a reply', async () => {
    let release!: () => void;
    mock.enqueue(reply.text('held').after(new Promise<void>((r) => (release = r))));
    const response = post('/responses');
    await mock.waitForRequests(1);
    release();
    expect(await (await response).text()).toContain('"delta":"held"');
  });

  test('waitForRequests fails with a clear message on timeout', async () => {
    await expect(mock.waitForRequests(1, 50)).rejects.toThrow('waited for 1 requests, got 0');
  });

  test('close() ends hanging replies', async () => {
    mock.enqueue(reply.hang());
    const pending = post('/chat/completions').catch((e: Error) => e);
    await mock.waitForRequests(1);
    await mock.close();
    expect(await pending).toHaveProperty('message', 'fetch failed');
    mock = await MockModelServer.start(); // for afterEach
  });

  test('configToml points a mock_provider at the server', () => {
    const toml = mock.configToml({ wireApi: 'responses', streamMaxRetries: 2 });
    expect(toml).toContain(`base_url = "${mock.baseUrl}"`);
    expect(toml).toContain('wire_api = "responses"');
    expect(toml).toContain('stream_max_retries = 2');
    expect(toml).toContain('model_provider = "mock_provider"');
  });
});
