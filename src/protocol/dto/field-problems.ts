import type { ValidationError } from 'class-validator';
import { dtoFields, isRecord, type Ctor, type DtoField, type FieldKind } from './dto-fields';

/**
 * class-validator's findings for a DTO instance, one per failing field, named by path and by
 * what the field wants (read from the same decorators that validated). Front ends word them:
 * the model's tool arguments and config.toml each have their own texts.
 */
export type FieldProblem =
  /** A required field is absent. */
  | { kind: 'missing'; path: string }
  /** The value has the wrong type (or is not one of an enum's values). */
  | { kind: 'type'; path: string; value: unknown; expected: string }
  /** Right type, out of range; `range` reads like `from 0 to 86400000`. */
  | { kind: 'value'; path: string; value: unknown; expected: string; range: string };

/** Validators that check what a value is, as opposed to its range. */
const TYPE_CHECKS = new Set(['isString', 'isBoolean', 'isInt', 'isNumber', 'isIn', 'isArray', 'isObject', 'isStringRecord', 'isMapOf', 'nestedValidation', 'isDefined']);

/** Words for the value a field wants; `table` is what an object is called ("an object", "a table"). */
export function expectedOf(field: Pick<DtoField, 'kind' | 'expected' | 'min' | 'itemKind' | 'nested'>, table = 'an object'): string {
  if (field.expected) return field.expected;
  return kindWords(field.kind, field, table);
}

function kindWords(kind: FieldKind, field: Pick<DtoField, 'min' | 'itemKind' | 'nested'>, table: string): string {
  if (typeof kind === 'object') return `one of ${kind.enum.join(', ')}`;
  switch (kind) {
    case 'string':
      return 'a string';
    case 'boolean':
      return 'a boolean';
    case 'integer':
      return field.min === 0 ? 'a non-negative integer' : 'an integer';
    case 'number':
      return 'a number';
    case 'array': {
      const items = field.nested ? 'objects' : field.itemKind === 'string' ? 'strings' : undefined;
      return items ? `an array of ${items}` : 'an array';
    }
    case 'record':
      return `${table} of strings`;
    case 'object':
    case 'nested':
    case 'map':
      return table;
    case 'any':
      return 'a value';
  }
}

function range(field: DtoField): string {
  if (field.min !== undefined && field.max !== undefined) return `from ${field.min} to ${field.max}`;
  if (field.min !== undefined) return `of at least ${field.min}`;
  return `of at most ${field.max}`;
}

const join = (prefix: string, key: string, indexed = false) => (indexed ? `${prefix}[${key}]` : prefix ? `${prefix}.${key}` : key);

/** The problems in `errors` (from validating an instance of `ctor`), in field declaration order. */
export function fieldProblems(ctor: Ctor, errors: ValidationError[], table = 'an object', prefix = ''): FieldProblem[] {
  const fields = dtoFields(ctor);
  const order = (e: ValidationError) => fields.findIndex((f) => f.name === e.property);
  const out: FieldProblem[] = [];
  for (const e of [...errors].sort((a, b) => order(a) - order(b))) {
    const field = fields.find((f) => f.name === e.property);
    if (!field) continue;
    const path = join(prefix, e.property);
    out.push(...problemsOf(field, e, path, table));
  }
  return out;
}

function problemsOf(field: DtoField, e: ValidationError, path: string, table: string): FieldProblem[] {
  const failed = Object.keys(e.constraints ?? {});
  if (e.value === undefined && failed.length > 0) return [{ kind: 'missing', path }];
  if (failed.some((name) => TYPE_CHECKS.has(name))) {
    // A record of strings: name the entry that is not a string.
    if (field.kind === 'record' && isRecord(e.value)) {
      const bad = Object.keys(e.value).find((key) => typeof (e.value as Record<string, unknown>)[key] !== 'string');
      if (bad !== undefined) return [{ kind: 'type', path: join(path, bad), value: e.value[bad], expected: 'a string' }];
    }
    return [{ kind: 'type', path, value: e.value, expected: expectedOf(field, table) }];
  }
  if (failed.length > 0) return [{ kind: 'value', path, value: e.value, expected: expectedOf(field, table), range: range(field) }];
  // Only nested errors: an item of an array (or map) of DTOs, or a nested DTO.
  if (!field.nested) return [];
  if (field.kind === 'nested') return fieldProblems(field.nested, e.children ?? [], table, path);
  const out: FieldProblem[] = [];
  for (const child of e.children ?? []) {
    const itemPath = join(path, child.property, field.kind === 'array');
    if (child.constraints && Object.keys(child.constraints).length > 0) {
      out.push({ kind: 'type', path: itemPath, value: child.value, expected: table });
    } else {
      out.push(...fieldProblems(field.nested, child.children ?? [], table, itemPath));
    }
  }
  return out;
}
