/** JSON-RPC error codes this server uses (one literal-typed table). */
export const ErrorCode = {
  ParseError: -32700,
  InvalidRequest: -32600,
  MethodNotFound: -32601,
  InvalidParams: -32602,
  InternalError: -32603,
  /** ACP: the agent needs `authenticate` first. */
  AuthRequired: -32000,
  /** ACP: the session (or another resource) does not exist. */
  ResourceNotFound: -32002,
} as const;
/** One of the codes above. */
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/**
 * A failure meant for the client: carries the JSON-RPC code and a message safe to show.
 * Domain code throws it; the dispatcher turns it into the JSON-RPC error answer.
 */
export class RpcError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly data?: unknown,
  ) {
    super(message);
    this.name = 'RpcError';
  }

  static invalidRequest(message: string, data?: unknown): RpcError {
    return new RpcError(ErrorCode.InvalidRequest, message, data);
  }
  static invalidParams(message: string, data?: unknown): RpcError {
    return new RpcError(ErrorCode.InvalidParams, message, data);
  }
  static notFound(message: string, data?: unknown): RpcError {
    return new RpcError(ErrorCode.ResourceNotFound, message, data);
  }
  static internal(message: string, data?: unknown): RpcError {
    return new RpcError(ErrorCode.InternalError, message, data);
  }
}
