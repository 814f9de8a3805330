import 'reflect-metadata';
import { validateSync } from '../common/validators';
import { dtoFields, type Ctor, type DtoField } from '../protocol/dto/dto-fields';
import { fieldProblems } from '../protocol/dto/field-problems';
import { ConfigError } from './config-types';
import { hasOwn, isTable, setOwn, type TomlTable } from './toml-tree';

/** Why a key was not used: not known at all, or known upstream but irrelevant here. */
export type UnusedKeyKind = 'unknown' | 'ignored';
/** Called once for every config key that was read but not used. */
export type UnusedKeyReporter = (keyPath: string, kind: UnusedKeyKind) => void;

const IGNORED = Symbol('toml:ignored-keys');

/**
 * Keys the upstream Codex understands in this table that this server does not use. They are
 * reported as `ignored` rather than `unknown`, so a config.toml shared with the Codex CLI stays quiet.
 */
export function IgnoredKeys(...keys: string[]): ClassDecorator {
  return (target) => {
    Reflect.defineMetadata(IGNORED, new Set(keys), target);
  };
}

const join = (prefix: string, key: string) => (prefix ? `${prefix}.${key}` : key);
const typeError = (keyPath: string, expected: string) => new ConfigError(`invalid type for \`${keyPath}\`: expected ${expected}`);

/**
 * One TOML table as an instance of its DTO class: the DTO's fields are copied (nested tables
 * read the same way), class-validator checks them, and keys no field claims are reported.
 * Only declared fields are copied, onto an instance made without running field initialisers,
 * so absent keys stay absent and names like `__proto__` are never interpreted.
 * @throws ConfigError `invalid type for \`<dotted key>\`: expected <type>` for the first bad value.
 */
export function readTomlTable<T extends object>(ctor: Ctor<T>, table: TomlTable, keyPath: string, report: UnusedKeyReporter): T {
  const instance = Object.create(ctor.prototype) as T;
  const claimed = new Set<string>();
  for (const field of dtoFields(ctor)) {
    const names = [field.name, ...(field.aliases ?? [])];
    for (const name of names) claimed.add(name);
    const key = names.find((name) => hasOwn(table, name));
    if (key !== undefined) setOwn(instance as TomlTable, field.name, readValue(field, table[key], join(keyPath, key), report));
  }
  const [problem] = fieldProblems(ctor, validateSync(instance, { forbidUnknownValues: false }), 'a table', keyPath);
  if (problem) throw typeError(problem.path, problem.kind === 'missing' ? 'a value' : problem.expected);
  const ignored = (Reflect.getMetadata(IGNORED, ctor) as Set<string> | undefined) ?? new Set<string>();
  for (const key of Object.keys(table)) {
    if (!claimed.has(key)) report(join(keyPath, key), ignored.has(key) ? 'ignored' : 'unknown');
  }
  return instance;
}

/** A field's value as the DTO holds it; leaves are copied as they are and checked by the validators. */
function readValue(field: DtoField, raw: unknown, keyPath: string, report: UnusedKeyReporter): unknown {
  if (field.nested && field.kind === 'nested') {
    if (!isTable(raw)) throw typeError(keyPath, 'a table');
    return readTomlTable(field.nested, raw, keyPath, report);
  }
  if (field.nested && field.kind === 'map') {
    if (!isTable(raw)) throw typeError(keyPath, 'a table');
    const entries = new Map<string, unknown>();
    for (const [name, entry] of Object.entries(raw)) {
      if (!isTable(entry)) throw typeError(join(keyPath, name), 'a table');
      entries.set(name, readTomlTable(field.nested, entry, join(keyPath, name), report));
    }
    return entries;
  }
  if (field.kind === 'record' && isTable(raw)) {
    const copy: TomlTable = {};
    for (const [name, value] of Object.entries(raw)) setOwn(copy, name, value);
    return copy;
  }
  if (Array.isArray(raw)) return [...(raw as unknown[])];
  if (typeof raw === 'bigint' && raw >= 0n && raw <= BigInt(Number.MAX_SAFE_INTEGER)) return Number(raw);
  return raw;
}
