/** The logging surface every component uses (a winston child logger underneath). */
export interface Logger {
  error(message: string, meta?: Record<string, unknown>): void;
  warn(message: string, meta?: Record<string, unknown>): void;
  info(message: string, meta?: Record<string, unknown>): void;
  debug(message: string, meta?: Record<string, unknown>): void;
}

export const LoggerFactory = Symbol('LoggerFactory');
export interface LoggerFactory {
  /** A logger tagged with `component`. */
  get(component: string): Logger;
  /** Change the level at run time (`logging/setLevel`). */
  setLevel(level: string): void;
}
