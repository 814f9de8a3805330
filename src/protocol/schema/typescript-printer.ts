import type { JsonSchema } from './wire-schema';

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A TypeScript type expression for the subset of JSON Schema the protocol schema uses. */
export function typeOf(schema: JsonSchema, indent = ''): string {
  if (typeof schema.$ref === 'string') return schema.$ref.replace('#/$defs/', '');
  if ('const' in schema) return JSON.stringify(schema.const);
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => JSON.stringify(v)).join(' | ');
  const alternatives = (schema.oneOf ?? schema.anyOf) as JsonSchema[] | undefined;
  if (alternatives) return alternatives.map((s) => wrap(typeOf(s, indent))).join(' | ');
  switch (schema.type) {
    case 'string':
      return 'string';
    case 'integer':
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'null':
      return 'null';
    case 'array':
      return schema.items ? `${wrap(typeOf(schema.items as JsonSchema, indent))}[]` : 'unknown[]';
    case 'object':
      return objectType(schema, indent);
    default:
      return 'unknown';
  }
}

function wrap(t: string): string {
  return t.includes(' | ') && !t.startsWith('{') ? `(${t})` : t;
}

function objectType(schema: JsonSchema, indent: string): string {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((schema.required ?? []) as string[]);
  const extra = schema.additionalProperties;
  const keys = Object.keys(properties);
  if (keys.length === 0) {
    if (extra && typeof extra === 'object') return `Record<string, ${typeOf(extra as JsonSchema, indent)}>`;
    return extra === false ? 'Record<string, never>' : 'Record<string, unknown>';
  }
  const inner = indent + '  ';
  const lines = keys.map((k) => {
    const p = properties[k];
    const doc = typeof p.description === 'string' ? `${inner}/** ${p.description.replace(/\*\//g, '*\\/')} */\n` : '';
    const name = IDENT.test(k) ? k : JSON.stringify(k);
    return `${doc}${inner}${name}${required.has(k) ? '' : '?'}: ${typeOf(p, inner)};`;
  });
  return `{\n${lines.join('\n')}\n${indent}}`;
}

/** One `export type` per `$defs` entry of a protocol schema. */
export function printTypeScript(schema: JsonSchema, header: string): string {
  const defs = (schema.$defs ?? {}) as Record<string, JsonSchema>;
  const out = [header, ''];
  for (const [name, def] of Object.entries(defs)) {
    if (typeof def.description === 'string') out.push(`/** ${def.description} */`);
    out.push(`export type ${name} = ${typeOf(def)};`, '');
  }
  return out.join('\n');
}
