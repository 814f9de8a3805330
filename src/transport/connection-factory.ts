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
import { StdioMessageReader } from './stdio-message-reader';
import { StdioMessageWriter, serializeMessage } from './stdio-message-writer';

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
  /** Resolves once everything written so far has been handed to the output. */
  flush(): Promise<void>;
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
): MessageTransport {
  const sources = new Map<string, CancellationTokenSource>();
  const cancelled = new Set<string>();
  const ids = new WeakMap<CancellationToken, RequestId>();

  const filtered = new FilteringWriter(writer, (m: Message) => {
    const r = m as unknown as { id?: RequestId | null; method?: string };
    if (r.method !== undefined || r.id === undefined || r.id === null) return false;
    const k = key(r.id);
    sources.delete(k);
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
  const connection = createMessageConnection(reader, filtered, rpcLogger, { cancellationStrategy });

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
      for (const source of [...sources.values()]) source.cancel();
    },
    isPending(id) {
      return sources.has(key(id));
    },
    requestIdOf(token) {
      return ids.get(token);
    },
    flush,
  };
}

/**
 * The stdio transport: our framing (NDJSON or Content-Length, as the client speaks) and the
 * transport-level error answers (-32700, -32600) for input that never reaches the connection.
 */
export function createStdioTransport(input: NodeJS.ReadableStream, output: NodeJS.WritableStream, logger: Logger): MessageTransport {
  const writer = new StdioMessageWriter(output);
  const reader = new StdioMessageReader(
    input,
    (rej) => {
      logger.warn('rejected input', { code: rej.code, message: rej.message });
      void writer.writeRaw(serializeMessage({ jsonrpc: '2.0', id: rej.id, error: { code: rej.code, message: rej.message } } as unknown as Message));
    },
    (framing) => writer.setFraming(framing),
  );
  return createMessageTransport(reader, writer, logger, () => writer.flush());
}
