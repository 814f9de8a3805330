import { AbstractMessageReader, AbstractMessageWriter, DataCallback, Disposable, Message, MessageReader, MessageWriter } from 'vscode-jsonrpc/node';

/** The JSON-RPC connection's reader for one HTTP session: messages POSTed by the client. */
export class HttpMessageReader extends AbstractMessageReader implements MessageReader {
  private callback: DataCallback | undefined;
  private readonly early: Message[] = [];

  listen(callback: DataCallback): Disposable {
    this.callback = callback;
    for (const m of this.early.splice(0)) callback(m);
    return Disposable.create(() => {
      this.callback = undefined;
    });
  }

  /** Hand one client message to the connection. */
  push(message: Message): void {
    if (this.callback) this.callback(message);
    else this.early.push(message);
  }

  /** The session ended: the connection closes. */
  close(): void {
    this.fireClose();
  }
}

/** The JSON-RPC connection's writer for one HTTP session: every message goes to the session's router. */
export class HttpMessageWriter extends AbstractMessageWriter implements MessageWriter {
  constructor(private readonly route: (message: Message) => void) {
    super();
  }

  write(message: Message): Promise<void> {
    this.route(message);
    return Promise.resolve();
  }

  end(): void {
    // Nothing buffered: each message was routed when written.
  }
}
