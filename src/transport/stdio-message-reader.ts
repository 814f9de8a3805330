import { AbstractMessageReader, DataCallback, Disposable, Message, MessageReader } from 'vscode-jsonrpc/node';
import { ErrorCode } from '../protocol/errors';
import { FrameDecoder, Framing } from './framing';

/** An error answer the transport sends itself (the message never reached the connection). */
export interface TransportErrorResponse {
  /** Request id of the refused message, or null when it had no usable one. */
  id: string | number | null;
  /** JSON-RPC error code (-32700 parse error, -32600 invalid request). */
  code: number;
  /** Error message sent to the client. */
  message: string;
}

type Classified = { ok: Message } | { reject: TransportErrorResponse } | { ignore: true };

/**
 * Check that a parsed value is a JSON-RPC message vscode-jsonrpc can take; anything else is
 * answered by the transport (-32600) so every request gets exactly one answer.
 */
export function classifyMessage(value: unknown): Classified {
  if (Array.isArray(value)) {
    return { reject: { id: null, code: ErrorCode.InvalidRequest, message: 'Invalid Request: batch requests are not supported' } };
  }
  if (value === null || typeof value !== 'object') {
    return { reject: { id: null, code: ErrorCode.InvalidRequest, message: 'Invalid Request: expected a JSON-RPC message object' } };
  }
  const msg = value as Record<string, unknown>;
  const hasId = 'id' in msg;
  const idOk = typeof msg.id === 'string' || (typeof msg.id === 'number' && Number.isInteger(msg.id));
  if ('method' in msg) {
    if (hasId && !idOk) {
      return { reject: { id: null, code: ErrorCode.InvalidRequest, message: 'Invalid Request: id must be a string or an integer' } };
    }
    const id = hasId ? (msg.id as string | number) : null;
    if (typeof msg.method !== 'string' || msg.method === '') {
      if (!hasId) return { ignore: true };
      return { reject: { id, code: ErrorCode.InvalidRequest, message: 'Invalid Request: method must be a non-empty string' } };
    }
    const params = msg.params;
    if (params !== undefined && params !== null && typeof params !== 'object') {
      if (!hasId) return { ignore: true };
      return { reject: { id, code: ErrorCode.InvalidRequest, message: 'Invalid Request: params must be an object or an array' } };
    }
    const out: Record<string, unknown> = { jsonrpc: '2.0', method: msg.method };
    if (hasId) out.id = msg.id;
    if (params !== undefined && params !== null) out.params = params;
    return { ok: out as unknown as Message };
  }
  if (hasId && ('result' in msg || 'error' in msg)) {
    return { ok: { ...msg, jsonrpc: '2.0' } as unknown as Message };
  }
  return { reject: { id: idOk ? (msg.id as string | number) : null, code: ErrorCode.InvalidRequest, message: 'Invalid Request: not a JSON-RPC request, notification or response' } };
}

/**
 * Delivered after the last real message once the input ends (EOF, close or error): the
 * connection processes messages in order, so when this one comes up every message read
 * before EOF has been dispatched. Recognised by identity; no client bytes can produce it.
 */
export const INPUT_END: Message = Object.freeze({ jsonrpc: '2.0', method: '$/codex-mcp-server/input-end' }) as unknown as Message;

/** A reader that delivers INPUT_END after its last message and closes once the connection dispatched it. */
export interface DrainingReader extends MessageReader {
  /** The connection has dispatched INPUT_END: fire close now. */
  inputDispatched(): void;
}

/** Options of a StdioMessageReader. */
export interface StdioMessageReaderOptions {
  /** Largest accepted message in bytes (default 64 MiB). */
  maxMessageBytes?: number;
  /** Last check before a well-formed message is delivered; a returned error is sent instead. */
  admit?: (message: Message) => TransportErrorResponse | undefined;
}

/** Reads NDJSON or Content-Length framed messages from a byte stream. */
export class StdioMessageReader extends AbstractMessageReader implements DrainingReader {
  private readonly decoder: FrameDecoder;

  constructor(
    private readonly readable: NodeJS.ReadableStream,
    /** Called for input the transport answers itself (parse errors, invalid requests). */
    private readonly onReject: (response: TransportErrorResponse) => void,
    /** Called once the framing is known, so the writer answers in kind. */
    private readonly onFraming: (framing: Framing) => void,
    private readonly options: StdioMessageReaderOptions = {},
  ) {
    super();
    this.decoder = new FrameDecoder({ maxMessageBytes: options.maxMessageBytes });
  }

  inputDispatched(): void {
    this.fireClose();
  }

  listen(callback: DataCallback): Disposable {
    let framingReported = false;
    let ended = false;
    const onData = (chunk: Buffer | string) => {
      if (ended) return;
      const frames = this.decoder.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
      if (!framingReported && this.decoder.framing) {
        framingReported = true;
        this.onFraming(this.decoder.framing);
      }
      for (const frame of frames) {
        if (frame.kind === 'parse-error') {
          this.onReject({ id: null, code: ErrorCode.ParseError, message: `Parse error: ${frame.error}` });
          continue;
        }
        const c = classifyMessage(frame.value);
        if ('reject' in c) this.onReject(c.reject);
        else if ('ok' in c) {
          const refused = this.options.admit?.(c.ok);
          if (refused) this.onReject(refused);
          else callback(c.ok);
        }
      }
    };
    // Stop reading and tell the connection, after everything already read.
    const onEnd = () => {
      if (ended) return;
      ended = true;
      this.readable.off('data', onData);
      callback(INPUT_END);
    };
    const onError = (e: Error) => {
      this.fireError(e);
      onEnd();
    };
    this.readable.on('data', onData);
    this.readable.on('end', onEnd);
    this.readable.on('close', onEnd);
    this.readable.on('error', onError);
    return Disposable.create(() => {
      this.readable.off('data', onData);
      this.readable.off('end', onEnd);
      this.readable.off('close', onEnd);
      this.readable.off('error', onError);
    });
  }
}
