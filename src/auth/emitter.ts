import type { Logger } from '../logging/logger';
import type { Disposable } from './auth-manager';

/** A minimal event emitter: a throwing listener is logged and does not stop the others. */
export class Emitter<T> {
  private readonly listeners = new Set<(e: T) => void>();

  constructor(
    private readonly logger: Logger,
    private readonly name: string,
  ) {}

  /** Subscribe; dispose the result to unsubscribe. */
  readonly event = (listener: (e: T) => void): Disposable => {
    // Wrap so the same function may be registered twice and disposed independently.
    const entry = (e: T) => listener(e);
    this.listeners.add(entry);
    return { dispose: () => this.listeners.delete(entry) };
  };

  fire(e: T): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(e);
      } catch (err) {
        this.logger.error(`${this.name} listener failed`, { error: String(err) });
      }
    }
  }
}
