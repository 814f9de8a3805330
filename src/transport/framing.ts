/**
 * Byte-level framing for stdio JSON-RPC: newline-delimited JSON (MCP) or `Content-Length`
 * headers (editor language clients). The framing is detected from the first bytes and kept.
 * Everything splits on bytes, so multi-byte UTF-8 across chunks is safe.
 */
export type Framing = 'ndjson' | 'content-length';

/** What one frame turned into. `text` is the raw body for parse errors. */
export type FrameResult = { kind: 'json'; value: unknown } | { kind: 'parse-error'; text: string; error: string };

const CONTENT_LENGTH = Buffer.from('content-length', 'latin1');
const HEADER_END = Buffer.from('\r\n\r\n', 'latin1');
/** Refuse absurd frames instead of buffering without limit (64 MiB). */
export const MAX_FRAME_BYTES = 64 * 1024 * 1024;

export class FrameDecoder {
  private buffer: Buffer = Buffer.alloc(0);
  private framingValue: Framing | undefined;

  /** The framing seen so far (undefined until the first non-blank byte). */
  get framing(): Framing | undefined {
    return this.framingValue;
  }

  /** Feed a chunk; returns every complete frame it finished. */
  push(chunk: Buffer): FrameResult[] {
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
    const out: FrameResult[] = [];
    for (;;) {
      if (!this.framingValue && !this.detect()) break;
      const frame = this.framingValue === 'content-length' ? this.nextHeaderFrame() : this.nextLine();
      if (frame === undefined) break;
      if (frame === null) continue;
      out.push(parse(frame));
    }
    if (this.buffer.length > MAX_FRAME_BYTES) {
      out.push({ kind: 'parse-error', text: '', error: `frame larger than ${MAX_FRAME_BYTES} bytes` });
      this.buffer = Buffer.alloc(0);
    }
    return out;
  }

  /** Decide the framing from the first non-whitespace bytes; false when more bytes are needed. */
  private detect(): boolean {
    let i = 0;
    while (i < this.buffer.length && isSpace(this.buffer[i])) i++;
    if (i === this.buffer.length) {
      this.buffer = Buffer.alloc(0);
      return false;
    }
    const rest = this.buffer.subarray(i);
    const n = Math.min(rest.length, CONTENT_LENGTH.length);
    if (lowerEquals(rest.subarray(0, n), CONTENT_LENGTH.subarray(0, n))) {
      if (n < CONTENT_LENGTH.length) return false; // could still be either
      this.framingValue = 'content-length';
      this.buffer = rest;
    } else {
      this.framingValue = 'ndjson';
    }
    return true;
  }

  /** undefined: need more bytes; null: skipped a blank line. */
  private nextLine(): Buffer | null | undefined {
    const nl = this.buffer.indexOf(0x0a);
    if (nl < 0) return undefined;
    let line = this.buffer.subarray(0, nl);
    this.buffer = this.buffer.subarray(nl + 1);
    if (line.length && line[line.length - 1] === 0x0d) line = line.subarray(0, line.length - 1);
    if (line.every(isSpace)) return null;
    return line;
  }

  private nextHeaderFrame(): Buffer | null | undefined {
    // Tolerate blank lines between frames.
    let i = 0;
    while (i < this.buffer.length && isSpace(this.buffer[i])) i++;
    if (i) this.buffer = this.buffer.subarray(i);
    const end = this.buffer.indexOf(HEADER_END);
    if (end < 0) return undefined;
    const headers = this.buffer.subarray(0, end).toString('latin1');
    const match = /(?:^|\r\n)content-length\s*:\s*(\d+)/i.exec(headers);
    if (!match) {
      this.buffer = this.buffer.subarray(end + HEADER_END.length);
      return Buffer.from('\u0000missing Content-Length header');
    }
    const length = Number(match[1]);
    const start = end + HEADER_END.length;
    if (this.buffer.length < start + length) return undefined;
    const body = this.buffer.subarray(start, start + length);
    this.buffer = this.buffer.subarray(start + length);
    return body;
  }
}

function parse(frame: Buffer): FrameResult {
  const text = frame.toString('utf8');
  if (text.startsWith('\u0000')) return { kind: 'parse-error', text: '', error: text.slice(1) };
  try {
    return { kind: 'json', value: JSON.parse(text) };
  } catch (e) {
    return { kind: 'parse-error', text, error: e instanceof Error ? e.message : String(e) };
  }
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
