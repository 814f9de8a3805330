import type { ReviewDecision } from '../protocol/common-types';

/**
 * Approvals the running turn waits for, keyed by the tool call id. A request is registered
 * before its event is emitted, so an answer that arrives at once (even from inside the event
 * listener) always finds it.
 */
export class PendingApprovals {
  private readonly pending = new Map<string, (decision: ReviewDecision) => void>();

  /** Register a wait for `callId`; the promise settles when `resolve` or `abortAll` is called. */
  register(callId: string): Promise<ReviewDecision> {
    return new Promise<ReviewDecision>((resolve) => {
      this.pending.set(callId, resolve);
    });
  }

  /** Answer one approval; false when nothing waits for `callId`. */
  resolve(callId: string, decision: ReviewDecision): boolean {
    const resolve = this.pending.get(callId);
    if (!resolve) return false;
    this.pending.delete(callId);
    resolve(decision);
    return true;
  }

  /** Answer every waiting approval with `abort` (interrupt, shutdown). */
  abortAll(): void {
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const resolve of waiting) resolve('abort');
  }

  get size(): number {
    return this.pending.size;
  }
}
