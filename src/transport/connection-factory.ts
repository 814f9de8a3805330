import {
  CancellationStrategy,
  CancellationToken,
  CancellationTokenSource,
  createMessageConnection,
  Emitter,
  Event,
  Logger as RpcLogger,
  Message,
  MessageConnection,
} from 'vscode-jsonrpc/node';
import type { Logger } from '../logging/logger';
import { ErrorCode } from '../protocol/errors';
import { INPUT_END, StdioMessageReader } from './stdio-message-reader';
import { StdioMessageWriter, serializeMessage } from './stdio-message-writer';

export type RequestId = string | number;

/** The connection plus the MCP cancellation bookkeeping the server needs. */
export interface StdioConnection {
  connection: MessageConnection;
  writer: StdioMessageWriter;
  /**
   * MCP `notifications/cancelled`: fire the request's token and make sure no answer is sent
   * for it. Unknown ids are ignored.
   */
  cancelRequest(id: RequestId): void;
  /** True while a request with this id is being handled. */
  isPending(id: RequestId): boolean;
  /** The id of the request a handler's token belongs to (the star handler is not given it). */
  requestIdOf(token: CancellationToken): RequestId | undefined;
  /** Fires once when the input has ended and every message read before it has been dispatched. */
  onInputEnd: Event<void>;
  /**
   * Shut down after the input ended: cancel every request still running (its answer is still
   * sent, see isShutdownCancellation), wait up to `timeoutMs` for the answers, answer whatever
   * is left with an error, and resolve once everything is handed to the output.
   */
  drain(timeoutMs: number): Promise<void>;
}

export interface StdioConnectionOptions {
  /** Largest accepted incoming message in bytes (default 64 MiB). */
  maxMessageBytes?: number;
}

const shutdownTokens = new WeakSet<CancellationToken>();

/** True when a request was cancelled because the server is shutting down (not by the client). */
export function isShutdownCancellation(token: CancellationToken): boolean {
  return shutdownTokens.has(token);
}

/** JSON 7 and "7" are different ids: keep the JSON type in the key. */
const key = (id: RequestId) => `${typeof id}:${id}`;

/**
 * Build the vscode-jsonrpc connection over byte streams with our framing, transport-level
 * error answers (-32700, -32600) and MCP cancellation semantics (no answer after cancel).
 */
export function createStdioConnection(input: NodeJS.ReadableStream, output: NodeJS.WritableStream, logger: Logger, options: StdioConnectionOptions = {}): StdioConnection {
  const sources = new Map<string, CancellationTokenSource>();
  const cancelled = new Set<string>();
  const ids = new WeakMap<CancellationToken, RequestId>();
  // Requests read and not answered yet, by String(id): the connection's queue keys requests
  // that way, so a second request with an id in flight (7 or "7") would silently replace the first.
  const inFlight = new Map<string, RequestId>();
  const answered = new Emitter<void>();
  const inputEnd = new Emitter<void>();

  const writeError = (id: RequestId | null, code: number, message: string) =>
    writer.writeRaw(serializeMessage({ jsonrpc: '2.0', id, error: { code, message } } as unknown as Message));
  const writer = new StdioMessageWriter(output, (m: Message) => {
    const r = m as unknown as { id?: RequestId | null; method?: string };
    if (r.method !== undefined || r.id === undefined || r.id === null) return false;
    const k = key(r.id);
    sources.delete(k);
    if (inFlight.delete(String(r.id))) answered.fire();
    return cancelled.delete(k);
  });
  const reader = new StdioMessageReader(
    input,
    (rej) => {
      logger.warn('rejected input', { code: rej.code, message: rej.message });
      void writeError(rej.id, rej.code, rej.message);
    },
    (framing) => writer.setFraming(framing),
    {
      maxMessageBytes: options.maxMessageBytes,
      admit(message) {
        const r = message as unknown as { id?: RequestId; method?: string };
        if (r.method === undefined || r.id === undefined) return undefined;
        if (inFlight.has(String(r.id))) {
          return { id: null, code: ErrorCode.InvalidRequest, message: `Invalid Request: id ${JSON.stringify(r.id)} is already used by a request in flight` };
        }
        inFlight.set(String(r.id), r.id);
        return undefined;
      },
    },
  );

  const cancellationStrategy: CancellationStrategy = {
    receiver: {
      kind: 'id',
      createCancellationTokenSource(id: RequestId) {
        const source = new CancellationTokenSource();
        sources.set(key(id), source);
        ids.set(source.token, id);
        return source;
      },
    },
    sender: {
      sendCancellation: (conn: MessageConnection, id: RequestId) => conn.sendNotification('notifications/cancelled', { requestId: id }),
      cleanup: () => undefined,
    },
  };

  const rpcLogger: RpcLogger = {
    error: (m) => logger.error(m),
    warn: (m) => logger.warn(m),
    info: (m) => logger.debug(m),
    log: (m) => logger.debug(m),
  };
  const connection = createMessageConnection(reader, writer, rpcLogger, {
    cancellationStrategy,
    messageStrategy: {
      handleMessage(message, next) {
        if (message === INPUT_END) inputEnd.fire();
        else next(message);
      },
    },
  });

  return {
    connection,
    writer,
    cancelRequest(id) {
      const k = key(id);
      const source = sources.get(k);
      if (!source) return;
      cancelled.add(k);
      source.cancel();
    },
    isPending(id) {
      return sources.has(key(id));
    },
    requestIdOf(token) {
      return ids.get(token);
    },
    onInputEnd: inputEnd.event,
    async drain(timeoutMs) {
      for (const source of sources.values()) {
        shutdownTokens.add(source.token);
        source.cancel();
      }
      if (inFlight.size) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(done, timeoutMs);
          const sub = answered.event(() => inFlight.size === 0 && done());
          function done() {
            clearTimeout(timer);
            sub.dispose();
            resolve();
          }
        });
      }
      // Exactly one answer each: what did not finish gets an error, its late answer is dropped.
      for (const id of inFlight.values()) {
        logger.warn('request unanswered at shutdown', { id });
        cancelled.add(key(id));
        void writeError(id, ErrorCode.InternalError, 'server shutting down: the request did not finish in time');
      }
      inFlight.clear();
      await writer.flush();
    },
  };
}
