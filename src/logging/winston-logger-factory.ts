import { injectable } from 'inversify';
import * as winston from 'winston';
import type { Logger, LoggerFactory } from './logger';
import { redactSecrets } from './redact';

export interface LoggingOptions {
  /** error | warn | info | debug; default from CODEX_MCP_LOG or RUST_LOG, else `info`. */
  level?: string;
  /** Log to this file instead of stderr. */
  file?: string;
}

const LEVELS = new Set(['error', 'warn', 'info', 'debug']);

/**
 * Map RUST_LOG-style values to a winston level: a `codex…=<level>` directive applies to us,
 * else the bare default (`info`, `codex=debug,warn`, `trace` → debug). An empty
 * CODEX_MCP_LOG falls through to RUST_LOG.
 */
export function levelFromEnv(env: NodeJS.ProcessEnv): string {
  const raw = (env.CODEX_MCP_LOG?.trim() || env.RUST_LOG || '').toLowerCase();
  const norm = (lvl: string) => (lvl === 'trace' ? 'debug' : LEVELS.has(lvl) ? lvl : undefined);
  let ours: string | undefined;
  let fallback: string | undefined;
  for (const part of raw.split(',').map((p) => p.trim())) {
    const eq = part.indexOf('=');
    if (eq < 0) fallback = norm(part) ?? fallback;
    else if (part.slice(0, eq).startsWith('codex')) ours = norm(part.slice(eq + 1)) ?? ours;
  }
  return ours ?? fallback ?? 'info';
}

const redactFormat = winston.format((info) => {
  info.message = redactSecrets(String(info.message));
  for (const key of Object.keys(info)) {
    if (key === 'level' || key === 'message') continue;
    const v = (info as Record<string, unknown>)[key];
    if (typeof v === 'string') (info as Record<string, unknown>)[key] = redactSecrets(v);
    else if (v && typeof v === 'object') {
      try {
        (info as Record<string, unknown>)[key] = JSON.parse(redactSecrets(JSON.stringify(v)));
      } catch {
        (info as Record<string, unknown>)[key] = '[unserializable]';
      }
    }
  }
  return info;
});

/** winston to stderr (never stdout: stdout is the protocol) or to a file. */
@injectable()
export class WinstonLoggerFactory implements LoggerFactory {
  private readonly root: winston.Logger;

  constructor(options: LoggingOptions = {}) {
    const transport = options.file
      ? new winston.transports.File({ filename: options.file })
      : new winston.transports.Stream({ stream: process.stderr });
    this.root = winston.createLogger({
      level: options.level ?? levelFromEnv(process.env),
      format: winston.format.combine(
        redactFormat(),
        winston.format.timestamp(),
        winston.format.printf(({ timestamp, level, message, component, ...rest }) => {
          const extra = Object.keys(rest).length ? ` ${JSON.stringify(rest)}` : '';
          return `${String(timestamp)} ${level.toUpperCase()} ${component ? `[${String(component)}] ` : ''}${String(message)}${extra}`;
        }),
      ),
      transports: [transport],
    });
  }

  get(component: string): Logger {
    return this.root.child({ component });
  }

  setLevel(level: string): void {
    // MCP levels (notice, critical, …) fold onto winston's four.
    const map: Record<string, string> = { notice: 'info', critical: 'error', alert: 'error', emergency: 'error', warning: 'warn' };
    const lvl = map[level] ?? level;
    if (LEVELS.has(lvl)) this.root.level = lvl;
  }
}
