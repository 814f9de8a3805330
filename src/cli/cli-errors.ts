/** A mistake on the command line: printed without a stack, exit status 2. */
export class CliUsageError extends Error {
  readonly exitCode = 2;
}

/** A subcommand that ran and failed in a way the user must act on: printed as is, exit status 1. */
export class CliFailure extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}
