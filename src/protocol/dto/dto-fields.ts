import 'reflect-metadata';
import { getMetadataStorage, ValidateBy, ValidateNested, type ValidationOptions } from '../../common/validators';
import { Type } from 'class-transformer';

const DESCRIPTION = Symbol('dto:description');
const EXPECTED = Symbol('dto:expected');
const ALIASES = Symbol('dto:aliases');

/** Human description of a DTO property, emitted into the generated JSON schema. */
export function Description(text: string): PropertyDecorator {
  return (target, property) => {
    Reflect.defineMetadata(DESCRIPTION, text, target, property);
  };
}

/** How errors name the value a field wants when its type alone says too little ("a number of milliseconds"). */
export function Expected(text: string): PropertyDecorator {
  return (target, property) => {
    Reflect.defineMetadata(EXPECTED, text, target, property);
  };
}

/** Other input names of the field (read when the field's own name is absent), like serde's `alias`. */
export function Alias(...names: string[]): PropertyDecorator {
  return (target, property) => {
    Reflect.defineMetadata(ALIASES, names, target, property);
  };
}

/** `args` with each field that is absent (or null) taken from the first of its `@Alias` names that is set. */
export function withAliases(ctor: Ctor, args: Record<string, unknown>): Record<string, unknown> {
  let out = args;
  for (const field of dtoFields(ctor)) {
    if (!field.aliases || out[field.name] != null) continue;
    const alias = field.aliases.find((name) => Object.prototype.hasOwnProperty.call(args, name) && args[name] != null);
    if (alias !== undefined) out = { ...out, [field.name]: args[alias] };
  }
  return out;
}

/** True for a plain key/value object (not an array, a Map, a Date). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === null || proto === Object.prototype;
}

/** A table with free keys whose values are all strings (`http_headers`, `set`). */
export function IsStringRecord(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    { name: 'isStringRecord', validator: { validate: (v) => isRecord(v) && Object.values(v).every((s) => typeof s === 'string') } },
    options,
  );
}

/** A Map of DTO instances keyed by free names (`[profiles.<name>]`), each validated as `of()`. */
export function IsMapOf(of: () => Ctor): PropertyDecorator {
  return (target, property) => {
    ValidateBy({ name: 'isMapOf', validator: { validate: (v) => v instanceof Map } })(target, property);
    ValidateNested({ each: true })(target, property);
    Type(of)(target, property);
  };
}

/** A DTO class with a no-argument constructor. */
export type Ctor<T = object> = new () => T;

/** What a field holds, as its class-validator decorators say. */
export type FieldKind =
  | 'string'
  | 'boolean'
  | 'integer'
  | 'number'
  | 'array'
  | 'object'
  | 'nested'
  /** A plain object with free keys; values as `itemKind` says. */
  | 'record'
  /** A Map of `nested` DTO instances with free keys. */
  | 'map'
  | 'any'
  | { enum: readonly string[] };

/** One DTO field, read from its decorators (the single declaration of the field). */
export interface DtoField {
  /** Property name on the DTO class (the primary input name). */
  name: string;
  /** What the field holds. */
  kind: FieldKind;
  /** False when the field is `@IsOptional` or conditionally validated. */
  required: boolean;
  /** Text for the generated JSON Schema's `description`. */
  description?: string;
  /** Overrides the type-derived name of the wanted value in errors. */
  expected?: string;
  /** Other input names of the field. */
  aliases?: readonly string[];
  /** `@Min` / `@Max` bounds. */
  min?: number;
  /** Upper bound from `@Max`. */
  max?: number;
  /** `each: true` validators (or a record's values): the kind of the items. */
  itemKind?: FieldKind;
  /** The DTO class of a nested object (`@ValidateNested() @Type(() => X)`), or of each item. */
  nested?: Ctor;
}

interface ValidationMeta {
  target: Ctor;
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
  if (names.has('isStringRecord')) return 'record';
  if (names.has('isMapOf')) return 'map';
  if (list.some((m) => m.type === 'nestedValidation')) return 'nested';
  if (names.has('isObject')) return 'object';
  return 'any';
}

function bound(list: ValidationMeta[], name: 'min' | 'max'): number | undefined {
  const meta = list.find((m) => m.name === name);
  return meta ? (meta.constraints?.[0] as number) : undefined;
}

const cache = new Map<Ctor, DtoField[]>();

/** The fields of a DTO class in declaration order (read once per class). */
export function dtoFields(ctor: Ctor): DtoField[] {
  const known = cache.get(ctor);
  if (known) return known;
  const metas = (
    getMetadataStorage() as unknown as {
      getTargetValidationMetadatas(t: Ctor, schema: string, always: boolean, strictGroups: boolean): ValidationMeta[];
    }
  ).getTargetValidationMetadatas(ctor, '', true, false);
  // class-validator lists a subclass's own fields first; declaration order puts inherited ones first.
  const depth = (target: Ctor): number => {
    let n = 0;
    for (let p = Object.getPrototypeOf(ctor) as Ctor | null; p && p !== target; p = Object.getPrototypeOf(p) as Ctor | null) n++;
    return target === ctor ? 0 : n + 1;
  };
  const ordered = [...metas].sort((a, b) => depth(b.target) - depth(a.target));
  const byProp = new Map<string, ValidationMeta[]>();
  for (const m of ordered) byProp.set(m.propertyName, [...(byProp.get(m.propertyName) ?? []), m]);
  const fields = [...byProp.entries()].map(([name, list]) => {
    const whole = list.filter((m) => !m.each);
    const each = list.filter((m) => m.each);
    const isArray = list.some((m) => m.name === 'isArray');
    const field: DtoField = {
      name,
      kind: isArray ? 'array' : kindOf(whole),
      required: !list.some((m) => m.type === 'conditionalValidation' || m.name === 'isOptional'),
    };
    const meta = <T>(key: symbol) => Reflect.getMetadata(key, ctor.prototype, name) as T | undefined;
    const description = meta<string>(DESCRIPTION);
    if (description) field.description = description;
    const expected = meta<string>(EXPECTED);
    if (expected) field.expected = expected;
    const aliases = meta<string[]>(ALIASES);
    if (aliases) field.aliases = aliases;
    const min = bound(whole, 'min');
    if (min !== undefined) field.min = min;
    const max = bound(whole, 'max');
    if (max !== undefined) field.max = max;
    if (isArray && each.length > 0) field.itemKind = kindOf(each);
    if (field.kind === 'record') field.itemKind = 'string';
    const nested = typeMetadata().findTypeMetadata(ctor, name);
    if (nested) field.nested = nested.typeFunction();
    return field;
  });
  cache.set(ctor, fields);
  return fields;
}
