import { dtoFields, type Ctor, type DtoField, type FieldKind } from './dto-fields';

export { Description } from './dto-fields';

type NestedRef = (ctor: Ctor) => Record<string, unknown>;

function kindSchema(kind: FieldKind, field: DtoField | undefined, nestedRef: NestedRef): Record<string, unknown> {
  if (typeof kind === 'object') return { type: 'string', enum: [...kind.enum] };
  switch (kind) {
    case 'string':
    case 'boolean':
    case 'integer':
    case 'number':
      return { type: kind };
    case 'object':
      return { type: 'object', additionalProperties: true };
    case 'nested':
      return field?.nested ? nestedRef(field.nested) : { type: 'object' };
    case 'array': {
      const items = field?.nested ? nestedRef(field.nested) : field?.itemKind ? kindSchema(field.itemKind, undefined, nestedRef) : undefined;
      return items ? { type: 'array', items } : { type: 'array' };
    }
    case 'record':
      return { type: 'object', additionalProperties: { type: 'string' } };
    case 'map':
      return { type: 'object', additionalProperties: field?.nested ? nestedRef(field.nested) : true };
    case 'any':
      return {};
  }
}

/**
 * JSON schema of a DTO class, derived from its class-validator decorators (the same metadata
 * that validates). Keys come out in the order the reference's schema generator wrote them:
 * properties sorted by name, each `{description, type, enum|additionalProperties}`, then
 * `required` (sorted) and `type`. Nested DTOs are inlined unless `nestedRef` says otherwise.
 */
export function jsonSchemaOf(ctor: Ctor, nestedRef: NestedRef = (nested) => jsonSchemaOf(nested, nestedRef)): Record<string, unknown> {
  const fields = [...dtoFields(ctor)].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const properties: Record<string, unknown> = {};
  for (const field of fields) {
    properties[field.name] = { ...(field.description ? { description: field.description } : {}), ...kindSchema(field.kind, field, nestedRef) };
  }
  const required = fields.filter((f) => f.required).map((f) => f.name);
  return { properties, required, type: 'object' };
}
