import type { Logger, LoggerFactory } from '../../src/logging/logger';

/** A LoggerFactory that keeps lines in memory (set DEBUG_TEST_LOGS=1 to print them). */
export class MemoryLoggerFactory implements LoggerFactory {
  readonly lines: string[] = [];
  get(component: string): Logger {
    const log = (level: string) => (message: string, meta?: Record<string, unknown>) => {
      const line = `${level} [${component}] ${message}${meta ? ' ' + JSON.stringify(meta) : ''}`;
      this.lines.push(line);
      if (process.env.DEBUG_TEST_LOGS) process.stderr.write(line + '\n');
    };
    return { error: log('error'), warn: log('warn'), info: log('info'), debug: log('debug') };
  }
  setLevel(): void {}
}
