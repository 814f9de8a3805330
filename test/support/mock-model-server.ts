/**
 * A scripted model provider for tests. It answers `POST …/responses` and `POST …/chat/completions`
 * with SSE in the shape of whichever wire was hit, one queued reply per request, in order.
 *
 *   const mock = await MockModelServer.start();
 *   mock.enqueue(reply.shell('call-1', ['echo', 'hi']), reply.text('Done'));
 *   // … point a provider at mock.baseUrl (`http://127.0.0.1:PORT/v1`) …
 *   await mock.waitForRequests(2);
 *   expect(mock.requests[1].body.messages).toContainEqual(…);
 *   await mock.close();
 *
 * An empty queue answers with the text `done`. Every request is recorded, including those.
 */
import * as http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** One request as the mock received it. */
export interface RecordedRequest {
  method: string;
  /** Path and query, e.g. `/v1/chat/completions`. */
  url: string;
  /** Lower-cased header names. */
  headers: http.IncomingHttpHeaders;
  /** The JSON body (or the raw text when it was not JSON). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
  wire: 'responses' | 'chat' | 'other';
}

/** One piece of a scripted answer. */
export type MockOutput =
  | { type: 'text'; deltas: string[] }
  | { type: 'function_call'; callId: string; name: string; arguments: string }
  | { type: 'reasoning'; text: string };

/** Token usage reported by a Responses `response.completed` (and by chat when set explicitly). */
export interface MockUsage {
  input_tokens: number;
  output_tokens: number;
  total_tokens: number;
  cached_tokens?: number;
  reasoning_tokens?: number;
}

export const DEFAULT_USAGE: MockUsage = { input_tokens: 10, output_tokens: 5, total_tokens: 15 };

type ReplySpec =
  | {
      kind: 'stream';
      outputs: MockOutput[];
      /** `complete` ends normally; `cut` destroys the socket mid-stream; `stall` goes silent. */
      end: 'complete' | 'cut' | 'stall';
      usage?: MockUsage;
    }
  | { kind: 'error'; status: number; body: string; headers: Record<string, string> }
  | { kind: 'raw'; status: number; contentType: string; body: string }
  | { kind: 'hang' };

/** A scripted answer for one request. Build with `reply.*`. */
export class MockReply {
  constructor(
    readonly spec: ReplySpec,
    readonly gate?: Promise<unknown>,
  ) {}

  /** Report this usage instead of the default (chat streams carry usage only when set). */
  withUsage(usage: MockUsage): MockReply {
    if (this.spec.kind !== 'stream') throw new Error('withUsage applies to streamed replies only');
    return new MockReply({ ...this.spec, usage }, this.gate);
  }

  /** Hold the answer (not even headers) until `gate` settles — for "while the model is busy" tests. */
  after(gate: Promise<unknown>): MockReply {
    return new MockReply(this.spec, gate);
  }
}

function stream(outputs: MockOutput[], end: 'complete' | 'cut' | 'stall' = 'complete'): MockReply {
  return new MockReply({ kind: 'stream', outputs, end });
}

/** Reply builders; each works for both wires. */
export const reply = {
  /** An assistant message streamed as one delta. */
  text(text: string): MockReply {
    return stream([{ type: 'text', deltas: [text] }]);
  },
  /** An assistant message streamed in the given pieces. */
  textDeltas(deltas: string[]): MockReply {
    return stream([{ type: 'text', deltas }]);
  },
  /** A function call; `args` objects are JSON-encoded, strings are sent verbatim. */
  functionCall(callId: string, name: string, args: object | string): MockReply {
    const encoded = typeof args === 'string' ? args : JSON.stringify(args);
    return stream([{ type: 'function_call', callId, name, arguments: encoded }]);
  },
  /** A `shell` call: `{command: argv, ...extra}` (e.g. `{workdir, timeout: 5000}`). */
  shell(callId: string, argv: string[], extra: Record<string, unknown> = {}): MockReply {
    return reply.functionCall(callId, 'shell', { command: argv, ...extra });
  },
  /** Reasoning: a summary item on Responses, `delta.reasoning` on chat. */
  reasoning(text: string): MockReply {
    return stream([{ type: 'reasoning', text }]);
  },
  /** Several outputs in one response, in order (e.g. two function calls, or text then a call). */
  combine(...replies: MockReply[]): MockReply {
    const outputs: MockOutput[] = [];
    for (const r of replies) {
      if (r.spec.kind !== 'stream') throw new Error('combine takes streamed replies only');
      outputs.push(...r.spec.outputs);
    }
    return stream(outputs);
  },
  /** A non-2xx answer; objects are sent as JSON. */
  error(status: number, body: string | object = '', headers: Record<string, string> = {}): MockReply {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    return new MockReply({ kind: 'error', status, body: text, headers });
  },
  /** Start streaming `partialText`, then drop the connection (no terminal event). */
  streamThenCut(partialText: string): MockReply {
    return stream([{ type: 'text', deltas: [partialText] }], 'cut');
  },
  /** Send headers and `partialText` (if any), then say nothing more (idle-timeout tests). */
  stall(partialText = ''): MockReply {
    return stream(partialText ? [{ type: 'text', deltas: [partialText] }] : [], 'stall');
  },
  /** Never answer at all (interrupt tests). */
  hang(): MockReply {
    return new MockReply({ kind: 'hang' });
  },
  /** Anything else: a verbatim body. */
  raw(body: string, status = 200, contentType = 'text/event-stream'): MockReply {
    return new MockReply({ kind: 'raw', status, contentType, body });
  },
};

/** Options for `configToml`. */
export interface MockProviderTomlOptions {
  wireApi?: 'chat' | 'responses';
  model?: string;
  approvalPolicy?: string;
  sandboxMode?: string;
  requestMaxRetries?: number;
  streamMaxRetries?: number;
  streamIdleTimeoutMs?: number;
}

export class MockModelServer {
  /** Every request received, in order. */
  readonly requests: RecordedRequest[] = [];
  private readonly queue: MockReply[] = [];
  private readonly sockets = new Set<Socket>();
  private readonly waiters: { n: number; resolve: () => void }[] = [];
  private ids = 0;

  private constructor(
    private readonly server: http.Server,
    readonly port: number,
  ) {}

  /** Listen on 127.0.0.1, on a free port. */
  static async start(): Promise<MockModelServer> {
    const server = http.createServer();
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    const mock = new MockModelServer(server, (server.address() as AddressInfo).port);
    server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
      mock.handle(req, res).catch((err: unknown) => {
        if (!res.headersSent) res.writeHead(500);
        res.end(String(err));
      });
    });
    server.on('connection', (socket: Socket) => {
      mock.sockets.add(socket);
      socket.on('close', () => mock.sockets.delete(socket));
    });
    return mock;
  }

  /** `http://127.0.0.1:PORT/v1` — a provider's `base_url`. */
  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}/v1`;
  }

  /** Queue answers for the next requests (either endpoint), in order. */
  enqueue(...replies: MockReply[]): void {
    this.queue.push(...replies);
  }

  /** Replies queued but not yet served. */
  get pending(): number {
    return this.queue.length;
  }

  /** Resolves once `n` requests in total have arrived. */
  async waitForRequests(n: number, timeoutMs = 10_000): Promise<RecordedRequest[]> {
    if (this.requests.length >= n) return this.requests;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`mock model server: waited for ${n} requests, got ${this.requests.length}`)),
        timeoutMs,
      );
      this.waiters.push({
        n,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      });
    });
    return this.requests;
  }

  /** A config.toml that points a `mock_provider` at this server (the reference's test setup). */
  configToml(options: MockProviderTomlOptions = {}): string {
    return [
      `model = "${options.model ?? 'mock-model'}"`,
      `approval_policy = "${options.approvalPolicy ?? 'never'}"`,
      `sandbox_mode = "${options.sandboxMode ?? 'danger-full-access'}"`,
      `model_provider = "mock_provider"`,
      '',
      '[model_providers.mock_provider]',
      'name = "Mock provider for tests"',
      `base_url = "${this.baseUrl}"`,
      `wire_api = "${options.wireApi ?? 'chat'}"`,
      `request_max_retries = ${options.requestMaxRetries ?? 0}`,
      `stream_max_retries = ${options.streamMaxRetries ?? 0}`,
      ...(options.streamIdleTimeoutMs !== undefined ? [`stream_idle_timeout_ms = ${options.streamIdleTimeoutMs}`] : []),
      '',
    ].join('\n');
  }

  /** Stop listening and drop every open connection (hanging replies included). */
  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    let body: any = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      // keep the raw text
    }
    const path = (req.url ?? '').split('?')[0];
    const wire = path.endsWith('/responses') ? 'responses' : path.endsWith('/chat/completions') ? 'chat' : 'other';
    this.requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body, wire });
    this.notifyWaiters();
    if (wire === 'other' || req.method !== 'POST') {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { message: `mock model server: no route for ${req.method} ${req.url}` } }));
      return;
    }
    const next = this.queue.shift() ?? reply.text('done');
    if (next.gate) await next.gate;
    await this.answer(next.spec, wire, typeof body?.model === 'string' ? body.model : 'mock-model', res);
  }

  private notifyWaiters(): void {
    for (let i = this.waiters.length - 1; i >= 0; i--) {
      if (this.requests.length >= this.waiters[i].n) {
        this.waiters[i].resolve();
        this.waiters.splice(i, 1);
      }
    }
  }

  private async answer(
    spec: ReplySpec,
    wire: 'responses' | 'chat',
    model: string,
    res: http.ServerResponse,
  ): Promise<void> {
    switch (spec.kind) {
      case 'hang':
        return;
      case 'error':
        res.writeHead(spec.status, { 'content-type': 'application/json', ...spec.headers });
        res.end(spec.body);
        return;
      case 'raw':
        res.writeHead(spec.status, { 'content-type': spec.contentType });
        res.end(spec.body);
        return;
      case 'stream': {
        res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
        const complete = spec.end === 'complete';
        const sse =
          wire === 'responses'
            ? this.responsesSse(spec.outputs, complete, spec.usage ?? DEFAULT_USAGE)
            : this.chatSse(spec.outputs, complete, model, spec.usage);
        if (complete) {
          res.end(sse);
        } else if (spec.end === 'cut') {
          await new Promise<void>((resolve) => res.write(sse, () => resolve()));
          res.socket?.destroy();
        } else {
          res.write(sse);
        }
        return;
      }
    }
  }

  private responsesSse(outputs: MockOutput[], complete: boolean, usage: MockUsage): string {
    const responseId = `resp_${++this.ids}`;
    const parts: string[] = [responsesEvent({ type: 'response.created', response: { id: responseId } })];
    outputs.forEach((output, outputIndex) => {
      if (output.type === 'text') {
        const id = `msg_${++this.ids}`;
        for (const delta of output.deltas) {
          parts.push(
            responsesEvent({ type: 'response.output_text.delta', item_id: id, output_index: outputIndex, content_index: 0, delta }),
          );
        }
        if (!complete) return;
        const item = { type: 'message', role: 'assistant', id, content: [{ type: 'output_text', text: output.deltas.join('') }] };
        parts.push(responsesEvent({ type: 'response.output_item.done', output_index: outputIndex, item }));
      } else if (output.type === 'function_call') {
        if (!complete) return;
        const item = {
          type: 'function_call',
          id: `fc_${++this.ids}`,
          call_id: output.callId,
          name: output.name,
          arguments: output.arguments,
        };
        parts.push(responsesEvent({ type: 'response.output_item.done', output_index: outputIndex, item }));
      } else {
        const id = `rs_${++this.ids}`;
        parts.push(
          responsesEvent({ type: 'response.reasoning_summary_text.delta', item_id: id, output_index: outputIndex, summary_index: 0, delta: output.text }),
        );
        if (!complete) return;
        const item = { type: 'reasoning', id, summary: [{ type: 'summary_text', text: output.text }] };
        parts.push(responsesEvent({ type: 'response.output_item.done', output_index: outputIndex, item }));
      }
    });
    if (complete) {
      parts.push(responsesEvent({ type: 'response.completed', response: { id: responseId, usage: responsesUsage(usage) } }));
    }
    return parts.join('');
  }

  private chatSse(outputs: MockOutput[], complete: boolean, model: string, usage: MockUsage | undefined): string {
    const id = `chatcmpl-${++this.ids}`;
    const chunk = (delta: Record<string, unknown>, finishReason: string | null = null, extra: Record<string, unknown> = {}) =>
      `data: ${JSON.stringify({
        id,
        object: 'chat.completion.chunk',
        created: 1700000000,
        model,
        choices: [{ index: 0, delta, finish_reason: finishReason }],
        ...extra,
      })}\n\n`;
    const parts: string[] = [chunk({ role: 'assistant', content: '' })];
    let callIndex = 0;
    for (const output of outputs) {
      if (output.type === 'text') {
        for (const delta of output.deltas) parts.push(chunk({ content: delta }));
      } else if (output.type === 'reasoning') {
        parts.push(chunk({ reasoning: output.text }));
      } else {
        // Split the arguments so clients must reassemble them across chunks, as real servers require.
        const index = callIndex++;
        const half = Math.ceil(output.arguments.length / 2);
        parts.push(
          chunk({ tool_calls: [{ index, id: output.callId, type: 'function', function: { name: output.name, arguments: '' } }] }),
        );
        for (const piece of [output.arguments.slice(0, half), output.arguments.slice(half)]) {
          if (piece) parts.push(chunk({ tool_calls: [{ index, function: { arguments: piece } }] }));
        }
      }
    }
    if (complete) {
      const extra = usage
        ? {
            usage: {
              prompt_tokens: usage.input_tokens,
              completion_tokens: usage.output_tokens,
              total_tokens: usage.total_tokens,
              ...(usage.cached_tokens !== undefined ? { prompt_tokens_details: { cached_tokens: usage.cached_tokens } } : {}),
              ...(usage.reasoning_tokens !== undefined
                ? { completion_tokens_details: { reasoning_tokens: usage.reasoning_tokens } }
                : {}),
            },
          }
        : {};
      parts.push(chunk({}, callIndex > 0 ? 'tool_calls' : 'stop', extra));
      parts.push('data: [DONE]\n\n');
    }
    return parts.join('');
  }
}

function responsesEvent(data: { type: string } & Record<string, unknown>): string {
  return `event: ${data.type}\ndata: ${JSON.stringify(data)}\n\n`;
}

function responsesUsage(usage: MockUsage): Record<string, unknown> {
  return {
    input_tokens: usage.input_tokens,
    ...(usage.cached_tokens !== undefined ? { input_tokens_details: { cached_tokens: usage.cached_tokens } } : {}),
    output_tokens: usage.output_tokens,
    ...(usage.reasoning_tokens !== undefined ? { output_tokens_details: { reasoning_tokens: usage.reasoning_tokens } } : {}),
    total_tokens: usage.total_tokens,
  };
}
