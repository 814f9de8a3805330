#!/usr/bin/env node
import 'reflect-metadata';
import { APPLY_PATCH_SUBCOMMAND } from '../apply-patch/apply-patch-types';
import { CliFailure, CliUsageError } from './cli-errors';
import { messageOf } from '../common/errors';

/** The bundle's entry point (dist/codex-mcp-server.js). */
async function main(): Promise<void> {
  // Internal, never in --help: the server re-executes itself with it to apply a patch in the sandbox.
  if (process.argv[2] === APPLY_PATCH_SUBCOMMAND && process.argv.length === 3) {
    const { runApplyPatchSubcommand } = await import('../apply-patch/apply-patch-subcommand');
    process.exitCode = await runApplyPatchSubcommand(process.stdin, process.stdout, process.stderr);
    return;
  }
  // Loaded here, not above: the subcommand starts without the server's module graph, the server without the patch applier.
  const [{ createProgram }, { packageVersion }] = await Promise.all([import('./program'), import('./package-version')]);
  // The bare command never returns here (it exits when stdin closes); a subcommand does.
  await (await createProgram({ version: packageVersion() }, process.argv.slice(2))).parseAsync(process.argv);
  // A subcommand is done: do not let a lingering keep-alive socket hold the process open.
  setTimeout(() => process.exit(), 200).unref();
}

if (require.main === module) {
  main().catch((e: unknown) => {
    process.stderr.write(`codex-mcp-server: ${messageOf(e)}\n`);
    process.exit(e instanceof CliUsageError || e instanceof CliFailure ? e.exitCode : 1);
  });
}
