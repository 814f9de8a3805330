/** What the command line gave the server (bound as a constant by the composition root). */
export const ServerOptions = Symbol('ServerOptions');
/** The command-line inputs the server runs with. */
export interface ServerOptions {
  /** `-c key=value` flags, in command-line order. */
  configOverrides: string[];
  /** Server version reported in `initialize`. */
  version: string;
}
