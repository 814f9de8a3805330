import type { Logger, LoggerFactory } from '../../src/logging/logger';

/** A LoggerFactory that keeps lines in memory (set DEBUG_TEST_LOGS=1 to print them). */
export class MemoryLoggerFactory implements LoggerFactory {
  readonly lines: string[] = [];
  private readonly waiters: { text: string; resolve: () => void }[] = [];

  /** Resolves once a line containing `text` has been logged (already or later). */
  waitForLine(text: string): Promise<void> {
    if (this.lines.some((l) => l.includes(text))) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ text, resolve }));
  }

  get(component: string): Logger {
    const log = (level: string) => (message: string, meta?: Record<string, unknown>) => {
      const line = `${level} [${component}] ${message}${meta ? ' ' + JSON.stringify(meta) : ''}`;
      this.lines.push(line);
      for (const w of this.waiters.filter((x) => line.includes(x.text))) {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.resolve();
      }
      if (process.env.DEBUG_TEST_LOGS) process.stderr.write(line + '\n');
    };
    return { error: log('error'), warn: log('warn'), info: log('info'), debug: log('debug') };
  }
  setLevel(): void {}
}
