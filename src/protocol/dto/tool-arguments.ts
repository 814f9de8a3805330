import { plainToInstance } from 'class-transformer';
import { validateSync } from '../../common/validators';
import { dtoFields, isRecord, withAliases, type Ctor, type DtoField, type FieldKind } from './dto-fields';
import { fieldProblems, type FieldProblem } from './field-problems';
import type { Parsed } from './serde-style-errors';

/** What the model gets back when its arguments do not fit the tool (upstream's prefix). */
const PREFIX = 'failed to parse function arguments: ';

function json(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}

function describe(problem: FieldProblem): string {
  switch (problem.kind) {
    case 'missing':
      return `missing field \`${problem.path}\``;
    case 'type':
      return `invalid type for \`${problem.path}\`: expected ${problem.expected}, got ${json(problem.value)}`;
    case 'value':
      return `invalid value for \`${problem.path}\`: ${String(problem.value)} (expected ${problem.expected} ${problem.range})`;
  }
}

/**
 * The model's JSON `arguments` as the tool's DTO (validated by its class-validator decorators),
 * or the text the model gets back naming every field that does not fit. Unknown keys are
 * ignored, as upstream's serde structs do.
 */
export function parseToolArguments<T extends object>(ctor: Ctor<T>, args: string): Parsed<T> {
  let value: unknown;
  try {
    value = JSON.parse(args);
  } catch (err) {
    return { ok: false, error: PREFIX + (err as Error).message };
  }
  if (!isRecord(value)) return { ok: false, error: `${PREFIX}invalid type: expected an object, got ${json(value)}` };
  const instance = plainToInstance(ctor, withAliases(ctor, value));
  const errors = validateSync(instance, { forbidUnknownValues: false });
  if (errors.length === 0) return { ok: true, value: instance };
  return { ok: false, error: PREFIX + fieldProblems(ctor, errors).map(describe).join('; ') };
}

function propertySchema(field: Pick<DtoField, 'kind' | 'itemKind' | 'nested' | 'description'>): Record<string, unknown> {
  const described = (schema: Record<string, unknown>) => (field.description ? { ...schema, description: field.description } : schema);
  if (field.nested) {
    const object = toolParametersSchema(field.nested);
    return described(field.kind === 'array' ? { type: 'array', items: object } : object);
  }
  if (field.kind === 'array') return described({ type: 'array', items: propertySchema({ kind: field.itemKind ?? 'string' }) });
  return described({ type: scalarType(field.kind) });
}

/** The reference's tool schema has no enums or integers: a unit enum is a string, an integer a number. */
function scalarType(kind: FieldKind): string {
  if (typeof kind === 'object' || kind === 'string') return 'string';
  if (kind === 'integer' || kind === 'number') return 'number';
  if (kind === 'boolean') return 'boolean';
  throw new Error(`no tool schema for a ${kind} field`);
}

/**
 * The `parameters` of a function tool, derived from the DTO's decorators in the shape the
 * reference sends: `{type, properties (sorted by name), required (declaration order),
 * additionalProperties: false}`, each property `{type, items?, description?}`.
 */
export function toolParametersSchema(ctor: Ctor): Record<string, unknown> {
  const fields = dtoFields(ctor);
  const sorted = [...fields].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return {
    type: 'object',
    properties: Object.fromEntries(sorted.map((f) => [f.name, propertySchema(f)])),
    required: fields.filter((f) => f.required).map((f) => f.name),
    additionalProperties: false,
  };
}
