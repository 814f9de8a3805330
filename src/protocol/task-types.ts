/** MCP tasks (protocol 2025-11-25): constants; the wire shapes are in methods.ts. */
import type { Task } from './methods';

/** `_meta` key tying a message to the task it belongs to. */
export const RELATED_TASK_META_KEY = 'io.modelcontextprotocol/related-task';

/** The first protocol revision with tasks. */
export const TASKS_PROTOCOL_VERSION = '2025-11-25';

export type { CreateTaskResult, Task } from './methods';
/** Where a task is in its life (`working` until it ends). */
export type TaskStatus = Task['status'];

/** `capabilities.tasks` of a server. */
export const SERVER_TASKS_CAPABILITY = { list: {}, cancel: {}, requests: { tools: { call: {} } } } as const;

/** Whether a task in this status has ended for good. */
export function isTerminal(status: TaskStatus): boolean {
  return status === 'completed' || status === 'failed' || status === 'cancelled';
}
