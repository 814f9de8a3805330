#!/usr/bin/env node
import 'reflect-metadata';
import { CliFailure, CliUsageError } from './cli-errors';
import { packageVersion } from './package-version';
import { createProgram } from './program';

/** The bundle's entry point (dist/codex-mcp-server.js). */
async function main(): Promise<void> {
  // The bare command never returns here (it exits when stdin closes); a subcommand does.
  await createProgram({ version: packageVersion() }).parseAsync(process.argv);
  // A subcommand is done: do not let a lingering keep-alive socket hold the process open.
  setTimeout(() => process.exit(), 200).unref();
}

if (require.main === module) {
  main().catch((e: unknown) => {
    process.stderr.write(`codex-mcp-server: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(e instanceof CliUsageError || e instanceof CliFailure ? e.exitCode : 1);
  });
}
