/**
 * A small incremental Server-Sent Events parser. We read the SSE body ourselves (not through the
 * openai SDK's Stream) so that, like the reference, unparsable `data:` lines are skipped instead of
 * thrown, `[DONE]` is visible, and the SDK never logs to the console.
 */

/** One dispatched SSE message. */
export interface SseMessage {
  /** The `event:` field, or undefined when absent. */
  event: string | undefined;
  /** `data:` lines joined with `\n`. */
  data: string;
}

/**
 * Feed decoded text in any chunking; complete messages come out in order. Work per chunk is linear
 * in the chunk's size: only the unfinished last line is carried over.
 */
export class SseParser {
  private carry = '';
  private event: string | undefined;
  private data: string[] = [];
  private lastWasCr = false;

  /** Parse `text` and return the messages it completed. */
  push(text: string): SseMessage[] {
    const out: SseMessage[] = [];
    let start = 0;
    let i = 0;
    // A `\r\n` split across two chunks: the `\n` belongs to the line already ended.
    if (this.lastWasCr && text.startsWith('\n')) {
      start = 1;
      i = 1;
    }
    this.lastWasCr = false;
    for (; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch !== 10 && ch !== 13) continue;
      let line = text.slice(start, i);
      if (this.carry) {
        line = this.carry + line;
        this.carry = '';
      }
      this.line(line, out);
      if (ch === 13) {
        if (i + 1 < text.length) {
          if (text.charCodeAt(i + 1) === 10) i++;
        } else {
          this.lastWasCr = true;
        }
      }
      start = i + 1;
    }
    if (start < text.length) this.carry += text.slice(start);
    return out;
  }

  private line(line: string, out: SseMessage[]): void {
    if (line === '') {
      this.dispatch(out);
      return;
    }
    if (line.charCodeAt(0) === 58 /* ':' comment */) return;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.charCodeAt(0) === 32) value = value.slice(1);
    if (field === 'data') this.data.push(value);
    else if (field === 'event') this.event = value;
  }

  private dispatch(out: SseMessage[]): void {
    if (this.data.length > 0) {
      out.push({ event: this.event, data: this.data.length === 1 ? this.data[0] : this.data.join('\n') });
    }
    this.data = [];
    this.event = undefined;
  }
}

/**
 * Read an SSE body. `activity` is called per network chunk (the idle watchdog's heartbeat).
 * Errors from the body (a cut connection, an abort) propagate.
 */
export async function* readSse(
  body: ReadableStream<Uint8Array> | null,
  activity: () => void,
): AsyncGenerator<SseMessage, void, undefined> {
  if (!body) return;
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const parser = new SseParser();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      activity();
      const messages = parser.push(decoder.decode(value, { stream: true }));
      for (const message of messages) yield message;
    }
    // As the SSE spec says, a message without its closing blank line at EOF is dropped.
    const tail = decoder.decode();
    if (tail) for (const message of parser.push(tail)) yield message;
  } finally {
    // Cancelling an already-errored or finished stream is harmless; this frees the socket early.
    reader.cancel().catch(() => undefined);
  }
}
