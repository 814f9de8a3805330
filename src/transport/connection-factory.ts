import {
  CancellationStrategy,
  CancellationToken,
  CancellationTokenSource,
  createMessageConnection,
  Logger as RpcLogger,
  Message,
  MessageConnection,
  MessageReader,
  MessageWriter,
} from 'vscode-jsonrpc/node';
import type { Logger } from '../logging/logger';
import { ErrorCode } from '../protocol/errors';
import { DrainingReader, INPUT_END, StdioMessageReader } from './stdio-message-reader';
import { StdioMessageWriter, serializeMessage } from './stdio-message-writer';

/** A JSON-RPC request id as it appears on the wire. */
export type RequestId = string | number;

export const MessageTransport = Symbol('MessageTransport');
/**
 * One client connection's message stream (the stdio pipe, one HTTP session, one ACP client):
 * the vscode-jsonrpc connection plus the MCP cancellation bookkeeping. A connection scope is
 * built around exactly one of these.
 */
export interface MessageTransport {
  /** The connection; not listening until the connection scope serves it. */
  readonly connection: MessageConnection;
  /**
   * MCP `notifications/cancelled`: fire the request's token and make sure no answer is sent
   * for it. Unknown ids are ignored.
   */
  cancelRequest(id: RequestId): void;
  /**
   * The connection is going away: fire the token of every request still being handled. Their
   * answers are still written if the output is open (the client did not cancel them).
   */
  cancelAll(): void;
  /** True while a request with this id is being handled. */
  isPending(id: RequestId): boolean;
  /** The id of the request a handler's token belongs to (the star handler is not given it). */
  requestIdOf(token: CancellationToken): RequestId | undefined;
  /**
   * The connection is closing and the calls had their time: answer every request still
   * unanswered with this error (a late answer is dropped), so each request gets exactly one.
   */
  answerUnfinished(message: string): void;
  /** Resolves once everything written so far has been handed to the output. */
  flush(): Promise<void>;
  /**
   * Who the client authenticated as (an HTTP session's bearer-token hash); undefined for
   * transports without authentication (stdio: the local user). MCP tasks belong to it.
   */
  readonly principal?: string;
}

const closingTokens = new WeakSet<CancellationToken>();

/** True when a request's token fired because its connection is closing (cancelAll), not by the client. */
export function isShutdownCancellation(token: CancellationToken): boolean {
  return closingTokens.has(token);
}

/** JSON 7 and "7" are different ids: keep the JSON type in the key. */
const key = (id: RequestId) => `${typeof id}:${id}`;

/** A writer that drops some messages before they reach the real one. */
class FilteringWriter implements MessageWriter {
  readonly onError: MessageWriter['onError'];
  readonly onClose: MessageWriter['onClose'];

  constructor(
    private readonly inner: MessageWriter,
    private readonly drop: (message: Message) => boolean,
  ) {
    this.onError = inner.onError;
    this.onClose = inner.onClose;
  }

  write(message: Message): Promise<void> {
    return this.drop(message) ? Promise.resolve() : this.inner.write(message);
  }

  end(): void {
    this.inner.end();
  }

  dispose(): void {
    this.inner.dispose();
  }
}

/**
 * Build a transport over any vscode-jsonrpc reader and writer (stdio, an HTTP session's
 * queues, an in-memory pair in tests) with MCP cancellation semantics: no answer after the
 * client's `notifications/cancelled`.
 */
export function createMessageTransport(
  reader: MessageReader,
  writer: MessageWriter,
  logger: Logger,
  flush: () => Promise<void> = () => Promise.resolve(),
  /** Called once per request when its answer is written or dropped. */
  onAnswered: (id: RequestId) => void = () => undefined,
  /** Who the client authenticated as (see `MessageTransport.principal`). */
  principal?: string,
): MessageTransport {
  const sources = new Map<string, CancellationTokenSource>();
  const cancelled = new Set<string>();
  const ids = new WeakMap<CancellationToken, RequestId>();

  const filtered = new FilteringWriter(writer, (m: Message) => {
    const r = m as unknown as { id?: RequestId | null; method?: string };
    if (r.method !== undefined || r.id === undefined || r.id === null) return false;
    const k = key(r.id);
    sources.delete(k);
    onAnswered(r.id);
    return cancelled.delete(k);
  });

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
  const connection = createMessageConnection(reader, filtered, rpcLogger, {
    cancellationStrategy,
    // Messages are dispatched in order: when INPUT_END comes up, all read before EOF are handled.
    messageStrategy: {
      handleMessage(message, next) {
        if (message === INPUT_END) (reader as Partial<DrainingReader>).inputDispatched?.();
        else next(message);
      },
    },
  });

  return {
    connection,
    cancelRequest(id) {
      const k = key(id);
      const source = sources.get(k);
      if (!source) return;
      cancelled.add(k);
      source.cancel();
    },
    cancelAll() {
      for (const source of [...sources.values()]) {
        closingTokens.add(source.token);
        source.cancel();
      }
    },
    answerUnfinished(message) {
      for (const [k, source] of [...sources]) {
        const id = ids.get(source.token);
        // A request the client cancelled gets no answer, now or later.
        if (id === undefined || cancelled.has(k)) continue;
        logger.warn('request unanswered at close', { id });
        sources.delete(k);
        cancelled.add(k);
        onAnswered(id);
        void writer.write({ jsonrpc: '2.0', id, error: { code: ErrorCode.InternalError, message } } as unknown as Message);
      }
    },
    isPending(id) {
      return sources.has(key(id));
    },
    requestIdOf(token) {
      return ids.get(token);
    },
    flush,
    principal,
  };
}

/** Options of the stdio transport. */
export interface StdioTransportOptions {
  /** Largest accepted incoming message in bytes (default 64 MiB). */
  maxMessageBytes?: number;
}

/**
 * The stdio transport: our framing (NDJSON or Content-Length, as the client speaks), the
 * transport-level error answers (-32700, -32600) for input that never reaches the connection,
 * the size cap, and back-pressure both ways (see StdioMessageWriter).
 */
export function createStdioTransport(input: NodeJS.ReadableStream, output: NodeJS.WritableStream, logger: Logger, options: StdioTransportOptions = {}): MessageTransport {
  // Requests read and not answered yet, by String(id): the connection queues requests under
  // that key, so a second request with an id in flight (7 or "7") would silently replace the first.
  const inFlight = new Set<string>();
  const writer = new StdioMessageWriter(output, (message, meta) => logger.debug(message, meta));
  // A client that stops reading gets no new answers to queue: stop reading its requests too.
  writer.onBackpressure((paused) => (paused ? input.pause() : input.resume()));
  const reader = new StdioMessageReader(
    input,
    (rej) => {
      // An error answer must not carry the id of a request in flight: that id gets one answer.
      const id = rej.id !== null && inFlight.has(String(rej.id)) ? null : rej.id;
      logger.warn('rejected input', { code: rej.code, message: rej.message });
      void writer.writeRaw(serializeMessage({ jsonrpc: '2.0', id, error: { code: rej.code, message: rej.message } } as unknown as Message));
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
        inFlight.add(String(r.id));
        return undefined;
      },
    },
  );
  return createMessageTransport(
    reader,
    writer,
    logger,
    () => writer.flush(),
    (id) => inFlight.delete(String(id)),
  );
}
