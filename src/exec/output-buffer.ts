/**
 * Bounded capture of a command's output. A command may print gigabytes; we keep the first
 * `headBytes` and the last `tailBytes` of each stream (and of the interleaved aggregate) and count
 * what fell in between, so memory per stream never exceeds head + tail (+ one read chunk while
 * trimming). The model only ever sees ~10 KiB of it anyway (core formats head and tail lines).
 */

/** Bytes kept from the start of each stream. */
export const EXEC_OUTPUT_HEAD_BYTES = 1024 * 1024;
/** Bytes kept from the end of each stream. */
export const EXEC_OUTPUT_TAIL_BYTES = 1024 * 1024;

/** The line put where omitted bytes were, so nobody mistakes the text for contiguous output. */
export function omissionMarker(omittedBytes: number): string {
  return `\n[... ${omittedBytes} bytes of output omitted ...]\n`;
}

export class HeadTailBuffer {
  private readonly head: Buffer[] = [];
  private headLength = 0;
  private tail: Buffer[] = [];
  private tailLength = 0;
  /** Bytes seen but no longer held. */
  omittedBytes = 0;
  /** Bytes seen in total. */
  totalBytes = 0;

  constructor(
    private readonly headBytes = EXEC_OUTPUT_HEAD_BYTES,
    private readonly tailBytes = EXEC_OUTPUT_TAIL_BYTES,
  ) {}

  /** Bytes currently held in memory. */
  get retainedBytes(): number {
    return this.headLength + this.tailLength;
  }

  push(chunk: Buffer): void {
    this.totalBytes += chunk.length;
    let rest = chunk;
    if (this.headLength < this.headBytes) {
      const take = Math.min(this.headBytes - this.headLength, rest.length);
      // Copy: a read chunk may be a view into a larger pooled allocation we must not pin.
      this.head.push(Buffer.from(rest.subarray(0, take)));
      this.headLength += take;
      rest = rest.subarray(take);
    }
    if (rest.length === 0) return;
    if (this.tailBytes === 0) {
      this.omittedBytes += rest.length;
      return;
    }
    if (rest.length >= this.tailBytes) {
      // This chunk alone fills the tail: everything before its last tailBytes goes.
      this.omittedBytes += this.tailLength + rest.length - this.tailBytes;
      this.tail = [Buffer.from(rest.subarray(rest.length - this.tailBytes))];
      this.tailLength = this.tailBytes;
      return;
    }
    this.tail.push(Buffer.from(rest));
    this.tailLength += rest.length;
    while (this.tailLength > this.tailBytes) {
      const first = this.tail[0];
      const excess = this.tailLength - this.tailBytes;
      if (first.length <= excess) {
        this.tail.shift();
        this.tailLength -= first.length;
        this.omittedBytes += first.length;
      } else {
        this.tail[0] = Buffer.from(first.subarray(excess));
        this.tailLength -= excess;
        this.omittedBytes += excess;
      }
    }
  }

  /** Head, the omission marker (if anything was dropped), tail. */
  toBuffer(): Buffer {
    const parts = [...this.head];
    if (this.omittedBytes > 0) parts.push(Buffer.from(omissionMarker(this.omittedBytes)));
    parts.push(...this.tail);
    return Buffer.concat(parts);
  }

  /** toBuffer() decoded as UTF-8; invalid sequences become U+FFFD (like `from_utf8_lossy`). */
  toString(): string {
    return this.toBuffer().toString('utf8');
  }
}
