import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { EventHub } from '../../../src/core/event-hub';
import { RolloutLock, SessionLockedError } from '../../../src/core/rollout/rollout-lock';
import { FileRolloutRecorder } from '../../../src/core/rollout/rollout-recorder';
import { TurnLimiterImpl } from '../../../src/core/turn-limiter';
import { DEFAULT_SERVER_LIMITS } from '../../../src/config/config-types';
import type { Event, EventMsg } from '../../../src/protocol/events';
import { MemoryLoggerFactory } from '../../support/test-logger';
import { tempDir } from './core-fakes';

const logger = new MemoryLoggerFactory().get('test');
const ev = (id: string, msg: EventMsg): Event => ({ id, msg });
const delta = (id: string, text: string): Event => ev(id, { type: 'agent_message_delta', delta: text });

describe('EventHub replay buffer', () => {
  it('replays everything to the first listener while under the caps', () => {
    const hub = new EventHub(logger);
    hub.emit(ev('1', { type: 'task_started', model_context_window: null }));
    hub.emit(delta('1', 'a'));
    const got: Event[] = [];
    hub.subscribe((e) => got.push(e));
    expect(got.map((e) => e.msg.type)).toEqual(['task_started', 'agent_message_delta']);
  });

  it('a new turn drops the earlier ones into one counted note; session_configured stays', () => {
    const hub = new EventHub(logger);
    hub.emit(ev('', { type: 'session_configured', session_id: 's', model: 'm', history_log_id: 0, history_entry_count: 0 }));
    for (const id of ['1', '2']) {
      hub.emit(ev(id, { type: 'task_started', model_context_window: null }));
      hub.emit(ev(id, { type: 'task_complete', last_agent_message: id }));
    }
    const got: Event[] = [];
    hub.subscribe((e) => got.push(e));
    expect(got).toEqual([
      expect.objectContaining({ msg: expect.objectContaining({ type: 'session_configured' }) }),
      { id: '1', msg: { type: 'background_event', message: expect.stringMatching(/^2 events dropped while no listener was attached/) } },
      ev('2', { type: 'task_started', model_context_window: null }),
      ev('2', { type: 'task_complete', last_agent_message: '2' }),
    ]);
  });

  it('past the size cap deltas go first, each run of them replaced by a note in place', () => {
    const hub = new EventHub(logger, { maxBytes: 1000, maxEvents: 1000 });
    hub.emit(ev('1', { type: 'task_started', model_context_window: null }));
    for (let i = 0; i < 20; i++) hub.emit(delta('1', 'x'.repeat(100)));
    hub.emit(ev('1', { type: 'agent_message', message: 'final' }));
    const got: Event[] = [];
    hub.subscribe((e) => got.push(e));
    const types = got.map((e) => e.msg.type);
    expect(types[0]).toBe('task_started');
    expect(types[1]).toBe('background_event');
    expect(types.at(-1)).toBe('agent_message');
    const dropped = Number(/^(\d+)/.exec((got[1].msg as { message: string }).message)?.[1]);
    expect(dropped + types.filter((t) => t === 'agent_message_delta').length).toBe(20);
    expect(types.filter((t) => t === 'agent_message_delta').length).toBeLessThanOrEqual(7);
  });

  it('with a listener attached nothing is buffered', () => {
    const hub = new EventHub(logger, { maxBytes: 10, maxEvents: 1 });
    const first: Event[] = [];
    const sub = hub.subscribe((e) => first.push(e));
    for (let i = 0; i < 5; i++) hub.emit(delta('1', 'abcdefgh'));
    sub.dispose();
    expect(first).toHaveLength(5);
    expect(hub.hasListeners()).toBe(false);
  });
});

describe('TurnLimiter', () => {
  it('hands out at most `limit` slots; a slot released twice counts once', () => {
    const limiter = new TurnLimiterImpl({ ...DEFAULT_SERVER_LIMITS, max_concurrent_turns: 2 });
    const a = limiter.tryAcquire();
    const b = limiter.tryAcquire();
    expect(limiter.tryAcquire()).toBeUndefined();
    a?.dispose();
    a?.dispose();
    expect(limiter.active).toBe(1);
    expect(limiter.tryAcquire()).toBeDefined();
    expect(limiter.tryAcquire()).toBeUndefined();
    b?.dispose();
  });
});

describe('RolloutLock', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await tempDir('lock-');
  });

  it('is exclusive within a process and released by its holder', async () => {
    const file = path.join(dir, 'rollout.jsonl');
    const lock = await RolloutLock.acquire(file, 'session s');
    await expect(RolloutLock.acquire(file, 'session s')).rejects.toThrow(new SessionLockedError('session s is already open in this server'));
    await lock.release();
    await expect(fs.access(`${file}.lock`)).rejects.toThrow();
    await (await RolloutLock.acquire(file, 'session s')).release();
  });

  it('takes over a lock whose owner is dead, whose pid was reused, or that is garbage', async () => {
    const file = path.join(dir, 'rollout.jsonl');
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
    for (const stale of [JSON.stringify({ pid: Number(dead) }), JSON.stringify({ pid: process.ppid, start: 'not-its-start-time' }), JSON.stringify({ pid: process.pid }), 'garbage']) {
      await fs.writeFile(`${file}.lock`, stale);
      const lock = await RolloutLock.acquire(file, 'session s');
      expect(JSON.parse(await fs.readFile(`${file}.lock`, 'utf8'))).toMatchObject({ pid: process.pid });
      await lock.release();
    }
  });

  it('refuses a lock held by another live process', async () => {
    const file = path.join(dir, 'rollout.jsonl');
    await fs.writeFile(`${file}.lock`, JSON.stringify({ pid: process.ppid }));
    await expect(RolloutLock.acquire(file, 'session s')).rejects.toThrow(`session s is open in another codex-mcp-server process (pid ${process.ppid})`);
  });
});

describe('FileRolloutRecorder', () => {
  it('writes whole lines, and on a failed write stops recording and reports it once', async () => {
    const dir = await tempDir('rec-');
    const file = path.join(dir, 'rollout.jsonl');
    const recorder = new FileRolloutRecorder(file, logger);
    const failures: string[] = [];
    recorder.onDidFail((reason) => failures.push(reason));
    recorder.recordEvent({ type: 'task_complete', last_agent_message: 'one' });
    await recorder.flush();
    expect((await fs.readFile(file, 'utf8')).split('\n')).toHaveLength(2);
    await recorder.close();

    // The path turns into a directory: the next open fails.
    const broken = new FileRolloutRecorder(dir, logger);
    broken.onDidFail((reason) => failures.push(reason));
    broken.recordEvent({ type: 'task_complete', last_agent_message: 'two' });
    await broken.flush();
    broken.recordEvent({ type: 'task_complete', last_agent_message: 'three' });
    await broken.close();
    expect(failures).toEqual([`failed to write ${dir}: EISDIR`]);
  });
});
