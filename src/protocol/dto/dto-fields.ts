import 'reflect-metadata';
import { getMetadataStorage } from './validators';

const DESCRIPTION = Symbol('dto:description');

/** Human description of a DTO property, emitted into the generated JSON schema. */
export function Description(text: string): PropertyDecorator {
  return (target, property) => {
    Reflect.defineMetadata(DESCRIPTION, text, target, property);
  };
}

export type Ctor<T = object> = new () => T;

/** What a field holds, as its class-validator decorators say. */
export type FieldKind = 'string' | 'boolean' | 'integer' | 'number' | 'array' | 'object' | 'nested' | 'any' | { enum: readonly string[] };

/** One DTO field, read from its decorators (the single declaration of the field). */
export interface DtoField {
  name: string;
  kind: FieldKind;
  required: boolean;
  description?: string;
  /** `each: true` validators: the kind of the array's items. */
  itemKind?: FieldKind;
  /** The DTO class of a nested object (`@ValidateNested() @Type(() => X)`), or of each item. */
  nested?: Ctor;
}

interface ValidationMeta {
  propertyName: string;
  name?: string;
  type: string;
  each?: boolean;
  constraints?: unknown[];
}

type TypeMeta = { typeFunction: () => Ctor };
const typeMetadata = (): { findTypeMetadata(target: Ctor, property: string): TypeMeta | undefined } =>
  // class-transformer keeps @Type() here; there is no public accessor.
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  require('class-transformer/cjs/storage').defaultMetadataStorage;

function kindOf(list: ValidationMeta[]): FieldKind {
  const names = new Set(list.map((m) => m.name ?? m.type));
  const isIn = list.find((m) => m.name === 'isIn');
  if (isIn) return { enum: [...((isIn.constraints?.[0] as string[]) ?? [])] };
  if (names.has('isString')) return 'string';
  if (names.has('isBoolean')) return 'boolean';
  if (names.has('isInt')) return 'integer';
  if (names.has('isNumber')) return 'number';
  if (list.some((m) => m.type === 'nestedValidation')) return 'nested';
  if (names.has('isObject')) return 'object';
  return 'any';
}

/** The fields of a DTO class in declaration order. */
export function dtoFields(ctor: Ctor): DtoField[] {
  const metas = (
    getMetadataStorage() as unknown as {
      getTargetValidationMetadatas(t: Ctor, schema: string, always: boolean, strictGroups: boolean): ValidationMeta[];
    }
  ).getTargetValidationMetadatas(ctor, '', true, false);
  const byProp = new Map<string, ValidationMeta[]>();
  for (const m of metas) byProp.set(m.propertyName, [...(byProp.get(m.propertyName) ?? []), m]);
  return [...byProp.entries()].map(([name, list]) => {
    const whole = list.filter((m) => !m.each);
    const each = list.filter((m) => m.each);
    const isArray = list.some((m) => m.name === 'isArray');
    const field: DtoField = {
      name,
      kind: isArray ? 'array' : kindOf(whole),
      required: !list.some((m) => m.type === 'conditionalValidation' || m.name === 'isOptional'),
    };
    const description = Reflect.getMetadata(DESCRIPTION, ctor.prototype, name) as string | undefined;
    if (description) field.description = description;
    if (isArray && each.length > 0) field.itemKind = kindOf(each);
    const nested = typeMetadata().findTypeMetadata(ctor, name);
    if (nested) field.nested = nested.typeFunction();
    return field;
  });
}
