import type { CancellationToken } from 'vscode-jsonrpc/node';

export type RequestId = string | number;

/** What a request handler knows about the request besides its params. */
export interface RequestContext {
  id: RequestId;
  /** Fires when the client cancels (MCP `notifications/cancelled`); no answer is sent then. */
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

/** A typed request method: name, params DTO class, handler. */
export interface RequestMethod<P = unknown> {
  method: string;
  /** DTO class; params are transformed and validated before `handle` runs. Absent: raw params. */
  params?: new () => P;
  /**
   * Handled in arrival order with the other serial methods (newConversation must exist
   * before the sendUserMessage that follows it). Non-serial methods run concurrently.
   */
  serial?: boolean;
  handle(params: P, ctx: RequestContext): unknown;
}

export interface NotificationMethod<P = unknown> {
  method: string;
  params?: new () => P;
  handle(params: P): void | Promise<void>;
}

/** Anything that serves JSON-RPC methods contributes them here (multi-bound). */
export const MethodContribution = Symbol('MethodContribution');
export interface MethodContribution {
  requests(): RequestMethod<any>[]; // eslint-disable-line @typescript-eslint/no-explicit-any
  notifications?(): NotificationMethod<any>[]; // eslint-disable-line @typescript-eslint/no-explicit-any
}
