import { injectable } from 'inversify';
import type * as Winston from 'winston';
import type { Logger, LoggerFactory } from './logger';
import { redactSecrets } from './redact';

/** Where and how much the server logs. */
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

/** Secrets never reach a log line, in the message or in any meta value. */
function redactInfo(info: Winston.Logform.TransformableInfo): Winston.Logform.TransformableInfo {
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
}

type Level = 'error' | 'warn' | 'info' | 'debug';
const SEVERITY: Record<string, number> = { error: 0, warn: 1, info: 2, debug: 3 };

/**
 * winston to stderr (never stdout: stdout is the protocol) or to a file.
 *
 * winston and its format stack are loaded on the first line that passes the level, not at start:
 * at the default level a server that logs nothing until it shuts down never pays for them, and a
 * message below the level costs one comparison.
 */
@injectable()
export class WinstonLoggerFactory implements LoggerFactory {
  private level: string;
  private root: Winston.Logger | undefined;

  constructor(private readonly options: LoggingOptions = {}) {
    this.level = options.level ?? levelFromEnv(process.env);
  }

  get(component: string): Logger {
    let child: Winston.Logger | undefined;
    const write = (level: Level, message: string, meta?: Record<string, unknown>) => {
      // Unknown levels are left to winston to judge.
      if (SEVERITY[level] > SEVERITY[this.level]) return;
      child ??= this.winston().child({ component });
      child[level](message, meta);
    };
    return {
      error: (message, meta) => write('error', message, meta),
      warn: (message, meta) => write('warn', message, meta),
      info: (message, meta) => write('info', message, meta),
      debug: (message, meta) => write('debug', message, meta),
    };
  }

  setLevel(level: string): void {
    // MCP levels (notice, critical, …) fold onto winston's four.
    const map: Record<string, string> = { notice: 'info', critical: 'error', alert: 'error', emergency: 'error', warning: 'warn' };
    const lvl = map[level] ?? level;
    if (!LEVELS.has(lvl)) return;
    this.level = lvl;
    if (this.root) this.root.level = lvl;
  }

  private winston(): Winston.Logger {
    if (this.root) return this.root;
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const winston = require('winston') as typeof Winston;
    const transport = this.options.file
      ? new winston.transports.File({ filename: this.options.file })
      : new winston.transports.Stream({ stream: process.stderr });
    this.root = winston.createLogger({
      level: this.level,
      format: winston.format.combine(
        winston.format(redactInfo)(),
        winston.format.timestamp(),
        winston.format.printf(({ timestamp, level, message, component, ...rest }) => {
          const extra = Object.keys(rest).length ? ` ${JSON.stringify(rest)}` : '';
          return `${String(timestamp)} ${level.toUpperCase()} ${component ? `[${String(component)}] ` : ''}${String(message)}${extra}`;
        }),
      ),
      transports: [transport],
    });
    return this.root;
  }
}
