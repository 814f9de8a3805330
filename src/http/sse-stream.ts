import type { ServerResponse } from 'node:http';

/** One event kept for `Last-Event-ID` replay. */
interface BufferedEvent {
  seq: number;
  frame: string;
}

/** Limits of one stream's replay buffer and of what a slow reader may leave unread. */
export interface SseLimits {
  /** Events kept for replay (oldest dropped first). */
  maxEvents: number;
  /** Bytes kept for replay (oldest dropped first). */
  maxBytes: number;
  /** Unread bytes in the socket before the response is dropped (the client resumes from the buffer). */
  maxUnreadBytes: number;
  /** Comment line interval that keeps proxies and idle timers from closing the stream. */
  keepAliveMs: number;
}

export const SSE_HEADERS = {
  'Content-Type': 'text/event-stream',
  'Cache-Control': 'no-cache, no-transform',
  Connection: 'keep-alive',
  'X-Accel-Buffering': 'no',
} as const;

/**
 * One SSE stream of an MCP session (a POST's answer stream or the GET stream). Every event gets
 * an id `<stream>-<seq>` and is kept in a bounded buffer, so a client whose connection dropped
 * reconnects with `Last-Event-ID` and gets what it missed, then the rest live.
 */
export class SseStream {
  private seq = 0;
  /** Last event handed to a connected response (a fresh reader gets what came after it). */
  private delivered = 0;
  private readonly buffer: BufferedEvent[] = [];
  private bufferedBytes = 0;
  private response: ServerResponse | undefined;
  private keepAlive: NodeJS.Timeout | undefined;
  /** No more events will come (all answers written); the stream ends once delivered. */
  private finished = false;

  constructor(
    readonly key: string,
    private readonly limits: SseLimits,
    /** Called when the stream is finished and delivered (or abandoned): the session forgets it. */
    private readonly onDone: (stream: SseStream) => void,
  ) {}

  /** True while an HTTP response is attached. */
  get connected(): boolean {
    return this.response !== undefined;
  }

  get isFinished(): boolean {
    return this.finished;
  }

  /**
   * Attach an HTTP response (a new stream, or a resumption after `afterSeq`). A stream that had a
   * response loses it: only one reader at a time.
   */
  attach(response: ServerResponse, afterSeq: number | undefined, headers: Record<string, string>, retryMs?: number): void {
    this.detach(true);
    this.response = response;
    response.writeHead(200, { ...SSE_HEADERS, ...headers });
    response.flushHeaders();
    const onClose = () => {
      if (this.response === response) this.detach(false);
    };
    response.on('close', onClose);
    // A priming event with an id and no data: the client can resume even before the first message.
    if (afterSeq === undefined) this.writeFrame(`id: ${this.key}-${this.seq}\n${retryMs !== undefined ? `retry: ${retryMs}\n` : ''}data: \n\n`);
    // A resumption gets what came after its Last-Event-ID; a fresh reader what nobody was given yet.
    const from = afterSeq ?? this.delivered;
    for (const e of this.buffer) if (e.seq > from && this.writeFrame(e.frame)) this.delivered = e.seq;
    if (this.finished) {
      this.end();
      return;
    }
    this.keepAlive = setInterval(() => this.writeFrame(': keepalive\n\n'), this.limits.keepAliveMs);
    this.keepAlive.unref();
  }

  /** Whether `seq` is still replayable (not dropped from the bounded buffer). */
  canReplayAfter(seq: number): boolean {
    if (seq > this.seq) return false;
    const oldest = this.buffer[0]?.seq ?? this.seq + 1;
    return seq >= oldest - 1;
  }

  /** Send one JSON-RPC message as an event (buffered for replay, written when connected). */
  send(message: unknown): void {
    this.seq += 1;
    const frame = `event: message\nid: ${this.key}-${this.seq}\ndata: ${JSON.stringify(message)}\n\n`;
    this.buffer.push({ seq: this.seq, frame });
    this.bufferedBytes += frame.length;
    while (this.buffer.length > this.limits.maxEvents || (this.bufferedBytes > this.limits.maxBytes && this.buffer.length > 1)) {
      this.bufferedBytes -= this.buffer.shift()!.frame.length;
    }
    if (this.writeFrame(frame)) this.delivered = this.seq;
  }

  /** Nothing more will be sent: end the response now if connected, or once a resumption delivers the rest. */
  finish(): void {
    this.finished = true;
    if (this.response) this.end();
  }

  /** Drop the response and the buffer (session closed). */
  close(): void {
    this.finished = true;
    this.buffer.length = 0;
    this.detach(true);
    this.onDone(this);
  }

  private end(): void {
    const response = this.response;
    this.detach(false);
    response?.end();
    this.onDone(this);
  }

  /** True when the frame was handed to a connected response. */
  private writeFrame(frame: string): boolean {
    const response = this.response;
    if (!response) return false;
    if (response.writableLength > this.limits.maxUnreadBytes) {
      // The reader does not keep up: drop the connection rather than buffer without bound.
      this.detach(true);
      return false;
    }
    response.write(frame);
    return true;
  }

  private detach(destroy: boolean): void {
    if (this.keepAlive) clearInterval(this.keepAlive);
    this.keepAlive = undefined;
    const response = this.response;
    this.response = undefined;
    if (destroy && response && !response.writableEnded) response.destroy();
  }
}

/** Parse `<stream>-<seq>` from a `Last-Event-ID` header. */
export function parseEventId(value: string): { stream: string; seq: number } | undefined {
  const m = /^([A-Za-z0-9]+)-(\d{1,15})$/.exec(value.trim());
  return m ? { stream: m[1], seq: Number(m[2]) } : undefined;
}
