import {
  AbstractMessageReader,
  AbstractMessageWriter,
  createMessageConnection,
  DataCallback,
  Disposable,
  Message,
  MessageConnection,
  MessageReader,
  MessageWriter,
} from 'vscode-jsonrpc/node';
import type { LoggerFactory } from '../../src/logging/logger';
import { createMessageTransport, MessageTransport } from '../../src/transport/connection-factory';
import { serializeMessage } from '../../src/transport/stdio-message-writer';

/** One direction of an in-memory pipe: what the writer writes, the reader reads (as JSON text would carry it). */
class PipeEnd extends AbstractMessageReader implements MessageReader {
  private callback: DataCallback | undefined;
  private readonly early: Message[] = [];

  listen(callback: DataCallback): Disposable {
    this.callback = callback;
    for (const m of this.early.splice(0)) callback(m);
    return Disposable.create(() => (this.callback = undefined));
  }

  deliver(message: Message): void {
    // Through JSON, like the wire: no shared objects, no undefined members.
    const copy = JSON.parse(serializeMessage(message)) as Message;
    if (this.callback) this.callback(copy);
    else this.early.push(copy);
  }

  close(): void {
    this.fireClose();
  }
}

class PipeWriter extends AbstractMessageWriter implements MessageWriter {
  constructor(
    private readonly target: PipeEnd,
    private readonly record: (m: Message) => void,
  ) {
    super();
  }

  async write(message: Message): Promise<void> {
    this.record(message);
    setImmediate(() => this.target.deliver(message));
  }

  end(): void {}
}

/**
 * A server transport and a client connection joined in memory (the MCP SDK's InMemoryTransport
 * idea): wire logic runs without spawning. `sent`/`received` are from the server's side.
 */
export function inMemoryConnection(loggers: LoggerFactory) {
  const toServer = new PipeEnd();
  const toClient = new PipeEnd();
  const sent: Message[] = [];
  const received: Message[] = [];
  const transport: MessageTransport = createMessageTransport(toServer, new PipeWriter(toClient, (m) => sent.push(m)), loggers.get('server-transport'));
  const client: MessageConnection = createMessageConnection(toClient, new PipeWriter(toServer, (m) => received.push(m)));
  return {
    transport,
    client,
    sent,
    received,
    /** The client hangs up: the server side sees its input close. */
    close(): void {
      toServer.close();
    },
  };
}

/** A server transport whose client side is raw JSON-RPC messages (as JSON would carry them). */
export interface InMemoryWire {
  transport: MessageTransport;
  /** Deliver one message to the server (a macrotask later, like a pipe). */
  send(message: object): void;
  /** Every message the server writes, in order (only one listener). */
  onMessage(listener: (message: Message) => void): void;
  /** The client hangs up. */
  close(): void;
}

export function inMemoryWire(loggers: LoggerFactory): InMemoryWire {
  const toServer = new PipeEnd();
  const toClient = new PipeEnd();
  const transport = createMessageTransport(toServer, new PipeWriter(toClient, () => undefined), loggers.get('server-transport'));
  return {
    transport,
    send: (message) => setImmediate(() => toServer.deliver(message as Message)),
    onMessage: (listener) => void toClient.listen(listener),
    close: () => toServer.close(),
  };
}
