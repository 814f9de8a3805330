import { AbstractMessageWriter, Message, MessageWriter } from 'vscode-jsonrpc/node';
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

/** The single writer to stdout: serialised writes, back-pressure honoured, framing as the client's. */
export class StdioMessageWriter extends AbstractMessageWriter implements MessageWriter {
  private queue: Promise<void> = Promise.resolve();
  private framing: Framing = 'ndjson';
  private closed = false;

  constructor(
    private readonly writable: NodeJS.WritableStream,
    /** Return true to drop a message (responses to requests the client cancelled). */
    private readonly drop?: (message: Message) => boolean,
  ) {
    super();
    writable.on('error', (e: Error) => {
      this.closed = true;
      this.fireError(e);
    });
    writable.on('close', () => {
      this.closed = true;
    });
  }

  setFraming(framing: Framing): void {
    this.framing = framing;
  }

  write(message: Message): Promise<void> {
    if (this.drop?.(message)) return Promise.resolve();
    return this.writeRaw(serializeMessage(message));
  }

  /** Write an already serialised JSON message (transport-level error answers). */
  writeRaw(json: string): Promise<void> {
    const frame = encodeFrame(json, this.framing);
    this.queue = this.queue.then(
      () =>
        new Promise<void>((resolve) => {
          if (this.closed) return resolve();
          const ok = this.writable.write(frame, (err) => {
            if (err) this.closed = true;
          });
          if (ok) resolve();
          else {
            const done = () => {
              this.writable.off('drain', done);
              this.writable.off('close', done);
              resolve();
            };
            this.writable.once('drain', done);
            this.writable.once('close', done);
          }
        }),
    );
    return this.queue;
  }

  /** Resolves when everything queued so far has been handed to the stream. */
  flush(): Promise<void> {
    return this.queue;
  }

  end(): void {
    /* stdout stays open until the process exits */
  }
}
