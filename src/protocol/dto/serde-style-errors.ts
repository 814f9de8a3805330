/**
 * The reference reports bad `codex` tool arguments with serde's wording (WIRE.md §2); clients
 * and tests match on it, so reproduce it for the shapes that occur.
 */

/** serde's description of a JSON value in "invalid type" errors. */
export function serdeUnexpected(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return `boolean \`${value}\``;
  if (typeof value === 'number') {
    if (Number.isInteger(value)) return `integer \`${value}\``;
    return `floating point \`${value}\``;
  }
  if (typeof value === 'string') return `string ${JSON.stringify(value)}`;
  if (Array.isArray(value)) return 'sequence';
  return 'map';
}

export type FieldKind = 'string' | 'boolean' | 'object' | { enum: readonly string[] };

function expected(kind: FieldKind): string {
  if (kind === 'string') return 'a string';
  if (kind === 'boolean') return 'a boolean';
  if (kind === 'object') return 'a map';
  return `one of ${kind.enum.map((v) => `\`${v}\``).join(', ')}`;
}

/**
 * Check `args` against a field table; returns serde's message for the first problem, or
 * undefined when the arguments are acceptable.
 */
export function serdeCheck(args: unknown, structName: string, fields: Record<string, { kind: FieldKind; required: boolean }>): string | undefined {
  if (args === null || typeof args !== 'object' || Array.isArray(args)) {
    return `invalid type: ${serdeUnexpected(args)}, expected struct ${structName}`;
  }
  const obj = args as Record<string, unknown>;
  for (const [name, spec] of Object.entries(fields)) {
    const v = obj[name];
    if (v === undefined || (v === null && !spec.required)) {
      if (spec.required) return `missing field \`${name}\``;
      continue;
    }
    const kind = spec.kind;
    if (kind === 'string' && typeof v !== 'string') return `invalid type: ${serdeUnexpected(v)}, expected a string`;
    if (kind === 'boolean' && typeof v !== 'boolean') return `invalid type: ${serdeUnexpected(v)}, expected a boolean`;
    if (kind === 'object' && (typeof v !== 'object' || Array.isArray(v))) return `invalid type: ${serdeUnexpected(v)}, expected a map`;
    if (typeof kind === 'object') {
      if (typeof v !== 'string') return `invalid type: ${serdeUnexpected(v)}, expected ${expected(kind)}`;
      if (!kind.enum.includes(v)) return `unknown variant \`${v}\`, expected ${expected(kind)}`;
    }
  }
  return undefined;
}
