import { Emitter, type Disposable } from 'vscode-jsonrpc/node';
import { loggedEvent } from '../common/logged-event';
import type { Event, EventMsg } from '../protocol/events';
import type { Logger } from '../logging/logger';

/** What the replay buffer may hold while nobody listens. */
export interface ReplayBufferLimits {
  /** Approximate size (string characters) of the buffered events. */
  maxBytes: number;
  /** Number of buffered events. */
  maxEvents: number;
}

export const DEFAULT_REPLAY_LIMITS: ReplayBufferLimits = { maxBytes: 4 * 1024 * 1024, maxEvents: 5_000 };

/** Streaming pieces: the final event of each (agent_message, exec_command_end …) carries their content. */
const DELTA_TYPES = new Set<EventMsg['type']>([
  'exec_command_output_delta',
  'agent_message_delta',
  'agent_reasoning_delta',
  'agent_reasoning_raw_content_delta',
]);

type Entry = { event: Event; size: number } | { dropped: number; id: string };

/**
 * Fan-out of a conversation's events. Every listener gets every event, synchronously and in order.
 * While nobody listens, events are kept and handed, once, to the next listener that subscribes.
 * That replay buffer is bounded: it keeps what a late first listener needs (session_configured and
 * the current turn), drops earlier turns when a new one starts and, past the caps, streaming
 * deltas first, then the oldest events. Each run of dropped events is replayed as one counted
 * `background_event` in its place.
 * Live listeners only watch: they get events from their subscription on and never affect the buffer.
 */
export class EventHub {
  private attached = false;
  private readonly events = new Emitter<Event>({
    onFirstListenerAdd: () => (this.attached = true),
    onLastListenerRemove: () => (this.attached = false),
  });
  private readonly liveEvents = new Emitter<Event>();
  private readonly onEvent = loggedEvent(this.events.event, (err, e) => this.listenerThrew(err, e));
  private readonly onLiveEvent = loggedEvent(this.liveEvents.event, (err, e) => this.listenerThrew(err, e));
  private buffer: Entry[] = [];
  private bufferedBytes = 0;
  private bufferedEvents = 0;

  constructor(
    private readonly logger: Logger,
    private readonly limits: ReplayBufferLimits = DEFAULT_REPLAY_LIMITS,
  ) {}

  emit(event: Event): void {
    if (this.attached) this.events.fire(event);
    else this.keep(event);
    this.liveEvents.fire(event);
  }

  subscribeLive(listener: (event: Event) => void): Disposable {
    return this.onLiveEvent(listener);
  }

  subscribe(listener: (event: Event) => void): Disposable {
    const subscription = this.onEvent(listener);
    if (this.buffer.length > 0) {
      const pending = this.buffer;
      this.buffer = [];
      this.bufferedBytes = 0;
      this.bufferedEvents = 0;
      for (const entry of pending) this.deliver(listener, 'event' in entry ? entry.event : droppedNote(entry));
    }
    return subscription;
  }

  /** True while a (non-live) listener is attached. */
  hasListeners(): boolean {
    return this.attached;
  }

  private keep(event: Event): void {
    // A new turn: what a late listener needs is this turn, not the ones before.
    if (event.msg.type === 'task_started') this.drop(() => true);
    const size = approximateSize(event.msg);
    this.buffer.push({ event, size });
    this.bufferedBytes += size;
    this.bufferedEvents++;
    if (this.bufferedBytes <= this.limits.maxBytes && this.bufferedEvents <= this.limits.maxEvents) return;
    // Compact to three quarters of the caps, so the work is amortised over many events.
    const fits = () => this.bufferedBytes <= (this.limits.maxBytes * 3) / 4 && this.bufferedEvents <= (this.limits.maxEvents * 3) / 4;
    this.drop((e) => !fits() && DELTA_TYPES.has(e.msg.type));
    this.drop(() => !fits());
  }

  /** Replace, oldest first, the events `shouldDrop` picks (never session_configured) by counted notes. */
  private drop(shouldDrop: (event: Event) => boolean): void {
    const kept: Entry[] = [];
    const addNote = (count: number, id: string) => {
      const last = kept[kept.length - 1];
      if (last !== undefined && 'dropped' in last) last.dropped += count;
      else kept.push({ dropped: count, id });
    };
    for (const entry of this.buffer) {
      if ('dropped' in entry) addNote(entry.dropped, entry.id);
      else if (entry.event.msg.type !== 'session_configured' && shouldDrop(entry.event)) {
        this.bufferedBytes -= entry.size;
        this.bufferedEvents--;
        addNote(1, entry.event.id);
      } else kept.push(entry);
    }
    this.buffer = kept;
  }

  private deliver(listener: (event: Event) => void, event: Event): void {
    try {
      listener(event);
    } catch (err) {
      this.listenerThrew(err, event);
    }
  }

  private listenerThrew(err: unknown, event: Event): void {
    this.logger.error('event listener threw', { error: String(err), type: event.msg.type });
  }
}

function droppedNote(entry: { dropped: number; id: string }): Event {
  const what = entry.dropped === 1 ? '1 event' : `${entry.dropped} events`;
  return {
    id: entry.id,
    msg: { type: 'background_event', message: `${what} dropped while no listener was attached (the replay buffer keeps the current turn, up to its size cap)` },
  };
}

/** Cheap size estimate (no serialisation): string lengths plus a little per value. */
function approximateSize(value: unknown): number {
  if (typeof value === 'string') return value.length + 2;
  if (Array.isArray(value)) {
    let n = 2;
    for (const v of value) n += typeof v === 'number' ? 4 : approximateSize(v);
    return n;
  }
  if (typeof value === 'object' && value !== null) {
    let n = 2;
    for (const [k, v] of Object.entries(value)) n += k.length + 3 + approximateSize(v);
    return n;
  }
  return 8;
}
