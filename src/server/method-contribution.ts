import type { CancellationToken } from 'vscode-jsonrpc/node';
import type { NotificationType, RequestType } from '../protocol/method-types';

/** A JSON-RPC request id. */
export type RequestId = string | number;

/** What a request handler knows about the request besides its params. */
export interface RequestContext {
  /** The JSON-RPC id of the request being handled. */
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
  /** Id of the MCP task the work runs as. */
  readonly taskId: string;
  /** The task waits for the client until `answered` settles (status `input_required` meanwhile). */
  waitForInput(answered: Promise<unknown>): void;
}

/** A handler registered for one request descriptor (see `onRequest`). */
export interface RequestHandler {
  /** The request descriptor: method name and params DTO. */
  readonly type: RequestType<unknown, unknown>;
  /** Serve one request; the result (or a promise of it) is the answer. */
  handle(params: unknown, ctx: RequestContext): unknown;
}

/** A handler registered for one notification descriptor (see `onNotification`). */
export interface NotificationHandler {
  /** The notification descriptor: method name and params DTO. */
  readonly type: NotificationType<unknown>;
  /** Handle one notification (nothing is answered). */
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
/** A set of JSON-RPC handlers one processor serves. */
export interface MethodContribution {
  /** The request handlers this contribution serves. */
  requests(): RequestHandler[];
  /** The notification handlers this contribution serves, if any. */
  notifications?(): NotificationHandler[];
}
