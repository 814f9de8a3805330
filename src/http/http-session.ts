import type { ServerResponse } from 'node:http';
import { Message, NotificationMessage, RequestMessage, ResponseMessage } from 'vscode-jsonrpc/node';
import type { Logger } from '../logging/logger';
import { HttpMessageReader, HttpMessageWriter } from './http-message-channel';
import { SseLimits, SseStream } from './sse-stream';

type Id = string | number;
const keyOf = (id: Id) => `${typeof id}:${id}`;

/** The GET stream's key in event ids; POST streams are numbered from 1. */
const GET_STREAM = '0';
/** Finished POST streams whose client has not come back for the rest, kept for resumption. */
const MAX_UNDELIVERED_STREAMS = 64;

/** A POST answered with one JSON body once all its requests are answered. */
interface JsonReply {
  response: ServerResponse;
  keys: string[];
  answers: Map<string, ResponseMessage>;
  batch: boolean;
}

/** What an HTTP session is created with. */
export interface HttpSessionOptions {
  /** The session id sent in the `mcp-session-id` header. */
  id: string;
  /** Who the client is (hash of its bearer token, or "local"); tasks are kept per principal. */
  principal: string;
  /** Caps on this session's SSE streams and buffered messages. */
  limits: SseLimits;
  /** SSE `retry` sent with each POST stream's priming event. */
  retryMs?: number;
  /** Logger for this session's events. */
  log: Logger;
  /** Called once when the session has closed (DELETE, idle timeout, server shutdown). */
  onClosed: (session: HttpSession) => void;
}

/**
 * One MCP session over Streamable HTTP: the client's messages go to the session's JSON-RPC
 * connection; what the connection writes is routed to the stream of the request it belongs to
 * (its answer, that call's `codex/event` and progress notifications) or to the GET stream
 * (server→client requests such as approvals, and everything else).
 */
export class HttpSession {
  readonly reader = new HttpMessageReader();
  readonly writer = new HttpMessageWriter((m) => this.route(m));
  /** Negotiated protocol version (from initialize). */
  protocolVersion: string | undefined;

  private readonly streams = new Map<string, SseStream>();
  /** Open requests → the stream (or JSON reply) their answer goes to. */
  private readonly requestStreams = new Map<string, SseStream | JsonReply>();
  /** Progress tokens of open requests → the request key. */
  private readonly progressTokens = new Map<string, string>();
  /** String(id) of open requests → key (approval params carry the tool call id as a string). */
  private readonly requestsByText = new Map<string, string>();
  private readonly cancelled = new Set<string>();
  private readonly undelivered: SseStream[] = [];
  private nextStream = 1;
  private openResponses = 0;
  private lastActivity = Date.now();
  private closed = false;
  private readonly getStream: SseStream;

  constructor(private readonly options: HttpSessionOptions) {
    this.getStream = new SseStream(GET_STREAM, options.limits, () => undefined);
    this.streams.set(GET_STREAM, this.getStream);
  }

  get id(): string {
    return this.options.id;
  }

  get principal(): string {
    return this.options.principal;
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** Milliseconds since the client last had a request or a stream open (0 while it has one). */
  idleFor(now = Date.now()): number {
    return this.openResponses > 0 ? 0 : now - this.lastActivity;
  }

  /**
   * Messages of one POST. Requests are answered on `response`: as one SSE stream when `sse`
   * (the answer plus that request's notifications), else as one JSON body. Without requests
   * the caller has answered 202 already.
   */
  accept(messages: Message[], response: ServerResponse | undefined, sse: boolean, batch: boolean): void {
    this.touch();
    const requests = messages.filter((m): m is RequestMessage => Message.isRequest(m));
    if (response && requests.length > 0) {
      const target = sse ? this.openPostStream(response) : this.openJsonReply(response, requests, batch);
      for (const r of requests) {
        const key = keyOf(r.id as Id);
        this.requestStreams.set(key, target);
        this.requestsByText.set(String(r.id), key);
        const token = (r.params as { _meta?: { progressToken?: unknown } } | undefined)?._meta?.progressToken;
        if (typeof token === 'string' || typeof token === 'number') this.progressTokens.set(keyOf(token), key);
      }
    }
    for (const m of messages) {
      if (Message.isNotification(m) && m.method === 'notifications/cancelled') {
        const id = (m.params as { requestId?: unknown } | undefined)?.requestId;
        if (typeof id === 'string' || typeof id === 'number') this.cancelled.add(keyOf(id));
      }
      this.reader.push(m);
    }
  }

  /** GET: the session's own stream (fresh, or resumed after `afterSeq`). */
  openGetStream(response: ServerResponse, headers: Record<string, string>, afterSeq?: number): void {
    this.touch();
    this.track(response);
    this.getStream.attach(response, afterSeq, headers);
  }

  /**
   * GET with `Last-Event-ID` of a POST stream: replay what the client missed and go on live.
   * False when that stream is unknown or its events are no longer buffered.
   */
  resumeStream(stream: string, afterSeq: number, response: ServerResponse, headers: Record<string, string>): boolean {
    const s = this.streams.get(stream);
    if (!s || !s.canReplayAfter(afterSeq)) return false;
    this.touch();
    this.track(response);
    s.attach(response, afterSeq, headers);
    return true;
  }

  /** End the session: streams closed, the connection closed (its scope cancels the running calls). */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const s of [...this.streams.values()]) s.close();
    for (const target of this.requestStreams.values()) {
      if (!(target instanceof SseStream) && !target.response.headersSent) {
        target.response.writeHead(404, { 'Content-Type': 'application/json' }).end(JSON.stringify({ jsonrpc: '2.0', error: { code: -32001, message: 'Session closed' }, id: null }));
      }
    }
    this.requestStreams.clear();
    this.reader.close();
    this.options.onClosed(this);
  }

  private touch(): void {
    this.lastActivity = Date.now();
  }

  private track(response: ServerResponse): void {
    this.openResponses += 1;
    response.once('close', () => {
      this.openResponses -= 1;
      this.touch();
    });
  }

  private openPostStream(response: ServerResponse): SseStream {
    const stream = new SseStream(String(this.nextStream++), this.options.limits, (s) => this.forgetStream(s));
    this.streams.set(stream.key, stream);
    this.track(response);
    stream.attach(response, undefined, { 'mcp-session-id': this.id }, this.options.retryMs);
    return stream;
  }

  private openJsonReply(response: ServerResponse, requests: RequestMessage[], batch: boolean): JsonReply {
    this.track(response);
    return { response, keys: requests.map((r) => keyOf(r.id as Id)), answers: new Map(), batch };
  }

  private forgetStream(stream: SseStream): void {
    if (stream.key === GET_STREAM) return;
    this.streams.delete(stream.key);
    const i = this.undelivered.indexOf(stream);
    if (i >= 0) this.undelivered.splice(i, 1);
  }

  /** Where the connection's outgoing messages go. */
  private route(message: Message): void {
    if (this.closed) return;
    if (Message.isResponse(message)) return this.routeResponse(message);
    if (Message.isRequest(message)) {
      // Approvals and other questions: the GET stream when the client holds it open, else the
      // stream of the call that asks (a client without a GET stream still gets asked).
      const callId = (message.params as { codex_mcp_tool_call_id?: unknown } | undefined)?.codex_mcp_tool_call_id;
      const key = typeof callId === 'string' ? this.requestsByText.get(callId) : undefined;
      const target = key ? this.requestStreams.get(key) : undefined;
      if (!this.getStream.connected && target instanceof SseStream && target.connected) target.send(message);
      else this.getStream.send(message);
      return;
    }
    const target = this.relatedStream(message as NotificationMessage);
    (target ?? this.getStream).send(message);
  }

  private relatedStream(n: NotificationMessage): SseStream | undefined {
    const params = n.params as { _meta?: { requestId?: unknown }; progressToken?: unknown } | undefined;
    let key: string | undefined;
    const requestId = params?._meta?.requestId;
    if (n.method === 'notifications/progress' && (typeof params?.progressToken === 'string' || typeof params?.progressToken === 'number')) {
      key = this.progressTokens.get(keyOf(params.progressToken));
    } else if (typeof requestId === 'string' || typeof requestId === 'number') {
      key = keyOf(requestId);
    }
    const target = key ? this.requestStreams.get(key) : undefined;
    return target instanceof SseStream ? target : undefined;
  }

  private routeResponse(message: ResponseMessage): void {
    if (message.id === null) {
      this.getStream.send(message);
      return;
    }
    const key = keyOf(message.id);
    const target = this.requestStreams.get(key);
    this.requestStreams.delete(key);
    this.requestsByText.delete(String(message.id));
    for (const [token, k] of this.progressTokens) if (k === key) this.progressTokens.delete(token);
    const dropped = this.cancelled.delete(key);
    if (!target) return;
    if (target instanceof SseStream) {
      if (!dropped) target.send(message);
      if (![...this.requestStreams.values()].includes(target)) this.finishStream(target);
      return;
    }
    if (!dropped) target.answers.set(key, message);
    else target.keys.splice(target.keys.indexOf(key), 1);
    if (target.keys.every((k) => target.answers.has(k))) {
      const answers = target.keys.map((k) => target.answers.get(k));
      if (answers.length === 0) {
        target.response.writeHead(202).end();
        return;
      }
      target.response
        .writeHead(200, { 'Content-Type': 'application/json', 'mcp-session-id': this.id })
        .end(JSON.stringify(target.batch ? answers : answers[0]));
    }
  }

  private finishStream(stream: SseStream): void {
    const delivered = stream.connected;
    stream.finish();
    if (delivered) return;
    // The client lost this stream before its answer: keep the rest until it resumes (bounded).
    this.undelivered.push(stream);
    while (this.undelivered.length > MAX_UNDELIVERED_STREAMS) this.undelivered.shift()!.close();
    this.options.log.debug('answer buffered for a dropped stream', { session: this.id, stream: stream.key });
  }
}
