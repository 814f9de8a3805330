/**
 * `-c key=value` flags, with the semantics of Codex's `codex-rs/common/src/config_override.rs`.
 */
import { parse } from 'smol-toml';
import { ConfigError } from './config-types';
import { messageOf } from '../common/errors';

/** One parsed `-c` flag: the dotted key split into segments, and its TOML value. */
export type CliOverride = [path: string[], value: unknown];

/**
 * Parse one `-c key=value` flag. Splits on the first `=`; the key is trimmed and must be
 * non-empty (as must each dotted segment); the value is parsed as a TOML value and, when that
 * fails, taken as a plain string with surrounding quotes stripped (`-c model=o3` works).
 * @throws ConfigError (message without the `error parsing -c overrides:` prefix)
 */
export function parseCliOverride(s: string): CliOverride {
  const eq = s.indexOf('=');
  if (eq < 0) throw new ConfigError(`Invalid override (missing '='): ${s}`);
  const key = s.slice(0, eq).trim();
  if (key.length === 0) throw new ConfigError(`Empty key in override: ${s}`);
  const path = key.split('.');
  if (path.some((segment) => segment.length === 0)) {
    throw new ConfigError(`Invalid key in override (empty segment): ${s}`);
  }
  return [path, parseTomlValue(s.slice(eq + 1).trim())];
}

/** A TOML value as written after `key = `, or the raw text when it is not valid TOML. */
export function parseTomlValue(raw: string): unknown {
  try {
    const table = parse(`_x_ = ${raw}`);
    if (Object.prototype.hasOwnProperty.call(table, '_x_')) return table._x_;
  } catch {
    // Not a TOML value: fall through to the raw-string form.
  }
  return stripQuotes(raw);
}

function stripQuotes(raw: string): string {
  if (raw.length >= 2) {
    const first = raw[0];
    if ((first === '"' || first === "'") && raw[raw.length - 1] === first) return raw.slice(1, -1);
  }
  return raw;
}

/**
 * Parse every flag, in order.
 * @throws ConfigError whose message is complete and printable as-is:
 *   `error parsing -c overrides: <detail>`.
 */
export function parseCliOverrides(flags: readonly string[]): CliOverride[] {
  try {
    return flags.map(parseCliOverride);
  } catch (err) {
    const detail = messageOf(err);
    throw new ConfigError(`error parsing -c overrides: ${detail}`);
  }
}

/**
 * Check the server's `-c` flags at startup so a bad flag stops the server with a clear message.
 * @throws ConfigError, message `error parsing -c overrides: <detail>` (print as-is).
 */
export function validateCliOverrides(flags: readonly string[]): void {
  parseCliOverrides(flags);
}
