import { promises as fs } from 'node:fs';
import type { Logger } from '../../logging/logger';
import type { ResponseItem } from '../../model/model-types';
import type { EventMsg } from '../../protocol/events';
import { isPersistedEvent, type RolloutLine, type RolloutRecorder } from './rollout-types';

/**
 * Append-only JSONL writer. Lines recorded in the same tick are written with one appendFile;
 * writes are chained so the file keeps the recording order.
 */
export class FileRolloutRecorder implements RolloutRecorder {
  private pending: string[] = [];
  private chain: Promise<void> = Promise.resolve();
  private scheduled = false;
  private failed = false;

  constructor(
    readonly path: string,
    private readonly logger: Logger,
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

  async flush(): Promise<void> {
    this.writePending();
    await this.chain;
  }

  private push(line: RolloutLine): void {
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
    this.chain = this.chain.then(async () => {
      try {
        await fs.appendFile(this.path, data, { encoding: 'utf8', mode: 0o600 });
      } catch (err) {
        // Log once: a broken rollout must not break the conversation.
        if (!this.failed) this.logger.warn('failed to write rollout', { path: this.path, error: String(err) });
        this.failed = true;
      }
    });
  }
}

/** For conversations whose rollout could not be created. */
export class NullRolloutRecorder implements RolloutRecorder {
  constructor(readonly path: string) {}
  recordItems(): void {}
  recordEvent(): void {}
  async flush(): Promise<void> {}
}
