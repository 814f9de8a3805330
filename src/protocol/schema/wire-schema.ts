/**
 * A small typed JSON Schema builder for the wire types that are not request params (results,
 * events, notifications): each value is both the JSON Schema the schema export writes and,
 * through `Infer`, the TypeScript type the code uses — one declaration per message.
 */

export type JsonSchema = Record<string, unknown>;

/** A schema that describes values of type T. `optional` marks an object member that may be absent. */
export interface Schema<T> {
  /** The JSON Schema the export writes (a `$ref` for a named type). */
  readonly json: JsonSchema;
  /** Set by `opt`: the member may be left out of its object. */
  readonly optional?: boolean;
  /** Type carrier only; never set. */
  readonly __type?: T;
}

/** A member that may be absent from its object (`opt`). */
export interface OptionalSchema<T> extends Schema<T> {
  /** Always set: the member may be left out. */
  readonly optional: true;
}

/** The TypeScript type a schema describes. */
export type Infer<S> = S extends Schema<infer T> ? T : never;

const make = <T>(json: JsonSchema): Schema<T> => ({ json });

export const str = (description?: string): Schema<string> => make(withDescription({ type: 'string' }, description));
export const int = (description?: string): Schema<number> => make(withDescription({ type: 'integer' }, description));
export const num = (description?: string): Schema<number> => make(withDescription({ type: 'number' }, description));
export const bool = (description?: string): Schema<boolean> => make(withDescription({ type: 'boolean' }, description));
/** Any JSON value. */
export const unknownValue = (description?: string): Schema<unknown> => make(withDescription({}, description));
export const lit = <L extends string>(value: L): Schema<L> => make({ const: value, type: 'string' });
export const oneOfStrings = <L extends string>(values: readonly L[], description?: string): Schema<L> =>
  make(withDescription({ enum: [...values], type: 'string' }, description));
export const arr = <T>(items: Schema<T>): Schema<T[]> => make({ items: items.json, type: 'array' });
export const record = <T>(values: Schema<T>): Schema<Record<string, T>> => make({ additionalProperties: values.json, type: 'object' });
export const nullable = <T>(s: Schema<T>): Schema<T | null> => make({ anyOf: [s.json, { type: 'null' }] });
export const opt = <T>(s: Schema<T>): OptionalSchema<T> => ({ json: s.json, optional: true });
export const union = <S extends Schema<unknown>[]>(...members: S): Schema<Infer<S[number]>> => make({ oneOf: members.map((m) => m.json) });

/** A named type: its schema is written once under `$defs/<name>` and referenced elsewhere. */
export function named<T>(name: string, s: Schema<T>): NamedSchema<T> {
  if (registry.has(name) && registry.get(name) !== s.json) throw new Error(`two wire types named ${name}`);
  registry.set(name, s.json);
  return { json: { $ref: `#/$defs/${name}` }, name, definition: s.json };
}

const registry = new Map<string, JsonSchema>();

/** Every named type declared so far (the schema export's `$defs`), by name. */
export function namedSchemas(): ReadonlyMap<string, JsonSchema> {
  return registry;
}

/** A schema written once under `$defs/<name>`. */
export interface NamedSchema<T> extends Schema<T> {
  /** Its key under `$defs` (and its type's name in `generate-ts`). */
  readonly name: string;
  /** The schema written under `$defs/<name>`; `json` refers to it. */
  readonly definition: JsonSchema;
}

type Shape = Record<string, Schema<unknown>>;
type OptionalKeys<S extends Shape> = { [K in keyof S]: S[K] extends { optional: true } ? K : never }[keyof S];
type RequiredKeys<S extends Shape> = Exclude<keyof S, OptionalKeys<S>>;
type Flatten<T> = { [K in keyof T]: T[K] };
/** The object type of an `obj` shape: `opt` members optional, the others required. */
export type ObjectOf<S extends Shape> = Flatten<{ [K in RequiredKeys<S>]: Infer<S[K]> } & { [K in OptionalKeys<S>]?: Infer<S[K]> }>;

/** An object with exactly these members (extra members allowed, as the wire tolerates them). */
export function obj<S extends Shape>(shape: S, description?: string): Schema<ObjectOf<S>> {
  const properties: Record<string, unknown> = {};
  const required: string[] = [];
  for (const [key, member] of Object.entries(shape)) {
    properties[key] = member.json;
    if (!member.optional) required.push(key);
  }
  const json: JsonSchema = withDescription({ properties, type: 'object' }, description);
  if (required.length > 0) json.required = required;
  return make(json);
}

function withDescription(json: JsonSchema, description: string | undefined): JsonSchema {
  return description ? { description, ...json } : json;
}
