import 'reflect-metadata';
import Ajv2020 from 'ajv/dist/2020';
import { PROTOCOL } from '../../../src/protocol/methods';
import { EVENT_MSG_SCHEMAS } from '../../../src/protocol/events';
import { protocolJsonSchema } from '../../../src/protocol/schema/protocol-schema';
import { printTypeScript } from '../../../src/protocol/schema/typescript-printer';

type Defs = Record<string, { oneOf?: { properties: { method: { const: string } } }[]; properties?: Record<string, unknown>; required?: string[] }>;

describe('protocol schema export', () => {
  const schema = protocolJsonSchema();
  const defs = schema.$defs as Defs;
  const methodsOf = (name: string) => (defs[name].oneOf ?? []).map((m) => m.properties.method.const);

  it('is one draft 2020-12 schema that ajv compiles', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const ajv = new Ajv2020({ strict: false });
    expect(() => ajv.compile(schema)).not.toThrow();
  });

  it('has the four message groups, discriminated by method, covering the whole table', () => {
    expect(methodsOf('ClientRequest')).toEqual(PROTOCOL.clientRequests.map((t) => t.method));
    expect(methodsOf('ClientNotification')).toEqual(['notifications/initialized', 'notifications/cancelled']);
    expect(methodsOf('ServerRequest')).toEqual(['elicitation/create', 'execCommandApproval', 'applyPatchApproval']);
    const serverNotifications = methodsOf('ServerNotification');
    expect(serverNotifications).toEqual(expect.arrayContaining(['codex/event', 'notifications/progress', 'codex/event/auth_status_change']));
    // One codex/event/<type> per event msg type.
    for (const type of Object.keys(EVENT_MSG_SCHEMAS)) expect(serverNotifications).toContain(`codex/event/${type}`);
  });

  it('maps every request method, both directions, to its result in Results', () => {
    const results = Object.keys(defs.Results.properties ?? {});
    expect(results).toEqual([...PROTOCOL.clientRequests, ...PROTOCOL.serverRequests].map((t) => t.method));
  });

  it('names the params DTOs and event types in $defs', () => {
    expect(defs.NewConversationParams.required).toEqual([]);
    expect(defs.SendUserTurnParams.required).toEqual(expect.arrayContaining(['conversationId', 'sandboxPolicy']));
    expect(defs.ExecApprovalRequestEvent).toBeDefined();
    expect(defs.EventMsg).toBeDefined();
  });

  it('validates real messages and rejects wrong ones', () => {
    const ajv = new Ajv2020({ strict: false });
    ajv.addSchema(schema, 'p');
    const clientRequest = ajv.getSchema('p#/$defs/ClientRequest')!;
    expect(clientRequest({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'codex', arguments: { prompt: 'hi' } } })).toBe(true);
    expect(clientRequest({ jsonrpc: '2.0', id: 1, method: 'sendUserTurn', params: { conversationId: 'c' } })).toBe(false);
    const notification = ajv.getSchema('p#/$defs/ServerNotification')!;
    expect(notification({ jsonrpc: '2.0', method: 'codex/event', params: { _meta: { requestId: 3 }, id: '3', msg: { type: 'agent_message', message: 'hi' } } })).toBe(true);
    expect(notification({ jsonrpc: '2.0', method: 'codex/event', params: { _meta: { requestId: 3 }, id: '3', msg: { type: 'agent_message' } } })).toBe(false);
  });

  it('prints one TypeScript type per definition', () => {
    const ts = printTypeScript(schema, '// header');
    expect(ts).toContain('export type ClientRequest = {');
    expect(ts).toContain('export type Results = {');
    expect(ts).toMatch(/^ {2}"tools\/call": .*CallToolResult/m);
    expect(ts).toMatch(/export type ExecApprovalRequestEvent = \{\n {2}type: "exec_approval_request";/);
  });
});
