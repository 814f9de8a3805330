import 'reflect-metadata';
import { Container } from 'inversify';
import { IsOptional, IsString, IsIn, ValidateNested, IsArray } from '../../../src/common/validators';
import { Type } from 'class-transformer';
import { CancellationTokenSource, ResponseError } from 'vscode-jsonrpc/node';
import { LoggerFactory } from '../../../src/logging/logger';
import { RpcError } from '../../../src/protocol/errors';
import { MethodContribution, onRequest } from '../../../src/server/method-contribution';
import { clientRequest } from '../../../src/protocol/method-types';
import { unknownValue } from '../../../src/protocol/schema/wire-schema';
import { RequestDispatcher, RequestDispatcherImpl } from '../../../src/server/request-dispatcher';
import { MemoryLoggerFactory } from '../../support/test-logger';

class ItemDto {
  @IsIn(['text']) type!: string;
}
class ParamsDto {
  @IsString() conversationId!: string;
  @IsOptional() @IsString() model?: string;
  @IsOptional() @IsArray() @ValidateNested({ each: true }) @Type(() => ItemDto) items?: ItemDto[];
}

function makeDispatcher(order: string[] = [], slowGate: Promise<unknown> = Promise.resolve()) {
  const c = new Container();
  c.bind(LoggerFactory).toConstantValue(new MemoryLoggerFactory());
  const result = unknownValue();
  const contribution: MethodContribution = {
    requests: () => [
      onRequest(clientRequest('echo', ParamsDto, result), (p) => ({ got: p.conversationId })),
      onRequest(clientRequest('nothing', undefined, result), () => undefined),
      onRequest(clientRequest('fails', undefined, result), () => { throw new Error('kaput at /secret sk-abcdefghijkl'); }),
      onRequest(clientRequest('domain', undefined, result), () => { throw RpcError.invalidRequest('conversation not found: x'); }),
      onRequest(clientRequest('slow', undefined, result, { serial: true }), async () => { await slowGate; order.push('slow'); return {}; }),
      onRequest(clientRequest('fast', undefined, result, { serial: true }), () => { order.push('fast'); return {}; }),
    ],
  };
  c.bind(MethodContribution).toConstantValue(contribution);
  c.bind(RequestDispatcher).to(RequestDispatcherImpl);
  return c.get<RequestDispatcher>(RequestDispatcher);
}
const token = () => new CancellationTokenSource().token;
async function errorOf(p: Promise<unknown>): Promise<ResponseError<unknown>> {
  try { await p; } catch (e) { return e as ResponseError<unknown>; }
  throw new Error('expected a rejection');
}

describe('RequestDispatcher', () => {
  it('validates params into the DTO before the handler runs', async () => {
    const d = makeDispatcher();
    await expect(d.dispatchRequest('echo', { conversationId: 'c1', extra: 1 }, 1, token())).resolves.toEqual({ got: 'c1' });
  });

  it('names every failing field with -32602', async () => {
    const e = await errorOf(makeDispatcher().dispatchRequest('echo', { model: 5, items: [{ type: 'bogus' }] }, 1, token()));
    expect(e.code).toBe(-32602);
    expect(e.message).toContain('conversationId must be a string');
    expect(e.message).toContain('model must be a string');
    expect(e.message).toContain('items.0.type must be one of the following values: text');
  });

  it('rejects non-object params with -32602', async () => {
    const e = await errorOf(makeDispatcher().dispatchRequest('echo', [1, 2], 1, token()));
    expect(e.code).toBe(-32602);
  });

  it('answers unknown methods with -32601', async () => {
    const e = await errorOf(makeDispatcher().dispatchRequest('nope', {}, 1, token()));
    expect(e.code).toBe(-32601);
    expect(e.message).toBe('Method not found: nope');
  });

  it('sends {} for an undefined result', async () => {
    await expect(makeDispatcher().dispatchRequest('nothing', undefined, 1, token())).resolves.toEqual({});
  });

  it('turns handler failures into -32603 without stack or secrets', async () => {
    const e = await errorOf(makeDispatcher().dispatchRequest('fails', {}, 1, token()));
    expect(e.code).toBe(-32603);
    expect(e.message).toBe('kaput at /secret [REDACTED]');
  });

  it('keeps domain error codes', async () => {
    const e = await errorOf(makeDispatcher().dispatchRequest('domain', {}, 1, token()));
    expect(e.code).toBe(-32600);
    expect(e.message).toBe('conversation not found: x');
  });

  it('runs serial methods in arrival order', async () => {
    const order: string[] = [];
    let release!: () => void;
    const d = makeDispatcher(order, new Promise<void>((r) => (release = r)));
    const both = Promise.all([d.dispatchRequest('slow', {}, 1, token()), d.dispatchRequest('fast', {}, 2, token())]);
    // Every microtask has run by the next macrotask: an unheld `fast` would have run by now.
    await new Promise((r) => setImmediate(r));
    expect(order).toEqual([]);
    release();
    await both;
    expect(order).toEqual(['slow', 'fast']);
  });
});
