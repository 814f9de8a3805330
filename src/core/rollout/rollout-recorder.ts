import { promises as fs } from 'node:fs';
import type { Logger } from '../../logging/logger';
import type { ResponseItem } from '../../model/model-types';
import type { EventMsg } from '../../protocol/events';
import type { RolloutLock } from './rollout-lock';
import { isPersistedEvent, type RolloutLine, type RolloutRecorder } from './rollout-types';

/**
 * Append-only JSONL writer. The lines recorded in one tick go to the file in one `write` on an
 * O_APPEND descriptor, so a line is never split; writes are chained so the file keeps the
 * recording order; `flush` (turn end) fsyncs. A failed or short write (disk full, file size
 * limit) is cut back to the last whole line and stops the recording for good: later lines can
 * never glue to a partial one.
 */
export class FileRolloutRecorder implements RolloutRecorder {
  private pending: string[] = [];
  private chain: Promise<void> = Promise.resolve();
  private scheduled = false;
  private failed = false;
  private closed = false;
  /** Written since the last fsync. */
  private dirty = false;
  private handle: Promise<fs.FileHandle> | undefined;
  /** File size after our last complete write. */
  private size: number | undefined;
  private readonly failListeners: ((reason: string) => void)[] = [];

  constructor(
    readonly path: string,
    private readonly logger: Logger,
    private readonly lock?: RolloutLock,
    private readonly now: () => Date = () => new Date(),
  ) {}

  recordItems(items: ResponseItem[]): void {
    const timestamp = this.now().toISOString();
    for (const payload of items) this.push({ timestamp, type: 'response_item', payload });
  }

  recordEvent(msg: EventMsg): void {
    if (!isPersistedEvent(msg)) return;
    this.push({ timestamp: this.now().toISOString(), type: 'event_msg', payload: msg });
  }

  onDidFail(listener: (reason: string) => void): void {
    this.failListeners.push(listener);
  }

  async flush(): Promise<void> {
    this.writePending();
    this.chain = this.chain.then(() => this.sync());
    await this.chain;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    await this.flush();
    this.closed = true;
    this.chain = this.chain.then(async () => {
      const handle = this.handle;
      this.handle = undefined;
      await handle?.then((h) => h.close()).catch(() => undefined);
      await this.lock?.release().catch((err: unknown) => this.logger.warn('failed to release session lock', { path: this.path, error: String(err) }));
    });
    await this.chain;
  }

  private push(line: RolloutLine): void {
    if (this.failed || this.closed) return;
    this.pending.push(JSON.stringify(line) + '\n');
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => this.writePending());
  }

  private writePending(): void {
    this.scheduled = false;
    if (this.pending.length === 0) return;
    const data = this.pending.join('');
    this.pending = [];
    this.chain = this.chain.then(() => this.write(Buffer.from(data, 'utf8')));
  }

  private async write(data: Buffer): Promise<void> {
    if (this.failed) return;
    let handle: fs.FileHandle;
    try {
      handle = await (this.handle ??= fs.open(this.path, 'a', 0o600));
      this.size ??= (await handle.stat()).size;
    } catch (err) {
      this.fail(err);
      return;
    }
    const before = this.size;
    try {
      let written = (await handle.write(data)).bytesWritten;
      // A short write hides its cause (disk full, file size limit): asking for the rest tells it.
      if (written < data.length) written += (await handle.write(data.subarray(written))).bytesWritten;
      if (written < data.length) throw new Error(`short write (${written} of ${data.length} bytes)`);
      this.size = before + data.length;
      this.dirty = true;
    } catch (err) {
      // Cut off whatever part of the batch did land, so the file ends on a whole line.
      await handle.truncate(before).catch((e: unknown) => this.logger.error('could not cut a partial rollout line', { path: this.path, error: String(e) }));
      this.fail(err);
    }
  }

  private async sync(): Promise<void> {
    if (!this.dirty || this.failed || !this.handle) return;
    this.dirty = false;
    try {
      await (await this.handle).sync();
    } catch (err) {
      this.fail(err);
    }
  }

  private fail(err: unknown): void {
    if (this.failed) return;
    this.failed = true;
    this.pending = [];
    const reason = `failed to write ${this.path}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`;
    this.logger.warn('rollout recording stopped', { path: this.path, error: String(err) });
    for (const listener of this.failListeners) listener(reason);
  }
}

/** For conversations whose rollout could not be created. */
export class NullRolloutRecorder implements RolloutRecorder {
  constructor(readonly path: string) {}
  recordItems(): void {}
  recordEvent(): void {}
  onDidFail(): void {}
  async flush(): Promise<void> {}
  async close(): Promise<void> {}
}
