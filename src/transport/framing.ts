/**
 * Byte-level framing for stdio JSON-RPC: newline-delimited JSON (MCP) or `Content-Length`
 * headers (editor language clients). The framing is detected from the first bytes and kept.
 * Everything splits on bytes, so multi-byte UTF-8 across chunks is safe.
 *
 * Linear by design: a message's bytes are kept as a list of chunks and joined once, and each
 * chunk is scanned once, so a huge message costs its size, not its size squared. A message
 * over the cap is refused as soon as it passes it and its bytes are skipped (to the next
 * newline, or exactly the declared Content-Length), so the stream keeps its framing.
 */
import { messageOf } from '../common/errors';
/** How messages are framed on the stream: one JSON per line, or LSP-style headers. */
export type Framing = 'ndjson' | 'content-length';

/** What one frame turned into. `text` is the raw body for parse errors. */
export type FrameResult = { kind: 'json'; value: unknown } | { kind: 'parse-error'; text: string; error: string };

/** Refuse absurd messages instead of buffering without limit (64 MiB unless configured). */
export const DEFAULT_MAX_MESSAGE_BYTES = 64 * 1024 * 1024;
/** Headers are a few dozen bytes; more than this is not a header. */
const MAX_HEADER_BYTES = 8192;
const CONTENT_LENGTH = Buffer.from('content-length', 'latin1');
const EMPTY = Buffer.alloc(0);

/** Options of a FrameDecoder. */
export interface FrameDecoderOptions {
  /** Largest accepted message body in bytes. */
  maxMessageBytes?: number;
}

export class FrameDecoder {
  private readonly max: number;
  private framingValue: Framing | undefined;
  /** Bytes of the message (or, before detection, the prefix) read so far. */
  private chunks: Buffer[] = [];
  private size = 0;
  /** NDJSON: dropping an oversize line up to its newline. */
  private discardingLine = false;
  /** Content-Length: reading headers, a body of `need` bytes, or skipping `need` bytes. */
  private state: 'header' | 'body' | 'skip' = 'header';
  private need = 0;
  private readonly header = Buffer.alloc(MAX_HEADER_BYTES);
  private headerLength = 0;
  /** How many bytes of `\r\n\r\n` the header has ended with so far. */
  private headerEndMatched = 0;
  private headerTooLong = false;

  constructor(options: FrameDecoderOptions = {}) {
    this.max = options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES;
  }

  /** The framing seen so far (undefined until the first non-blank byte). */
  get framing(): Framing | undefined {
    return this.framingValue;
  }

  /** Feed a chunk; returns every complete frame it finished (and every refusal). */
  push(chunk: Buffer): FrameResult[] {
    const out: FrameResult[] = [];
    let data = chunk;
    if (!this.framingValue) {
      data = this.detect(data);
      if (!this.framingValue) return out;
    }
    if (this.framingValue === 'ndjson') this.pushLines(data, out);
    else while (data.length) data = this.pushHeaderFramed(data, out);
    return out;
  }

  /** Decide the framing from the first non-whitespace bytes; returns the bytes to decode. */
  private detect(data: Buffer): Buffer {
    let i = 0;
    if (this.size === 0) while (i < data.length && isSpace(data[i])) i++;
    if (i === data.length) return EMPTY;
    const rest = this.size ? Buffer.concat([...this.chunks, data]) : data.subarray(i);
    const n = Math.min(rest.length, CONTENT_LENGTH.length);
    if (lowerEquals(rest.subarray(0, n), CONTENT_LENGTH.subarray(0, n))) {
      if (n < CONTENT_LENGTH.length) {
        // Could still be either: keep the (short) prefix.
        this.chunks = [rest];
        this.size = rest.length;
        return EMPTY;
      }
      this.framingValue = 'content-length';
    } else {
      this.framingValue = 'ndjson';
    }
    this.chunks = [];
    this.size = 0;
    return rest;
  }

  private pushLines(data: Buffer, out: FrameResult[]): void {
    let start = 0;
    for (let nl = data.indexOf(0x0a); nl >= 0; nl = data.indexOf(0x0a, start)) {
      const piece = data.subarray(start, nl);
      start = nl + 1;
      if (this.discardingLine) {
        this.discardingLine = false;
      } else if (this.size + piece.length > this.max) {
        this.clear();
        out.push(this.oversize());
      } else {
        const line = this.take(piece);
        if (!isBlank(line)) out.push(parse(line));
      }
    }
    const rest = data.subarray(start);
    if (!rest.length || this.discardingLine) return;
    if (this.size + rest.length > this.max) {
      this.clear();
      this.discardingLine = true;
      out.push(this.oversize());
      return;
    }
    this.chunks.push(rest);
    this.size += rest.length;
  }

  /** Consume what the current state wants from `data`; returns the unconsumed rest. */
  private pushHeaderFramed(data: Buffer, out: FrameResult[]): Buffer {
    if (this.state === 'skip') {
      const n = Math.min(this.need, data.length);
      this.need -= n;
      if (this.need === 0) this.state = 'header';
      return data.subarray(n);
    }
    if (this.state === 'body') {
      const n = Math.min(this.need, data.length);
      this.chunks.push(data.subarray(0, n));
      this.size += n;
      this.need -= n;
      if (this.need === 0) {
        this.state = 'header';
        out.push(parse(this.take(EMPTY)));
      }
      return data.subarray(n);
    }
    let i = 0;
    // Tolerate blank lines between frames.
    if (this.headerLength === 0 && this.headerEndMatched === 0) while (i < data.length && isSpace(data[i])) i++;
    for (; i < data.length; i++) {
      const b = data[i];
      this.headerEndMatched = b === (this.headerEndMatched % 2 === 0 ? 0x0d : 0x0a) ? this.headerEndMatched + 1 : b === 0x0d ? 1 : 0;
      if (this.headerLength < MAX_HEADER_BYTES) this.header[this.headerLength++] = b;
      else if (!this.headerTooLong) {
        this.headerTooLong = true;
        out.push({ kind: 'parse-error', text: '', error: `header longer than ${MAX_HEADER_BYTES} bytes` });
      }
      if (this.headerEndMatched === 4) {
        this.endHeader(out);
        return data.subarray(i + 1);
      }
    }
    return EMPTY;
  }

  private endHeader(out: FrameResult[]): void {
    const headers = this.header.subarray(0, this.headerLength).toString('latin1');
    const tooLong = this.headerTooLong;
    this.headerLength = 0;
    this.headerEndMatched = 0;
    this.headerTooLong = false;
    if (tooLong) return;
    const match = /(?:^|\r\n)content-length[ \t]*:[ \t]*(\d+)[ \t]*\r\n/i.exec(headers);
    if (!match) {
      out.push({ kind: 'parse-error', text: '', error: 'missing Content-Length header' });
      return;
    }
    const length = Number(match[1]);
    if (length > this.max) {
      // Refused at the header; skip exactly the declared body so the next header is found.
      out.push(this.oversize(length));
      this.state = 'skip';
      this.need = length;
      return;
    }
    this.state = 'body';
    this.need = length;
    if (length === 0) {
      this.state = 'header';
      out.push(parse(EMPTY));
    }
  }

  /** The buffered chunks plus `last`, joined once; the buffer is emptied. */
  private take(last: Buffer): Buffer {
    if (this.size === 0) return last;
    const all = Buffer.concat(last.length ? [...this.chunks, last] : this.chunks, this.size + last.length);
    this.clear();
    return all;
  }

  private clear(): void {
    this.chunks = [];
    this.size = 0;
  }

  private oversize(declared?: number): FrameResult {
    const what = declared === undefined ? 'message' : `message of ${declared} bytes (Content-Length)`;
    return { kind: 'parse-error', text: '', error: `${what} exceeds the ${this.max}-byte limit (--max-message-bytes); skipped` };
  }
}

function parse(frame: Buffer): FrameResult {
  const text = frame.toString('utf8');
  try {
    return { kind: 'json', value: JSON.parse(text) };
  } catch (e) {
    return { kind: 'parse-error', text, error: messageOf(e) };
  }
}

function isBlank(line: Buffer): boolean {
  for (let i = 0; i < line.length; i++) if (!isSpace(line[i])) return false;
  return true;
}

function isSpace(b: number): boolean {
  return b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;
}

function lowerEquals(a: Buffer, lowerB: Buffer): boolean {
  if (a.length !== lowerB.length) return false;
  for (let i = 0; i < a.length; i++) {
    const c = a[i] >= 0x41 && a[i] <= 0x5a ? a[i] + 0x20 : a[i];
    if (c !== lowerB[i]) return false;
  }
  return true;
}

/** Encode one message for the wire in the given framing. */
export function encodeFrame(json: string, framing: Framing): Buffer {
  if (framing === 'ndjson') return Buffer.from(json + '\n', 'utf8');
  const body = Buffer.from(json, 'utf8');
  return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'latin1'), body]);
}
