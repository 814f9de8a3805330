import * as authDtos from '../dto/auth-dtos';
import * as codexToolDtos from '../dto/codex-tool-dtos';
import * as conversationDtos from '../dto/conversation-dtos';
import { jsonSchemaOf } from '../dto/json-schema';
import type { Ctor } from '../dto/dto-fields';
import * as mcpDtos from '../dto/mcp-dtos';
import * as modelToolDtos from '../dto/model-tool-dtos';
import type { NotificationType, RequestType } from '../method-types';
import { PROTOCOL } from '../methods';
import { namedSchemas, type JsonSchema } from './wire-schema';

const JSON_SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';
const ref = (name: string): JsonSchema => ({ $ref: `#/$defs/${name}` });

/**
 * Each DTO class by its exported name. Not `Function.name`: the bundle minifies identifiers, and
 * export names are property keys, which it keeps.
 */
let exportedNames: Map<unknown, string> | undefined;

/** `InitializeParamsDto` is written as `InitializeParams`. */
function dtoName(ctor: Ctor): string {
  exportedNames ??= new Map(
    [authDtos, codexToolDtos, conversationDtos, mcpDtos, modelToolDtos].flatMap((m) => Object.entries(m).filter(([, v]) => typeof v === 'function').map(([k, v]) => [v, k] as const)),
  );
  const name = exportedNames.get(ctor);
  if (name === undefined) throw new Error(`protocol schema: ${ctor.name} is not exported from a protocol/dto/*-dtos module`);
  return name.replace(/Dto$/, '');
}

/**
 * The whole protocol as one JSON Schema (draft 2020-12): `$defs` holds `ClientRequest`,
 * `ClientNotification`, `ServerRequest` and `ServerNotification` (each a `oneOf` over its
 * methods, discriminated by `method`, covering the whole JSON-RPC message), `Results`
 * (request method → schema of its `result`) and every other type under its own name.
 */
export function protocolJsonSchema(): JsonSchema {
  const defs: Record<string, JsonSchema> = {};
  const addDto = (ctor: Ctor): JsonSchema => {
    const name = dtoName(ctor);
    if (!defs[name]) {
      defs[name] = {};
      defs[name] = jsonSchemaOf(ctor, (nested) => addDto(nested));
    }
    return ref(name);
  };
  const paramsOf = (type: RequestType<unknown, unknown> | NotificationType<unknown>): { schema: JsonSchema; required: boolean } | undefined => {
    if (type.params) {
      const ctor = type.params as Ctor;
      return { schema: addDto(ctor), required: (jsonSchemaOf(ctor).required as string[]).length > 0 };
    }
    if (type.paramsSchema) return { schema: type.paramsSchema.json, required: true };
    return undefined;
  };
  const message = (type: RequestType<unknown, unknown> | NotificationType<unknown>, withId: boolean): JsonSchema => {
    const params = paramsOf(type);
    const properties: Record<string, JsonSchema> = { jsonrpc: { const: '2.0' } };
    if (withId) properties.id = ref('RequestId');
    properties.method = { const: type.method };
    // Methods without params ignore whatever comes (clients send {}, null or nothing).
    properties.params = params?.schema ?? { anyOf: [{ type: 'object' }, { type: 'null' }] };
    const required = ['jsonrpc', ...(withId ? ['id'] : []), 'method', ...(params?.required ? ['params'] : [])];
    return { type: 'object', properties, required, title: type.method };
  };
  const group = (types: (RequestType<unknown, unknown> | NotificationType<unknown>)[], withId: boolean): JsonSchema => ({
    oneOf: types.map((t) => message(t, withId)),
  });

  defs.ClientRequest = group(PROTOCOL.clientRequests, true);
  defs.ClientNotification = group(PROTOCOL.clientNotifications, false);
  defs.ServerRequest = group(PROTOCOL.serverRequests, true);
  defs.ServerNotification = group(PROTOCOL.serverNotifications, false);
  const results: Record<string, JsonSchema> = {};
  for (const t of [...PROTOCOL.clientRequests, ...PROTOCOL.serverRequests]) results[t.method] = t.result.json;
  defs.Results = { type: 'object', properties: results, required: Object.keys(results) };
  for (const [name, definition] of namedSchemas()) defs[name] = definition;
  defs.RequestId ??= { oneOf: [{ type: 'string' }, { type: 'integer' }] };
  return { $schema: JSON_SCHEMA_DIALECT, title: 'codex-mcp-server protocol', $defs: defs };
}
