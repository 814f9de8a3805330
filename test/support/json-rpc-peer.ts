export type JsonRpcMessage = {
  jsonrpc?: string;
  id?: string | number | null;
  method?: string;
  params?: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  result?: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  error?: { code: number; message: string; data?: unknown };
};

/**
 * The test's side of a JSON-RPC conversation with the server, as raw JSON: send requests and
 * notifications, answer the server's requests, wait for the messages a test needs. Every
 * message the server wrote is kept in `messages`, every one the test wrote in `sent`.
 * Subclasses carry the bytes (a spawned process's stdio, an in-memory pipe).
 */
export abstract class JsonRpcPeer {
  readonly messages: JsonRpcMessage[] = [];
  readonly sent: JsonRpcMessage[] = [];
  private readonly waiters: { pred: (m: JsonRpcMessage) => boolean; resolve: (m: JsonRpcMessage) => void; from: number }[] = [];
  private readonly hooks: ((m: JsonRpcMessage) => void)[] = [];
  private nextId = 1;

  /** Put one message on the wire. */
  protected abstract write(message: JsonRpcMessage): void;

  /** What a timed-out wait adds to its error (e.g. the server's stderr). */
  protected diagnostics(): string {
    return '';
  }

  /** One message from the server. */
  protected receive(msg: JsonRpcMessage): void {
    this.messages.push(msg);
    for (const hook of this.hooks) hook(msg);
    const index = this.messages.length - 1;
    for (const w of [...this.waiters]) {
      if (index >= w.from && w.pred(msg)) {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.resolve(msg);
      }
    }
  }

  /** Call `hook` synchronously for every message from now on (to answer server requests at once). */
  onMessage(hook: (m: JsonRpcMessage) => void): void {
    this.hooks.push(hook);
  }

  send(message: JsonRpcMessage): void {
    const full = { jsonrpc: '2.0', ...message };
    this.sent.push(full);
    this.write(full);
  }

  /** Send a request; returns its id. */
  request(method: string, params?: unknown, id?: string | number): string | number {
    const rid = id ?? this.nextId++;
    this.send(params === undefined ? { id: rid, method } : { id: rid, method, params });
    return rid;
  }

  notify(method: string, params?: unknown): void {
    this.send(params === undefined ? { method } : { method, params });
  }

  /** Reply to a server→client request. */
  respond(id: string | number | null | undefined, result: unknown): void {
    this.send({ id: id as string | number, result });
  }

  respondError(id: string | number | null | undefined, code: number, message: string): void {
    this.send({ id: id as string | number, error: { code, message } });
  }

  /** Wait for the first message (already received or future, from index `from`) that matches. */
  waitFor(pred: (m: JsonRpcMessage) => boolean, timeoutMs = 10000, from = 0): Promise<JsonRpcMessage> {
    const hit = this.messages.slice(from).find(pred);
    if (hit) return Promise.resolve(hit);
    return new Promise((resolve, reject) => {
      const w = { pred, resolve, from };
      this.waiters.push(w);
      const timer = setTimeout(() => {
        const i = this.waiters.indexOf(w);
        if (i >= 0) this.waiters.splice(i, 1);
        reject(new Error(`timed out waiting for a message; got:\n${this.messages.map((m) => JSON.stringify(m).slice(0, 300)).join('\n')}${this.diagnostics()}`));
      }, timeoutMs);
      timer.unref();
      w.resolve = (m) => {
        clearTimeout(timer);
        resolve(m);
      };
    });
  }

  /** Wait for the response to request `id`. */
  response(id: string | number, timeoutMs = 10000): Promise<JsonRpcMessage> {
    return this.waitFor((m) => m.id === id && m.method === undefined && ('result' in m || 'error' in m), timeoutMs);
  }

  /** Send a request and wait for its answer. */
  async call(method: string, params?: unknown, timeoutMs = 10000): Promise<JsonRpcMessage> {
    return this.response(this.request(method, params), timeoutMs);
  }

  async initialize(capabilities: Record<string, unknown> = { elicitation: {} }, protocolVersion = '2025-06-18'): Promise<JsonRpcMessage> {
    const res = await this.call('initialize', { protocolVersion, capabilities, clientInfo: { name: 'test', version: '0' } });
    this.notify('notifications/initialized');
    return res;
  }

  /** Messages that are notifications with this method. */
  notifications(method: string): JsonRpcMessage[] {
    return this.messages.filter((m) => m.method === method && m.id === undefined);
  }
}
