import { inject, injectable, multiInject } from 'inversify';
import { CancellationToken, ResponseError } from 'vscode-jsonrpc/node';
import { messageOf } from '../common/errors';
import { LoggerFactory, type Logger } from '../logging/logger';
import { redactSecrets } from '../logging/redact';
import { ErrorCode, RpcError } from '../protocol/errors';
import { validateParams } from '../protocol/dto/validate-params';
import { MethodContribution, NotificationHandler, RequestHandler, RequestId } from './method-contribution';

export const RequestDispatcher = Symbol('RequestDispatcher');
/** Routes every request and notification (behind the connection's star handlers). */
export interface RequestDispatcher {
  /** Resolves with the result (never undefined) or rejects with a ResponseError. */
  dispatchRequest(method: string, params: unknown, id: RequestId, token: CancellationToken): Promise<unknown>;
  /** Runs the notification's handler; unknown methods and handler failures are only logged. */
  dispatchNotification(method: string, params: unknown): Promise<void>;
  /** Resolves when no request is being handled, or after `capMs` at the latest. */
  settled(capMs: number): Promise<void>;
}

@injectable()
export class RequestDispatcherImpl implements RequestDispatcher {
  private readonly requests = new Map<string, RequestHandler>();
  private readonly notifications = new Map<string, NotificationHandler>();
  private serialTail: Promise<unknown> = Promise.resolve();
  private readonly inFlight = new Set<Promise<unknown>>();
  private readonly log: Logger;

  constructor(
    @multiInject(MethodContribution) contributions: MethodContribution[],
    @inject(LoggerFactory) loggers: LoggerFactory,
  ) {
    this.log = loggers.get('dispatcher');
    for (const c of contributions) {
      for (const r of c.requests()) this.requests.set(r.type.method, r);
      for (const n of c.notifications?.() ?? []) this.notifications.set(n.type.method, n);
    }
  }

  async dispatchRequest(method: string, params: unknown, id: RequestId, token: CancellationToken): Promise<unknown> {
    const handler = this.requests.get(method);
    if (!handler) throw new ResponseError(ErrorCode.MethodNotFound, `Method not found: ${method}`);
    const after: (() => void)[] = [];
    const afterResponse = (fn: () => void) => after.push(fn);
    const run = async () => {
      try {
        const dto = handler.type.params ? await validateParams(handler.type.params as new () => object, params) : params;
        const result = await handler.handle(dto, { id, token, afterResponse });
        return result === undefined || result === null ? {} : result;
      } catch (e) {
        throw this.toResponseError(method, e);
      }
    };
    // The connection writes the answer in a microtask after `result` settles; a macrotask
    // later it is on its way, so the after-response work runs then.
    const runAfter = () =>
      new Promise<void>((resolve) =>
        setImmediate(() => {
          for (const fn of after) {
            try {
              fn();
            } catch (e) {
              this.log.error('after-response work failed', { method, error: messageOf(e) });
            }
          }
          resolve();
        }),
      );
    let result: Promise<unknown>;
    if (!handler.type.serial) {
      result = run();
      // Most requests leave no after-response work: no macrotask (and its allocations) for them.
      const settle = () => {
        this.inFlight.delete(result);
        if (after.length > 0) void runAfter();
      };
      void result.then(settle, settle);
    } else {
      result = this.serialTail.then(run, run);
      this.serialTail = result.then(runAfter, runAfter);
      const forget = () => void this.inFlight.delete(result);
      result.then(forget, forget);
    }
    this.inFlight.add(result);
    return result;
  }

  async settled(capMs: number): Promise<void> {
    if (this.inFlight.size === 0) return;
    let timer: NodeJS.Timeout | undefined;
    const cap = new Promise<void>((resolve) => (timer = setTimeout(resolve, capMs)));
    const all = Promise.allSettled([...this.inFlight]).then(() => undefined);
    await Promise.race([all, cap]);
    clearTimeout(timer);
  }

  async dispatchNotification(method: string, params: unknown): Promise<void> {
    const handler = this.notifications.get(method);
    if (!handler) {
      this.log.debug('ignoring unknown notification', { method });
      return;
    }
    try {
      const dto = handler.type.params ? await validateParams(handler.type.params as new () => object, params) : params;
      await handler.handle(dto);
    } catch (e) {
      this.log.warn('notification failed', { method, error: messageOf(e) });
    }
  }

  /** Domain errors become JSON-RPC errors only here; never a stack, never a secret. */
  private toResponseError(method: string, e: unknown): ResponseError<unknown> {
    if (e instanceof ResponseError) return e;
    if (e instanceof RpcError) return new ResponseError(e.code, redactSecrets(e.message), e.data);
    const message = messageOf(e);
    this.log.error('request failed', { method, error: message });
    return new ResponseError(ErrorCode.InternalError, redactSecrets(message));
  }
}
