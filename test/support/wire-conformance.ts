import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import { protocolJsonSchema } from '../../src/protocol/schema/protocol-schema';

type Message = { jsonrpc?: string; id?: string | number | null; method?: string; params?: unknown; result?: unknown; error?: unknown };

let ajv: Ajv2020 | undefined;
const validators = new Map<string, ValidateFunction | undefined>();

/** A validator for `#/$defs/<pointer>` of the generated protocol schema (the one the CLI writes). */
function validator(pointer: string): ValidateFunction | undefined {
  if (!ajv) {
    ajv = new Ajv2020({ strict: false, allErrors: false });
    ajv.addSchema(protocolJsonSchema(), 'protocol');
  }
  if (!validators.has(pointer)) validators.set(pointer, ajv.getSchema(`protocol#/$defs/${pointer}`));
  return validators.get(pointer);
}

const resultPointer = (method: string) => `Results/properties/${method.replace(/~/g, '~0').replace(/\//g, '~1')}`;
const key = (id: unknown) => `${typeof id}:${String(id)}`;

function check(pointer: string, value: unknown, what: string, out: string[]): void {
  const validate = validator(pointer);
  if (!validate) {
    out.push(`${what}: no schema at $defs/${pointer}`);
    return;
  }
  if (!validate(value)) out.push(`${what}: ${JSON.stringify(validate.errors?.slice(0, 3))} in ${JSON.stringify(value).slice(0, 300)}`);
}

/**
 * Check one conversation with the server against the generated schema: every message the server
 * sent, every message the client sent that the server accepted (requests answered with a result,
 * notifications of known methods, answers to the server's requests). Returns the violations.
 */
export function wireViolations(sent: Message[], received: Message[]): string[] {
  const out: string[] = [];
  const clientRequests = new Map<string, string>();
  const serverRequests = new Map<string, string>();
  const answered = new Set<string>();
  for (const m of sent) if (m.method !== undefined && m.id !== undefined) clientRequests.set(key(m.id), m.method);
  for (const m of received) {
    if (m.method !== undefined && m.id !== undefined) serverRequests.set(key(m.id), m.method);
    if (m.method === undefined && m.result !== undefined) answered.add(key(m.id));
  }
  const known = new Set([...clientRequests.values()].filter((method) => validator(resultPointer(method))));
  for (const m of received) {
    if (m.method !== undefined) check(m.id !== undefined ? 'ServerRequest' : 'ServerNotification', m, `server ${m.method}`, out);
    else if (m.result !== undefined) {
      const method = clientRequests.get(key(m.id));
      if (method && known.has(method)) check(resultPointer(method), m.result, `result of ${method}`, out);
    } else if (m.error !== undefined) {
      const e = m.error as { code?: unknown; message?: unknown };
      if (!Number.isInteger(e.code) || typeof e.message !== 'string') out.push(`malformed error answer ${JSON.stringify(m)}`);
    }
  }
  for (const m of sent) {
    if (m.method !== undefined && m.id !== undefined) {
      if (answered.has(key(m.id)) && known.has(m.method)) check('ClientRequest', m, `client ${m.method}`, out);
    } else if (m.method !== undefined) {
      if (m.method === 'notifications/initialized' || m.method === 'notifications/cancelled') check('ClientNotification', m, `client ${m.method}`, out);
    } else if (m.result !== undefined) {
      const method = serverRequests.get(key(m.id));
      if (method) check(resultPointer(method), m.result, `answer to ${method}`, out);
    }
  }
  return out;
}
