import { inject, injectable } from 'inversify';
import type { TaskMetadataDto } from '../protocol/dto/mcp-dtos';
import { CancelTaskRequest, GetTaskPayloadRequest, GetTaskRequest, ListTasksRequest, TaskStatusNotification, type CallToolResult } from '../protocol/methods';
import { RELATED_TASK_META_KEY, TASKS_PROTOCOL_VERSION, type CreateTaskResult } from '../protocol/task-types';
import { ClientSession } from '../server/client-session';
import { ConnectionDisposables } from '../server/connection-disposables';
import { MethodContribution, onRequest, RequestContext, RequestHandler } from '../server/method-contribution';
import { OutgoingMessageSender } from '../server/outgoing-message-sender';
import { MessageTransport } from '../transport/connection-factory';
import { TaskRegistry, type TaskRun } from './task-registry';

/** `_meta` tying a message to its task. */
export function relatedTaskMeta(taskId: string): Record<string, unknown> {
  return { [RELATED_TASK_META_KEY]: { taskId } };
}

/**
 * The MCP tasks methods of one connection (`tasks/get`, `tasks/result`, `tasks/list`,
 * `tasks/cancel`) and the start of task-augmented `tools/call`s. The tasks themselves live in
 * the root TaskRegistry, owned by the connection's principal, so another connection of the
 * same client (a new HTTP session, a restarted server) can still read them.
 */
@injectable()
export class TaskProcessor implements MethodContribution {
  /** Tasks this connection created: it gets their `notifications/tasks/status`. */
  private readonly mine = new Set<string>();

  constructor(
    @inject(TaskRegistry) private readonly registry: TaskRegistry,
    @inject(ClientSession) private readonly client: ClientSession,
    @inject(OutgoingMessageSender) private readonly outgoing: OutgoingMessageSender,
    @inject(MessageTransport) private readonly transport: MessageTransport,
    @inject(ConnectionDisposables) disposables: ConnectionDisposables,
  ) {
    disposables.push(
      registry.onDidChange(({ task }) => {
        if (this.mine.has(task.taskId)) this.outgoing.sendNotification(TaskStatusNotification, task);
      }),
    );
  }

  /** Who owns this connection's tasks. */
  private get principal(): string {
    return this.transport.principal ?? 'local';
  }

  /** Tasks are offered to clients that negotiated 2025-11-25. */
  enabled(): boolean {
    const v = this.client.protocolVersion;
    return v !== undefined && v >= TASKS_PROTOCOL_VERSION;
  }

  /**
   * Run a tool call as a task: answer with the CreateTaskResult now, run `work` on with the
   * task's own token (tasks/cancel), not the request's.
   */
  startToolCall(meta: TaskMetadataDto, ctx: RequestContext, work: (ctx: RequestContext) => Promise<CallToolResult>): CreateTaskResult {
    const task = this.registry.start(this.principal, meta.ttl, async (run: TaskRun) => {
      const taskCtx: RequestContext = { id: ctx.id, token: run.token, afterResponse: (fn) => setImmediate(fn), task: run };
      const result = await work(taskCtx);
      const failed = result.isError === true;
      return { result, failed, statusMessage: failed ? result.content[0]?.text : undefined };
    });
    this.mine.add(task.taskId);
    return { task };
  }

  requests(): RequestHandler[] {
    return [
      onRequest(GetTaskRequest, (p) => this.registry.get(this.principal, p.taskId)),
      onRequest(GetTaskPayloadRequest, async (p, ctx) => {
        const result = await this.registry.result(this.principal, p.taskId, ctx.token);
        const meta = (result._meta as Record<string, unknown> | undefined) ?? {};
        return { ...result, _meta: { ...meta, ...relatedTaskMeta(p.taskId) } };
      }),
      onRequest(ListTasksRequest, (p) => this.registry.list(this.principal, p.cursor)),
      onRequest(CancelTaskRequest, (p) => this.registry.cancel(this.principal, p.taskId)),
    ];
  }
}
