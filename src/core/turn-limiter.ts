import { inject, injectable, optional } from 'inversify';
import { DEFAULT_SERVER_LIMITS, ServerLimits } from '../config/config-types';
import { Disposable, Emitter, type Event } from 'vscode-jsonrpc/node';

export const TurnLimiter = Symbol('TurnLimiter');
/** Counts the turns running in this process against `max_concurrent_turns`. */
export interface TurnLimiter {
  /** The configured maximum. */
  readonly limit: number;
  /** Turns running now. */
  readonly active: number;
  /** A slot for one turn (dispose it when the turn ends; disposing twice is harmless), or undefined when all are taken. */
  tryAcquire(): Disposable | undefined;
  /** Fires each time a turn gives its slot back. */
  readonly onDidEndTurn: Event<void>;
}

/** The message every refused turn carries. */
export function tooManyTurnsMessage(limit: number): string {
  return `too many concurrent turns: this server runs at most ${limit} at once (max_concurrent_turns); try again when one ends`;
}

@injectable()
export class TurnLimiterImpl implements TurnLimiter {
  readonly limit: number;
  private running = 0;
  private readonly didEndTurn = new Emitter<void>();
  readonly onDidEndTurn = this.didEndTurn.event;

  constructor(@inject(ServerLimits) @optional() limits?: ServerLimits) {
    this.limit = (limits ?? DEFAULT_SERVER_LIMITS).max_concurrent_turns;
  }

  get active(): number {
    return this.running;
  }

  tryAcquire(): Disposable | undefined {
    if (this.running >= this.limit) return undefined;
    this.running++;
    let released = false;
    return Disposable.create(() => {
      if (released) return;
      released = true;
      this.running--;
      this.didEndTurn.fire();
    });
  }
}
