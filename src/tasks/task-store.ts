import { randomBytes } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
import { inject, injectable } from 'inversify';
import { ConfigService } from '../config/config-service';
import { LoggerFactory, type Logger } from '../logging/logger';
import type { Task } from '../protocol/task-types';
import { messageOf } from '../common/errors';

/** What is kept of a task across restarts: its state, who owns it, and its result once done. */
export interface TaskRecord {
  /** The task as `tasks/get` reports it (status, timestamps). */
  task: Task;
  /** The principal (bearer-token hash or "local") that created it; nobody else sees it. */
  principal: string;
  /** The CallToolResult (or JSON-RPC error) once the task is terminal. */
  result?: Record<string, unknown>;
  /** The JSON-RPC error the task ended with, instead of a result. */
  error?: { code: number; message: string };
}

export const TaskStore = Symbol('TaskStore');
/** One small JSON file per task under `CODEX_HOME/tasks`, replaced atomically. */
export interface TaskStore {
  /** Write the record, replacing any earlier one for the same task. */
  save(record: TaskRecord): Promise<void>;
  /** The stored record of a task; undefined when none exists (or the id is not ours). */
  load(taskId: string): Promise<TaskRecord | undefined>;
  /** Delete a task's record, if any. */
  remove(taskId: string): Promise<void>;
}

/** Task ids are ours (hex): anything else never becomes a path. */
const TASK_ID = /^[0-9a-f]{32}$/;

@injectable()
export class FileTaskStore implements TaskStore {
  private readonly log: Logger;

  constructor(
    @inject(ConfigService) private readonly config: ConfigService,
    @inject(LoggerFactory) loggers: LoggerFactory,
  ) {
    this.log = loggers.get('tasks');
  }

  private get dir(): string {
    return path.join(this.config.codexHome, 'tasks');
  }

  async save(record: TaskRecord): Promise<void> {
    if (!TASK_ID.test(record.task.taskId)) return;
    const dir = this.dir;
    await fsp.mkdir(dir, { recursive: true, mode: 0o700 });
    const target = path.join(dir, `${record.task.taskId}.json`);
    const tmp = path.join(dir, `.${record.task.taskId}.${randomBytes(6).toString('hex')}.tmp`);
    try {
      const handle = await fsp.open(tmp, 'wx', 0o600);
      try {
        await handle.writeFile(JSON.stringify(record), 'utf8');
        await handle.sync();
      } finally {
        await handle.close();
      }
      await fsp.rename(tmp, target);
    } catch (e) {
      await fsp.rm(tmp, { force: true });
      this.log.warn('could not record task', { taskId: record.task.taskId, error: messageOf(e) });
    }
  }

  async load(taskId: string): Promise<TaskRecord | undefined> {
    if (!TASK_ID.test(taskId)) return undefined;
    try {
      const parsed = JSON.parse(await fsp.readFile(path.join(this.dir, `${taskId}.json`), 'utf8')) as TaskRecord;
      return parsed?.task?.taskId === taskId && typeof parsed.principal === 'string' ? parsed : undefined;
    } catch {
      return undefined;
    }
  }

  async remove(taskId: string): Promise<void> {
    if (!TASK_ID.test(taskId)) return;
    await fsp.rm(path.join(this.dir, `${taskId}.json`), { force: true });
  }
}
