import 'reflect-metadata';
import { getMetadataStorage } from 'class-validator';

const DESCRIPTION = Symbol('dto:description');

/** Human description of a DTO property, emitted into the generated JSON schema. */
export function Description(text: string): PropertyDecorator {
  return (target, property) => {
    Reflect.defineMetadata(DESCRIPTION, text, target, property);
  };
}

interface ValidationMeta {
  propertyName: string;
  type: string;
  name?: string;
  constraints?: unknown[];
}

type Ctor = new () => object;

/**
 * JSON schema of a DTO class, derived from its class-validator decorators so the schema and
 * the validation cannot drift. Keys come out in the order serde/schemars wrote them in the
 * reference: properties sorted by name, each `{description, type, enum|additionalProperties}`,
 * then `required` (sorted) and `type`.
 */
export function jsonSchemaOf(ctor: Ctor): Record<string, unknown> {
  const metas = (getMetadataStorage() as unknown as {
    getTargetValidationMetadatas(t: Ctor, schema: string, always: boolean, strictGroups: boolean): ValidationMeta[];
  }).getTargetValidationMetadatas(ctor, '', true, false);
  const byProp = new Map<string, ValidationMeta[]>();
  for (const m of metas) byProp.set(m.propertyName, [...(byProp.get(m.propertyName) ?? []), m]);

  const properties: Record<string, unknown> = {};
  const required: string[] = [];
  for (const prop of [...byProp.keys()].sort()) {
    const list = byProp.get(prop) ?? [];
    const names = new Set(list.map((m) => m.name));
    const schema: Record<string, unknown> = {};
    const description = Reflect.getMetadata(DESCRIPTION, ctor.prototype, prop) as string | undefined;
    if (description) schema.description = description;
    const isIn = list.find((m) => m.name === 'isIn');
    if (names.has('isString') || isIn) schema.type = 'string';
    else if (names.has('isBoolean')) schema.type = 'boolean';
    else if (names.has('isInt')) schema.type = 'integer';
    else if (names.has('isNumber')) schema.type = 'number';
    else if (names.has('isArray')) schema.type = 'array';
    else if (names.has('isObject')) {
      schema.type = 'object';
      schema.additionalProperties = true;
    }
    if (isIn) schema.enum = [...((isIn.constraints?.[0] as unknown[]) ?? [])];
    properties[prop] = schema;
    if (!names.has('isOptional')) required.push(prop);
  }
  return { properties, required: required.sort(), type: 'object' };
}
