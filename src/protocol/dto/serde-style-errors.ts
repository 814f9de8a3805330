import { plainToInstance } from 'class-transformer';
import { validateSync } from '../../common/validators';
import { dtoFields, withAliases, type Ctor, type FieldKind } from './dto-fields';

/**
 * The `codex` and `codex-reply` tool arguments are validated by their DTO classes
 * (class-validator); the failure is worded as the reference's serde derive words it, because
 * clients and golden tests match on those texts.
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

function expected(kind: FieldKind): string {
  if (typeof kind === 'object') return `one of ${kind.enum.map((v) => `\`${v}\``).join(', ')}`;
  if (kind === 'boolean') return 'a boolean';
  if (kind === 'object') return 'a map';
  if (kind === 'integer' || kind === 'number') return `${kind === 'integer' ? 'an integer' : 'a number'}`;
  return 'a string';
}

function typeProblem(kind: FieldKind, v: unknown): string {
  if (typeof kind === 'object') {
    // A unit enum is read from a string (or a map for the externally tagged form).
    if (typeof v !== 'string') return `invalid type: ${serdeUnexpected(v)}, expected string or map`;
    return `unknown variant \`${v}\`, expected ${expected(kind)}`;
  }
  return `invalid type: ${serdeUnexpected(v)}, expected ${expected(kind)}`;
}

/** The typed value, or serde's error message for the first problem. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

/**
 * Validate `args` with the DTO class and return the typed instance, or serde's message for the
 * first problem. Like serde's derived visitor, type errors are found while walking the keys in
 * input order; missing fields only after the walk (in declaration order).
 */
export function parseArguments<T extends object>(ctor: Ctor<T>, args: unknown, structName: string): Parsed<T> {
  if (args === null || typeof args !== 'object' || Array.isArray(args)) {
    return { ok: false, error: `invalid type: ${serdeUnexpected(args)}, expected struct ${structName}` };
  }
  const input = withAliases(ctor, args as Record<string, unknown>);
  const value = plainToInstance(ctor, input);
  const failing = new Set(validateSync(value, { forbidUnknownValues: false }).map((e) => e.property));
  if (failing.size === 0) return { ok: true, value };
  const fields = new Map(dtoFields(ctor).map((f) => [f.name, f]));
  for (const [name, v] of Object.entries(input)) {
    const field = fields.get(name);
    if (field && failing.has(name) && v !== undefined) return { ok: false, error: typeProblem(field.kind, v) };
  }
  for (const field of fields.values()) {
    if (failing.has(field.name)) return { ok: false, error: `missing field \`${field.name}\`` };
  }
  return { ok: false, error: `invalid value, expected struct ${structName}` };
}
