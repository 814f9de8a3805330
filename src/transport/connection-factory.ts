import {
  CancellationStrategy,
  CancellationToken,
  CancellationTokenSource,
  createMessageConnection,
  Logger as RpcLogger,
  Message,
  MessageConnection,
} from 'vscode-jsonrpc/node';
import type { Logger } from '../logging/logger';
import { StdioMessageReader } from './stdio-message-reader';
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
}

/** JSON 7 and "7" are different ids: keep the JSON type in the key. */
const key = (id: RequestId) => `${typeof id}:${id}`;

/**
 * Build the vscode-jsonrpc connection over byte streams with our framing, transport-level
 * error answers (-32700, -32600) and MCP cancellation semantics (no answer after cancel).
 */
export function createStdioConnection(input: NodeJS.ReadableStream, output: NodeJS.WritableStream, logger: Logger): StdioConnection {
  const sources = new Map<string, CancellationTokenSource>();
  const cancelled = new Set<string>();
  const ids = new WeakMap<CancellationToken, RequestId>();

  const writer = new StdioMessageWriter(output, (m: Message) => {
    const r = m as unknown as { id?: RequestId | null; method?: string };
    if (r.method !== undefined || r.id === undefined || r.id === null) return false;
    const k = key(r.id);
    sources.delete(k);
    return cancelled.delete(k);
  });
  const reader = new StdioMessageReader(
    input,
    (rej) => {
      logger.warn('rejected input', { code: rej.code, message: rej.message });
      void writer.writeRaw(serializeMessage({ jsonrpc: '2.0', id: rej.id, error: { code: rej.code, message: rej.message } } as unknown as Message));
    },
    (framing) => writer.setFraming(framing),
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
  const connection = createMessageConnection(reader, writer, rpcLogger, { cancellationStrategy });

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
  };
}
