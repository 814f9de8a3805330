import { AbstractMessageWriter, Emitter, Event, Message, MessageWriter } from 'vscode-jsonrpc/node';
import { encodeFrame, Framing } from './framing';

/**
 * Serialise a message with the reference's key order (the envelope keys sorted, as serde_json
 * wrote them): `{id, jsonrpc, result}`, `{error, id, jsonrpc}`, `{jsonrpc, method, params}`,
 * `{id, jsonrpc, method, params}`.
 */
export function serializeMessage(message: Message): string {
  const m = message as unknown as Record<string, unknown>;
  const ordered: Record<string, unknown> = {};
  if ('error' in m && m.error !== undefined) ordered.error = m.error;
  if ('id' in m) ordered.id = m.id ?? null;
  ordered.jsonrpc = '2.0';
  if ('method' in m) ordered.method = m.method;
  if ('params' in m && m.params !== undefined) ordered.params = m.params;
  if ('result' in m && !('error' in m && m.error !== undefined)) ordered.result = m.result === undefined ? null : m.result;
  return JSON.stringify(ordered);
}

/** Events whose payload is a piece of a longer text or byte stream, by payload field. */
const DELTA_FIELDS: Record<string, 'delta' | 'chunk'> = {
  agent_message_delta: 'delta',
  agent_reasoning_delta: 'delta',
  agent_reasoning_raw_content_delta: 'delta',
  exec_command_output_delta: 'chunk',
};
/** Deltas are merged only once this much is waiting (a blocked client, not a brief hiccup). */
const COALESCE_AFTER_BYTES = 256 * 1024;
/** Above this backlog the input is paused (no new requests, so no new answers), resumed below a quarter of it. */
const PAUSE_INPUT_BYTES = 8 * 1024 * 1024;

type Piece = string | number[];

/** A queued delta that may absorb the next deltas of the same stream (same everything but the payload). */
interface QueuedDelta {
  key: string;
  method: string;
  params: { msg: Record<string, unknown> } & Record<string, unknown>;
  field: 'delta' | 'chunk';
  pieces: Piece[];
}

interface Entry {
  /** The serialised message, or the delta it will be serialised from. */
  json?: string;
  delta?: QueuedDelta;
  bytes: number;
  written: (() => void)[];
}

/**
 * The single writer to stdout: messages go out in the order written, framed as the client's.
 * The stream's back-pressure is honoured: while it is full, messages wait in a queue, where
 * consecutive deltas of one stream (agent text, reasoning, one command's output) merge into one
 * delta with exactly the concatenated payload; nothing else is merged or dropped. A backlog over
 * PAUSE_INPUT_BYTES pauses the input (see onBackpressure) until the client reads again.
 */
export class StdioMessageWriter extends AbstractMessageWriter implements MessageWriter {
  private framing: Framing = 'ndjson';
  private closed = false;
  private queue: (Entry | undefined)[] = [];
  private head = 0;
  private queuedBytes = 0;
  /** Waiting for 'drain'. */
  private blocked = false;
  /** Writes handed to the stream whose callback has not run yet. */
  private unflushed = 0;
  private idleWaiters: (() => void)[] = [];
  private inputPaused = false;
  private coalescing = false;
  private readonly backpressure = new Emitter<boolean>();
  /** Fires true when the backlog is large enough that reading more input should pause, false when it may resume. */
  readonly onBackpressure: Event<boolean> = this.backpressure.event;

  constructor(
    private readonly writable: NodeJS.WritableStream,
    /** Debug logging of back-pressure episodes. */
    private readonly log?: (message: string, meta: Record<string, unknown>) => void,
  ) {
    super();
    writable.on('error', (e: Error) => {
      this.shut();
      this.fireError(e);
    });
    writable.on('close', () => this.shut());
  }

  setFraming(framing: Framing): void {
    this.framing = framing;
  }

  write(message: Message): Promise<void> {
    if (this.closed) return Promise.resolve();
    const delta = this.queuedBytes >= COALESCE_AFTER_BYTES ? asDelta(message) : undefined;
    if (delta) {
      const last = this.queue.length > this.head ? this.queue[this.queue.length - 1] : undefined;
      if (last?.delta?.key === delta.key) {
        last.delta.pieces.push(delta.pieces[0]);
        const bytes = weight(delta.pieces[0]);
        last.bytes += bytes;
        this.queuedBytes += bytes;
        if (!this.coalescing) {
          this.coalescing = true;
          this.log?.('output blocked: merging consecutive deltas', { queuedBytes: this.queuedBytes });
        }
        this.checkBackpressure();
        return new Promise<void>((resolve) => last.written.push(resolve));
      }
      return this.enqueue({ delta, bytes: 200 + weight(delta.pieces[0]), written: [] });
    }
    return this.writeRaw(serializeMessage(message));
  }

  /** Write an already serialised JSON message (transport-level error answers). */
  writeRaw(json: string): Promise<void> {
    if (this.closed) return Promise.resolve();
    if (!this.blocked && this.queue.length === this.head) {
      this.send(json);
      return Promise.resolve();
    }
    return this.enqueue({ json, bytes: json.length, written: [] });
  }

  /** Resolves when everything written so far has been passed to the operating system (or the stream closed). */
  flush(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise<void>((resolve) => this.idleWaiters.push(resolve));
  }

  end(): void {
    /* stdout stays open until the process exits */
  }

  private enqueue(entry: Entry): Promise<void> {
    this.queue.push(entry);
    this.queuedBytes += entry.bytes;
    this.checkBackpressure();
    const written = new Promise<void>((resolve) => entry.written.push(resolve));
    this.pump();
    return written;
  }

  private pump(): void {
    while (!this.blocked && !this.closed && this.head < this.queue.length) {
      const entry = this.queue[this.head]!;
      this.queue[this.head++] = undefined;
      this.queuedBytes -= entry.bytes;
      this.send(entry.json ?? serializeMessage(materialize(entry.delta!)));
      for (const resolve of entry.written) resolve();
    }
    if (this.head === this.queue.length) {
      this.queue = [];
      this.head = 0;
      if (this.coalescing) this.log?.('output flowing again', {});
      this.coalescing = false;
    }
    this.checkBackpressure();
    this.checkIdle();
  }

  private send(json: string): void {
    this.unflushed++;
    const ok = this.writable.write(encodeFrame(json, this.framing), (err) => {
      if (err) this.shut();
      this.unflushed--;
      this.checkIdle();
    });
    if (!ok && !this.blocked) {
      this.blocked = true;
      this.writable.once('drain', () => {
        this.blocked = false;
        this.pump();
      });
    }
  }

  private checkBackpressure(): void {
    if (!this.inputPaused && this.queuedBytes > PAUSE_INPUT_BYTES) {
      this.inputPaused = true;
      this.log?.('output backlog: pausing input', { queuedBytes: this.queuedBytes });
      this.backpressure.fire(true);
    } else if (this.inputPaused && this.queuedBytes < PAUSE_INPUT_BYTES / 4) {
      this.inputPaused = false;
      this.backpressure.fire(false);
    }
  }

  private isIdle(): boolean {
    return this.closed || (this.queue.length === this.head && this.unflushed === 0);
  }

  private checkIdle(): void {
    if (!this.isIdle()) return;
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }

  /** The stream is gone: nothing more can be written; release every waiter. */
  private shut(): void {
    if (this.closed) return;
    this.closed = true;
    const entries = this.queue.slice(this.head);
    this.queue = [];
    this.head = 0;
    this.queuedBytes = 0;
    for (const entry of entries) for (const resolve of entry!.written) resolve();
    this.checkIdle();
  }
}

/** The delta view of a `codex/event` notification, or undefined for anything else. */
function asDelta(message: Message): QueuedDelta | undefined {
  const m = message as unknown as { method?: unknown; id?: unknown; params?: { msg?: Record<string, unknown> } & Record<string, unknown> };
  if (typeof m.method !== 'string' || !m.method.startsWith('codex/event') || m.id !== undefined) return undefined;
  const msg = m.params?.msg;
  const field = typeof msg?.type === 'string' ? DELTA_FIELDS[msg.type] : undefined;
  if (!field || !msg) return undefined;
  const payload = msg[field];
  if (field === 'delta' ? typeof payload !== 'string' : !Array.isArray(payload)) return undefined;
  const params = m.params as QueuedDelta['params'];
  const key = `${m.method}\u0000${JSON.stringify({ ...params, msg: { ...msg, [field]: null } })}`;
  return { key, method: m.method, params, field, pieces: [payload as Piece] };
}

/** About how many bytes a payload piece takes on the wire (a byte is up to 4 characters in a JSON array). */
function weight(piece: Piece): number {
  return typeof piece === 'string' ? piece.length : piece.length * 4;
}

/** The merged notification: the first delta's envelope, the payloads concatenated in order. */
function materialize(d: QueuedDelta): Message {
  let payload: Piece;
  if (d.field === 'delta') payload = (d.pieces as string[]).join('');
  else {
    const bytes: number[] = [];
    for (const piece of d.pieces as number[][]) for (const b of piece) bytes.push(b);
    payload = bytes;
  }
  return { jsonrpc: '2.0', method: d.method, params: { ...d.params, msg: { ...d.params.msg, [d.field]: payload } } } as unknown as Message;
}
