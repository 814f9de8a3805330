import type { CancellationToken } from 'vscode-jsonrpc/node';
import type { NotificationType, RequestType } from '../protocol/method-types';

export type RequestId = string | number;

/** What a request handler knows about the request besides its params. */
export interface RequestContext {
  id: RequestId;
  /** Fires when the client cancels (MCP `notifications/cancelled`) or the connection closes. */
  token: CancellationToken;
  /**
   * Run `fn` once the answer to this request has been written (events that must follow the
   * answer, e.g. a turn started by sendUserMessage). Serial methods hold the queue until then.
   */
  afterResponse(fn: () => void): void;
  /** Set when the work runs as an MCP task (a task-augmented tools/call): `token` is the task's. */
  task?: RelatedTask;
}

/** The MCP task a request's work runs as. */
export interface RelatedTask {
  readonly taskId: string;
  /** The task waits for the client until `answered` settles (status `input_required` meanwhile). */
  waitForInput(answered: Promise<unknown>): void;
}

/** A handler registered for one request descriptor (see `onRequest`). */
export interface RequestHandler {
  readonly type: RequestType<unknown, unknown>;
  handle(params: unknown, ctx: RequestContext): unknown;
}

/** A handler registered for one notification descriptor (see `onNotification`). */
export interface NotificationHandler {
  readonly type: NotificationType<unknown>;
  handle(params: unknown): void | Promise<void>;
}

/** Bind a handler to a descriptor: it receives the validated params DTO and must return the descriptor's result. */
export function onRequest<P, R>(type: RequestType<P, R>, handle: (params: P, ctx: RequestContext) => R | Promise<R>): RequestHandler {
  return { type: type as RequestType<unknown, unknown>, handle: handle as RequestHandler['handle'] };
}

export function onNotification<P>(type: NotificationType<P>, handle: (params: P) => void | Promise<void>): NotificationHandler {
  return { type: type as NotificationType<unknown>, handle: handle as NotificationHandler['handle'] };
}

/** Anything that serves JSON-RPC methods contributes them here (multi-bound in the connection scope). */
export const MethodContribution = Symbol('MethodContribution');
export interface MethodContribution {
  requests(): RequestHandler[];
  notifications?(): NotificationHandler[];
}
