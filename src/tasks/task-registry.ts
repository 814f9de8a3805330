import { randomBytes } from 'node:crypto';
import { inject, injectable } from 'inversify';
import { CancellationToken, CancellationTokenSource, Emitter, Event } from 'vscode-jsonrpc/node';
import { LoggerFactory, type Logger } from '../logging/logger';
import { ErrorCode, RpcError } from '../protocol/errors';
import { isTerminal, type Task, type TaskStatus } from '../protocol/task-types';
import { TaskRecord, TaskStore } from './task-store';
import { messageOf } from '../common/errors';

/** Without a requested ttl a task and its result are kept this long. */
export const DEFAULT_TASK_TTL_MS = 60 * 60 * 1000;
/** The longest ttl granted. */
export const MAX_TASK_TTL_MS = 24 * 60 * 60 * 1000;
/** Suggested gap between two tasks/get. */
export const TASK_POLL_INTERVAL_MS = 250;
/** Tasks kept in memory per principal (the oldest finished ones go first). */
const MAX_TASKS_PER_PRINCIPAL = 1000;
const PAGE_SIZE = 50;

/** What a running task's work gets from the registry. */
export interface TaskRun {
  /** Id of the MCP task this work runs as. */
  readonly taskId: string;
  /** Fires on tasks/cancel. */
  readonly token: CancellationToken;
  /** The task waits for the client until `answered` settles (status `input_required` meanwhile). */
  waitForInput(answered: Promise<unknown>): void;
}

/** How the work ended: a result (a CallToolResult; `failed` when it is an error result) or a JSON-RPC error. */
export type TaskOutcome = { result: Record<string, unknown>; failed: boolean; statusMessage?: string } | { error: { code: number; message: string } };

export const TaskRegistry = Symbol('TaskRegistry');
/**
 * Every MCP task of the server (root scope: they outlive the connection that created them).
 * A task belongs to the principal that created it; any connection of that principal may get,
 * list, cancel it and fetch its result. Each task's record is written to CODEX_HOME so a
 * restarted server still answers for it.
 */
export interface TaskRegistry {
  /** Create a task and start `work`; returns the task as CreateTaskResult carries it. */
  start(principal: string, requestedTtl: number | undefined, work: (run: TaskRun) => Promise<TaskOutcome>): Task;
  /** The task (from memory, else from its record); -32602 when unknown, expired or someone else's. */
  get(principal: string, taskId: string): Promise<Task>;
  /** Wait until the work ended and return its result (or throw its JSON-RPC error). */
  result(principal: string, taskId: string, token?: CancellationToken): Promise<Record<string, unknown>>;
  /** The principal's tasks, oldest first, `PAGE_SIZE` a page. */
  list(principal: string, cursor?: string): { tasks: Task[]; nextCursor?: string };
  /** Cancel a working task (-32602 when unknown or already terminal); resolves with it cancelled. */
  cancel(principal: string, taskId: string): Promise<Task>;
  /** Fires on every status change. */
  readonly onDidChange: Event<{ principal: string; task: Task }>;
}

interface Entry {
  record: TaskRecord;
  source: CancellationTokenSource;
  /** Settles when the work has ended and the outcome is stored. */
  done: Promise<void>;
  expiry?: NodeJS.Timeout;
  pendingInputs: number;
}

@injectable()
export class TaskRegistryImpl implements TaskRegistry {
  private readonly tasks = new Map<string, Entry>();
  private readonly changed = new Emitter<{ principal: string; task: Task }>();
  readonly onDidChange = this.changed.event;
  private readonly log: Logger;

  constructor(
    @inject(TaskStore) private readonly store: TaskStore,
    @inject(LoggerFactory) loggers: LoggerFactory,
  ) {
    this.log = loggers.get('tasks');
  }

  start(principal: string, requestedTtl: number | undefined, work: (run: TaskRun) => Promise<TaskOutcome>): Task {
    this.makeRoom(principal);
    const now = new Date().toISOString();
    const ttl = Math.min(requestedTtl ?? DEFAULT_TASK_TTL_MS, MAX_TASK_TTL_MS);
    const task: Task = { taskId: randomBytes(16).toString('hex'), status: 'working', createdAt: now, lastUpdatedAt: now, ttl, pollInterval: TASK_POLL_INTERVAL_MS };
    const record: TaskRecord = { task, principal };
    const source = new CancellationTokenSource();
    let finished!: () => void;
    const entry: Entry = { record, source, done: new Promise<void>((resolve) => (finished = resolve)), pendingInputs: 0 };
    this.tasks.set(task.taskId, entry);
    void this.store.save(record);
    const run: TaskRun = {
      taskId: task.taskId,
      token: source.token,
      waitForInput: (answered) => {
        entry.pendingInputs += 1;
        if (entry.pendingInputs === 1) this.setStatus(entry, 'input_required');
        const back = () => {
          entry.pendingInputs -= 1;
          if (entry.pendingInputs === 0 && entry.record.task.status === 'input_required') this.setStatus(entry, 'working');
        };
        answered.then(back, back);
      },
    };
    void (async () => {
      let outcome: TaskOutcome;
      try {
        outcome = await work(run);
      } catch (e) {
        outcome = { error: { code: ErrorCode.InternalError, message: messageOf(e) } };
      }
      if ('error' in outcome) {
        record.error = outcome.error;
        if (!isTerminal(record.task.status)) this.setStatus(entry, 'failed', outcome.error.message);
      } else {
        record.result = outcome.result;
        if (!isTerminal(record.task.status)) this.setStatus(entry, outcome.failed ? 'failed' : 'completed', outcome.statusMessage);
      }
      await this.store.save(record);
      finished();
      this.scheduleExpiry(entry);
    })();
    return { ...task };
  }

  async get(principal: string, taskId: string): Promise<Task> {
    return { ...(await this.recordOf(principal, taskId)).task };
  }

  async result(principal: string, taskId: string, token?: CancellationToken): Promise<Record<string, unknown>> {
    const entry = this.tasks.get(taskId);
    let record: TaskRecord;
    if (entry && entry.record.principal === principal) {
      await waitOrCancel(entry.done, token);
      record = entry.record;
    } else {
      record = await this.recordOf(principal, taskId);
    }
    if (record.error) throw new RpcError(record.error.code as never, record.error.message);
    if (!record.result) throw RpcError.internal(`Task ${taskId} ended without a result: ${record.task.statusMessage ?? record.task.status}`);
    return record.result;
  }

  list(principal: string, cursor?: string): { tasks: Task[]; nextCursor?: string } {
    const mine = [...this.tasks.values()].filter((e) => e.record.principal === principal);
    let start = 0;
    if (cursor !== undefined) {
      const i = mine.findIndex((e) => e.record.task.taskId === cursor);
      if (i < 0) throw RpcError.invalidParams(`Invalid cursor: ${cursor}`);
      start = i + 1;
    }
    const page = mine.slice(start, start + PAGE_SIZE);
    const tasks = page.map((e) => ({ ...e.record.task }));
    return start + PAGE_SIZE < mine.length ? { tasks, nextCursor: tasks[tasks.length - 1].taskId } : { tasks };
  }

  async cancel(principal: string, taskId: string): Promise<Task> {
    const entry = this.tasks.get(taskId);
    if (!entry || entry.record.principal !== principal) {
      await this.recordOf(principal, taskId); // throws for an unknown task
      throw RpcError.invalidParams(`Cannot cancel task ${taskId}: it is no longer running`);
    }
    if (isTerminal(entry.record.task.status)) throw RpcError.invalidParams(`Cannot cancel task ${taskId}: it is already ${entry.record.task.status}`);
    this.setStatus(entry, 'cancelled', 'Cancelled by the client');
    entry.source.cancel();
    void this.store.save(entry.record);
    return { ...entry.record.task };
  }

  private async recordOf(principal: string, taskId: string): Promise<TaskRecord> {
    const entry = this.tasks.get(taskId);
    if (entry) {
      if (entry.record.principal === principal) return entry.record;
      throw unknownTask(taskId);
    }
    const stored = await this.store.load(taskId);
    if (!stored || stored.principal !== principal) throw unknownTask(taskId);
    const { task } = stored;
    if (task.ttl !== null && Date.parse(task.createdAt) + task.ttl < Date.now() && isTerminal(task.status)) {
      await this.store.remove(taskId);
      throw unknownTask(taskId);
    }
    if (!isTerminal(task.status)) {
      // Recorded as running by a server that has stopped since: the work is gone.
      return { ...stored, task: { ...task, status: 'failed', statusMessage: 'The server stopped before the task finished' } };
    }
    return stored;
  }

  private setStatus(entry: Entry, status: TaskStatus, statusMessage?: string): void {
    const task = entry.record.task;
    task.status = status;
    if (statusMessage !== undefined) task.statusMessage = statusMessage;
    else delete task.statusMessage;
    task.lastUpdatedAt = new Date().toISOString();
    this.changed.fire({ principal: entry.record.principal, task: { ...task } });
  }

  /** Finished tasks are forgotten (memory and record) once their ttl has run out. */
  private scheduleExpiry(entry: Entry): void {
    const { task } = entry.record;
    if (task.ttl === null) return;
    const left = Math.max(0, Date.parse(task.createdAt) + task.ttl - Date.now());
    entry.expiry = setTimeout(() => {
      this.tasks.delete(task.taskId);
      void this.store.remove(task.taskId);
    }, left);
    entry.expiry.unref();
  }

  private makeRoom(principal: string): void {
    const mine = [...this.tasks.values()].filter((e) => e.record.principal === principal);
    if (mine.length < MAX_TASKS_PER_PRINCIPAL) return;
    const oldestDone = mine.find((e) => isTerminal(e.record.task.status) && e.expiry !== undefined);
    if (!oldestDone) throw RpcError.invalidRequest(`Too many running tasks (${MAX_TASKS_PER_PRINCIPAL}); cancel some first`);
    clearTimeout(oldestDone.expiry);
    this.tasks.delete(oldestDone.record.task.taskId);
    this.log.debug('evicted a finished task from memory (its record stays)', { taskId: oldestDone.record.task.taskId });
  }
}

function unknownTask(taskId: string): RpcError {
  return RpcError.invalidParams(`Unknown task: ${taskId}`);
}

function waitOrCancel(done: Promise<void>, token?: CancellationToken): Promise<void> {
  if (!token) return done;
  return new Promise<void>((resolve, reject) => {
    const sub = token.onCancellationRequested(() => {
      sub.dispose();
      reject(RpcError.internal('cancelled'));
    });
    void done.then(() => {
      sub.dispose();
      resolve();
    });
  });
}
