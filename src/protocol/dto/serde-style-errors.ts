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
 * undefined when the arguments are acceptable. Like serde's derived visitor, type errors are
 * found while walking the keys in input order; missing fields only after the walk.
 */
export function serdeCheck(args: unknown, structName: string, fields: Record<string, { kind: FieldKind; required: boolean }>): string | undefined {
  if (args === null || typeof args !== 'object' || Array.isArray(args)) {
    return `invalid type: ${serdeUnexpected(args)}, expected struct ${structName}`;
  }
  const obj = args as Record<string, unknown>;
  for (const [name, v] of Object.entries(obj)) {
    const spec = fields[name];
    if (!spec || v === undefined || (v === null && !spec.required)) continue;
    const problem = typeProblem(spec.kind, v);
    if (problem) return problem;
  }
  for (const [name, spec] of Object.entries(fields)) {
    if (spec.required && (obj[name] === undefined || obj[name] === null)) {
      if (obj[name] === null) return `invalid type: null, expected ${expected(spec.kind)}`;
      return `missing field \`${name}\``;
    }
  }
  return undefined;
}

function typeProblem(kind: FieldKind, v: unknown): string | undefined {
  if (kind === 'string' && typeof v !== 'string') return `invalid type: ${serdeUnexpected(v)}, expected a string`;
  if (kind === 'boolean' && typeof v !== 'boolean') return `invalid type: ${serdeUnexpected(v)}, expected a boolean`;
  if (kind === 'object' && (v === null || typeof v !== 'object' || Array.isArray(v))) return `invalid type: ${serdeUnexpected(v)}, expected a map`;
  if (typeof kind === 'object') {
    // A unit enum is read from a string (or a map for the externally tagged form).
    if (typeof v !== 'string') return `invalid type: ${serdeUnexpected(v)}, expected string or map`;
    if (!kind.enum.includes(v)) return `unknown variant \`${v}\`, expected ${expected(kind)}`;
  }
  return undefined;
}
