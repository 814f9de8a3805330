/**
 * How to run this program again (node + the bundle), for the hidden subcommands the server
 * re-executes itself with inside the sandbox.
 */
import { injectable } from 'inversify';

export const SelfCommand = Symbol('SelfCommand');
/** Builds the argv for re-running this program with a hidden subcommand. */
export interface SelfCommand {
  /** argv that runs `subcommand` of this program. */
  argv(subcommand: string): string[];
}

@injectable()
export class SelfCommandImpl implements SelfCommand {
  argv(subcommand: string): string[] {
    // The bundle is the main module when the server runs; a symlinked bin is already resolved.
    const entry = require.main?.filename ?? process.argv[1];
    return [process.execPath, entry, subcommand];
  }
}

/** A SelfCommand for a given entry script (tests run the built bundle). */
export function selfCommandFor(entry: string): SelfCommand {
  return { argv: (subcommand) => [process.execPath, entry, subcommand] };
}
