import { inject, injectable } from 'inversify';
import { Emitter, Event } from 'vscode-jsonrpc/node';
import { messageOf } from '../common/errors';
import { LoggerFactory, type Logger } from '../logging/logger';
import { MessageTransport } from '../transport/connection-factory';
import { ConnectionDisposables } from './connection-disposables';
import { OutgoingMessageSender } from './outgoing-message-sender';
import { RequestDispatcher } from './request-dispatcher';

/** How long a closing connection waits for its cancelled calls to settle. */
const SETTLE_MS = 1000;

export const ConnectionSession = Symbol('ConnectionSession');
/**
 * One client connection served by its own scope (dispatcher, sender, client session,
 * processors, approval handlers) over the shared core. Made by the ConnectionScopeFactory.
 */
export interface ConnectionSession {
  /** Start listening (once); resolves when the connection has closed and its scope is disposed. */
  serve(): Promise<void>;
  /** Resolves when the scope is disposed (connection closed or `dispose` called). */
  readonly closed: Promise<void>;
  /** Fires once when the scope is disposed. */
  readonly onDidClose: Event<void>;
  /** Resolves once everything written so far has been handed to the output. */
  flush(): Promise<void>;
  /**
   * Close this connection's scope: fire the token of each of its calls still running (other
   * connections' calls are untouched), fail its pending server→client requests, release its
   * listeners and subscriptions. Idempotent.
   */
  dispose(): Promise<void>;
}

/** Glue between the transport and the dispatcher: one star handler for each kind of message. */
@injectable()
export class ConnectionSessionImpl implements ConnectionSession {
  readonly closed: Promise<void>;
  private readonly closeEmitter = new Emitter<void>();
  readonly onDidClose = this.closeEmitter.event;
  private resolveClosed!: () => void;
  private serving = false;
  private disposing: Promise<void> | undefined;
  private readonly log: Logger;

  constructor(
    @inject(MessageTransport) private readonly transport: MessageTransport,
    @inject(RequestDispatcher) private readonly dispatcher: RequestDispatcher,
    @inject(OutgoingMessageSender) private readonly outgoing: OutgoingMessageSender,
    @inject(ConnectionDisposables) private readonly disposables: ConnectionDisposables,
    @inject(LoggerFactory) loggers: LoggerFactory,
  ) {
    this.log = loggers.get('jsonrpc');
    this.closed = new Promise<void>((resolve) => (this.resolveClosed = resolve));
  }

  serve(): Promise<void> {
    if (this.serving || this.disposing) return this.closed;
    this.serving = true;
    const { connection } = this.transport;
    connection.onRequest((method, params, token) => {
      const id = this.transport.requestIdOf(token) ?? '';
      return this.dispatcher.dispatchRequest(method, params, id, token);
    });
    connection.onNotification((method, params) => {
      if (method === 'notifications/cancelled') {
        const requestId = (params as { requestId?: unknown } | undefined)?.requestId;
        if (typeof requestId === 'string' || typeof requestId === 'number') this.transport.cancelRequest(requestId);
      }
      void this.dispatcher.dispatchNotification(method, params);
    });
    connection.onError(([error]) => this.log.warn('connection error', { error: error.message }));
    connection.onClose(() => void this.dispose());
    this.outgoing.attach(connection);
    connection.listen();
    return this.closed;
  }

  flush(): Promise<void> {
    return this.transport.flush();
  }

  dispose(): Promise<void> {
    this.disposing ??= this.release();
    return this.disposing;
  }

  private async release(): Promise<void> {
    try {
      // Its calls first (their questions are abandoned), then its pending questions.
      this.transport.cancelAll();
      this.outgoing.close();
      await this.dispatcher.settled(SETTLE_MS);
      this.transport.answerUnfinished('server shutting down: the request did not finish in time');
      await this.disposables.dispose();
    } catch (e) {
      this.log.error('error while closing the connection', { error: messageOf(e) });
    } finally {
      this.resolveClosed();
      this.closeEmitter.fire();
      this.closeEmitter.dispose();
    }
  }
}
