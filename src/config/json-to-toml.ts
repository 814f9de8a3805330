/**
 * The per-call `config` map arrives as JSON; Codex converts it with `json_to_toml`
 * (codex-rs/mcp-server/src/json_to_toml.rs) and applies each entry as a dotted-key override.
 */
import type { CliOverride } from './cli-overrides';
import { newTable, setOwn } from './toml-tree';

/**
 * Convert a JSON value to a TOML value: `null` → `""`, numbers stay numbers (integers remain
 * integers, floats remain floats), arrays stay arrays, objects become tables.
 * `undefined` entries in objects are dropped (they cannot come from JSON).
 */
export function jsonToToml(value: unknown): unknown {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(jsonToToml);
  if (typeof value === 'object') {
    const table = newTable();
    for (const [key, entry] of Object.entries(value as Record<string, unknown>)) {
      if (entry !== undefined) setOwn(table, key, jsonToToml(entry));
    }
    return table;
  }
  return value;
}

/** Turn a `config` map into overrides: each key is a dotted path, each value converted. */
export function configMapToOverrides(config: Record<string, unknown>): CliOverride[] {
  return Object.entries(config)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => [key.split('.'), jsonToToml(value)]);
}
