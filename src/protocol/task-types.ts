/** MCP tasks (protocol 2025-11-25): wire types only. */

/** `_meta` key tying a message to the task it belongs to. */
export const RELATED_TASK_META_KEY = 'io.modelcontextprotocol/related-task';

/** The first protocol revision with tasks. */
export const TASKS_PROTOCOL_VERSION = '2025-11-25';

export type TaskStatus = 'working' | 'input_required' | 'completed' | 'failed' | 'cancelled';

/** A task as `tasks/get`, `tasks/list`, `tasks/cancel` and `notifications/tasks/status` carry it. */
export interface Task {
  taskId: string;
  status: TaskStatus;
  /** Free text, e.g. why a task failed. */
  statusMessage?: string;
  /** ISO 8601. */
  createdAt: string;
  /** ISO 8601. */
  lastUpdatedAt: string;
  /** Milliseconds from creation the task and its result are kept (null: until the server stops). */
  ttl: number | null;
  /** Suggested milliseconds between two `tasks/get`. */
  pollInterval?: number;
}

/** The answer to a task-augmented request. */
export interface CreateTaskResult {
  task: Task;
}

/** `capabilities.tasks` of a server. */
export const SERVER_TASKS_CAPABILITY = { list: {}, cancel: {}, requests: { tools: { call: {} } } } as const;

export function isTerminal(status: TaskStatus): boolean {
  return status === 'completed' || status === 'failed' || status === 'cancelled';
}
