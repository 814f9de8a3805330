/** The logging surface every component uses (a winston child logger underneath). */
export interface Logger {
  /** Log a failure; `meta` adds structured fields (secrets are redacted). */
  error(message: string, meta?: Record<string, unknown>): void;
  /** Log something unexpected that did not fail the operation. */
  warn(message: string, meta?: Record<string, unknown>): void;
  /** Log a notable lifecycle step. */
  info(message: string, meta?: Record<string, unknown>): void;
  /** Log detail for troubleshooting (hidden at the default level). */
  debug(message: string, meta?: Record<string, unknown>): void;
}

export const LoggerFactory = Symbol('LoggerFactory');
/** Makes component loggers (injected under the same-named symbol). */
export interface LoggerFactory {
  /** A logger tagged with `component`. */
  get(component: string): Logger;
  /** Change the level at run time (`logging/setLevel`). */
  setLevel(level: string): void;
}
