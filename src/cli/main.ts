#!/usr/bin/env node
import 'reflect-metadata';
import { CliFailure, CliUsageError } from './cli-errors';
import { packageVersion } from './package-version';
import { createProgram } from './program';

/** The bundle's entry point (dist/codex-mcp-server.js). */
async function main(): Promise<void> {
  await createProgram({ version: packageVersion() }).parseAsync(process.argv);
}

if (require.main === module) {
  main().catch((e: unknown) => {
    process.stderr.write(`codex-mcp-server: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(e instanceof CliUsageError || e instanceof CliFailure ? e.exitCode : 1);
  });
}
