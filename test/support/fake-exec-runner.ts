import type { ExecOptions, ExecParams, ExecResult, ExecRunner } from '../../src/exec/exec-types';

/** A process runner that runs nothing: it records each call and answers the next scripted result (default: exit 0, `ok`). */
export class FakeExecRunner implements ExecRunner {
  calls: { params: ExecParams; options: ExecOptions }[] = [];
  results: (Partial<ExecResult> | Error)[] = [];
  async run(params: ExecParams, options: ExecOptions): Promise<ExecResult> {
    this.calls.push({ params, options });
    const next = this.results.shift() ?? {};
    if (next instanceof Error) throw next;
    options.onOutput?.('stdout', Buffer.from(next.stdout ?? 'ok\n'));
    return {
      exitCode: 0,
      stdout: 'ok\n',
      stderr: '',
      aggregatedOutput: next.stdout ?? 'ok\n',
      durationMs: 12,
      timedOut: false,
      interrupted: false,
      sandboxDenied: false,
      ...next,
    };
  }
  killAll(): void {}
}
