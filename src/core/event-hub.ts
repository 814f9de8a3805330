import type { Event } from '../protocol/events';
import type { Logger } from '../logging/logger';
import type { Disposable } from './conversation';

/**
 * Fan-out of a conversation's events. Every listener gets every event, synchronously and in order.
 * While nobody listens, events are kept and handed, once, to the next listener that subscribes.
 * Live listeners only watch: they get events from their subscription on and never affect the buffer.
 */
export class EventHub {
  private readonly listeners = new Set<(event: Event) => void>();
  private readonly liveListeners = new Set<(event: Event) => void>();
  private buffer: Event[] = [];

  constructor(private readonly logger: Logger) {}

  emit(event: Event): void {
    if (this.listeners.size === 0) this.buffer.push(event);
    // Copy: a listener may unsubscribe (or subscribe another) while we deliver.
    else for (const listener of [...this.listeners]) this.deliver(listener, event);
    for (const listener of [...this.liveListeners]) this.deliver(listener, event);
  }

  subscribeLive(listener: (event: Event) => void): Disposable {
    this.liveListeners.add(listener);
    return { dispose: () => void this.liveListeners.delete(listener) };
  }

  subscribe(listener: (event: Event) => void): Disposable {
    this.listeners.add(listener);
    if (this.buffer.length > 0) {
      const pending = this.buffer;
      this.buffer = [];
      for (const event of pending) this.deliver(listener, event);
    }
    return { dispose: () => void this.listeners.delete(listener) };
  }

  private deliver(listener: (event: Event) => void, event: Event): void {
    try {
      listener(event);
    } catch (err) {
      this.logger.error('event listener threw', { error: String(err), type: event.msg.type });
    }
  }
}
