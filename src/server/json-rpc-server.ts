import { inject, injectable } from 'inversify';
import { LoggerFactory, type Logger } from '../logging/logger';
import { createStdioConnection, StdioConnection } from '../transport/connection-factory';
import { ServerOptions } from '../server-options';
import { OutgoingMessageSender } from './outgoing-message-sender';
import { RequestDispatcher } from './request-dispatcher';

/** After EOF, how long running requests get to answer once cancelled (the exit stays under 5 s). */
const DRAIN_TIMEOUT_MS = 2500;

export const JsonRpcServer = Symbol('JsonRpcServer');
export interface JsonRpcServer {
  /**
   * Serve on the given streams. When the input ends, every request already read is answered
   * (running ones are cancelled first) and the output flushed; then this resolves.
   */
  serve(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Promise<void>;
  /** Resolves once everything written so far has been handed to the output stream. */
  flush(): Promise<void>;
}

/** Glue between the connection and the dispatcher: one star handler for each kind of message. */
@injectable()
export class JsonRpcServerImpl implements JsonRpcServer {
  private stdio: StdioConnection | undefined;
  private readonly log: Logger;

  constructor(
    @inject(RequestDispatcher) private readonly dispatcher: RequestDispatcher,
    @inject(OutgoingMessageSender) private readonly outgoing: OutgoingMessageSender,
    @inject(LoggerFactory) loggers: LoggerFactory,
    @inject(ServerOptions) private readonly options: ServerOptions,
  ) {
    this.log = loggers.get('jsonrpc');
  }

  serve(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Promise<void> {
    const stdio = createStdioConnection(input, output, this.log, { maxMessageBytes: this.options.maxMessageBytes });
    this.stdio = stdio;
    const { connection } = stdio;
    connection.onRequest((method, params, token) => {
      const id = stdio.requestIdOf(token) ?? '';
      return this.dispatcher.dispatchRequest(method, params, id, token);
    });
    connection.onNotification((method, params) => {
      if (method === 'notifications/cancelled') {
        const requestId = (params as { requestId?: unknown } | undefined)?.requestId;
        if (typeof requestId === 'string' || typeof requestId === 'number') stdio.cancelRequest(requestId);
      }
      void this.dispatcher.dispatchNotification(method, params);
    });
    connection.onError(([error]) => this.log.warn('connection error', { error: error.message }));
    this.outgoing.attach(connection);
    const closed = new Promise<void>((resolve) => {
      const done = () => {
        this.outgoing.close();
        resolve();
      };
      connection.onClose(done);
      stdio.onInputEnd(() => {
        this.log.info('input ended: answering the requests already read');
        stdio.drain(DRAIN_TIMEOUT_MS).then(done, done);
      });
    });
    connection.listen();
    return closed;
  }

  flush(): Promise<void> {
    return this.stdio?.writer.flush() ?? Promise.resolve();
  }
}
