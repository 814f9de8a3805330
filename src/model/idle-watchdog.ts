/**
 * Fires `onIdle` when no activity was seen for `ms`. Paused while the consumer holds an event,
 * so a slow consumer (an approval prompt between two items) never counts as a dead server.
 * Activity only stamps a time (O(1) per chunk); the timer re-schedules itself lazily.
 */
export class IdleWatchdog {
  private deadline = 0;
  private timer: NodeJS.Timeout | undefined;
  private paused = true;
  private stopped = false;

  constructor(
    private readonly ms: number,
    private readonly onIdle: () => void,
  ) {}

  /** Start or resume watching from now. */
  resume(): void {
    if (this.stopped) return;
    this.paused = false;
    this.kick();
  }

  /** Stop counting until resume(). */
  pause(): void {
    this.paused = true;
  }

  /** Something arrived: the deadline moves. */
  kick(): void {
    this.deadline = Date.now() + this.ms;
    if (!this.timer && !this.paused) this.schedule(this.ms);
  }

  stop(): void {
    this.stopped = true;
    this.paused = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedule(delay: number): void {
    this.timer = setTimeout(() => this.fire(), delay);
  }

  private fire(): void {
    this.timer = undefined;
    if (this.paused || this.stopped) return;
    const left = this.deadline - Date.now();
    if (left > 0) this.schedule(left);
    else this.onIdle();
  }
}
