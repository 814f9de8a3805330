import { inject, injectable } from 'inversify';
import { MessageConnection, ResponseError } from 'vscode-jsonrpc/node';
import { messageOf } from '../common/errors';
import { LoggerFactory, type Logger } from '../logging/logger';
import type { NotificationType, RequestType } from '../protocol/method-types';

/** A server→client request that got no usable answer (error reply, timeout, closed connection). */
export class OutgoingRequestError extends Error {
  constructor(
    readonly reason: 'error' | 'timeout' | 'closed',
    message: string,
  ) {
    super(message);
    this.name = 'OutgoingRequestError';
  }
}

export const OutgoingMessageSender = Symbol('OutgoingMessageSender');
/** The one funnel for everything the server sends on its own initiative. */
export interface OutgoingMessageSender {
  /** Send a notification (dropped with a debug log when no connection is attached). */
  sendNotification<P>(type: NotificationType<P>, params: P): void;
  /**
   * Send a server→client request (ids are integers from 0). Settles on the client's result;
   * rejects with OutgoingRequestError on an error reply, on `timeoutMs`, or when the
   * connection closes — it never hangs.
   */
  sendRequest<P, R>(type: RequestType<P, R>, params: P, options?: { timeoutMs?: number }): Promise<R>;
  /** Give the sender its connection (the composition root does this once). */
  attach(connection: MessageConnection): void;
  /** The connection closed: fail every pending request. */
  close(): void;
}

@injectable()
export class OutgoingMessageSenderImpl implements OutgoingMessageSender {
  private connection: MessageConnection | undefined;
  private closed = false;
  private readonly pending = new Set<(e: OutgoingRequestError) => void>();
  private readonly log: Logger;

  constructor(@inject(LoggerFactory) loggers: LoggerFactory) {
    this.log = loggers.get('outgoing');
  }

  attach(connection: MessageConnection): void {
    this.connection = connection;
  }

  sendNotification<P>(type: NotificationType<P>, params: P): void {
    const { method } = type;
    if (!this.connection || this.closed) {
      this.log.debug('notification dropped: no connection', { method });
      return;
    }
    this.connection.sendNotification(method, params).catch((e: unknown) => {
      this.log.warn('notification write failed', { method, error: messageOf(e) });
    });
  }

  sendRequest<P, R>(type: RequestType<P, R>, params: P, options: { timeoutMs?: number } = {}): Promise<R> {
    const { method } = type;
    const connection = this.connection;
    if (!connection || this.closed) return Promise.reject(new OutgoingRequestError('closed', 'connection closed'));
    return new Promise<R>((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined;
      const fail = (e: OutgoingRequestError) => {
        if (timer) clearTimeout(timer);
        this.pending.delete(fail);
        reject(e);
      };
      this.pending.add(fail);
      if (options.timeoutMs !== undefined) {
        timer = setTimeout(() => fail(new OutgoingRequestError('timeout', `no answer to ${method} within ${options.timeoutMs} ms`)), options.timeoutMs);
        timer.unref();
      }
      connection.sendRequest<R>(method, params).then(
        (result) => {
          if (!this.pending.has(fail)) return;
          if (timer) clearTimeout(timer);
          this.pending.delete(fail);
          resolve(result);
        },
        (e: unknown) => {
          if (!this.pending.has(fail)) return;
          const text = e instanceof ResponseError ? `${e.code}: ${e.message}` : messageOf(e);
          fail(new OutgoingRequestError('error', `client answered ${method} with an error (${text})`));
        },
      );
    });
  }

  close(): void {
    this.closed = true;
    for (const fail of [...this.pending]) fail(new OutgoingRequestError('closed', 'connection closed'));
  }
}
