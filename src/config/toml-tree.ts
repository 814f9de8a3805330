/**
 * The generic TOML tree that config.toml, `-c` flags and per-call `config` maps are layered on
 * before it is validated. Tables are null-prototype objects (as smol-toml makes them), so keys
 * such as `__proto__` or `constructor` are plain data and never reach Object.prototype.
 */

/** A TOML table: free string keys holding TOML values. */
export type TomlTable = {
  /** A key of the table and its TOML value (scalar, date, array or nested table). */
  [key: string]: unknown;
};

/** True for a TOML table (not an array, not a date). */
export function isTable(value: unknown): value is TomlTable {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

export function newTable(): TomlTable {
  return Object.create(null) as TomlTable;
}

export function hasOwn(table: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(table, key);
}

/** Define `key` as an own data property, so `__proto__` is stored and not interpreted. */
export function setOwn(table: TomlTable, key: string, value: unknown): void {
  Object.defineProperty(table, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * Set `value` at a dotted path, creating intermediate tables and replacing any non-table value
 * met on the way (Codex's `apply_toml_override`).
 */
export function applyOverride(root: TomlTable, path: readonly string[], value: unknown): void {
  let current = root;
  for (let i = 0; i < path.length - 1; i++) {
    const segment = path[i];
    const next = hasOwn(current, segment) ? current[segment] : undefined;
    if (isTable(next)) {
      current = next;
    } else {
      const created = newTable();
      setOwn(current, segment, created);
      current = created;
    }
  }
  setOwn(current, path[path.length - 1], value);
}
