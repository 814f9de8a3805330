import 'reflect-metadata';
import { ApplyPatchToolArgsDto, ShellToolCallParamsDto, UpdatePlanArgsDto } from '../../../src/protocol/dto/model-tool-dtos';
import { parseToolArguments, toolParametersSchema } from '../../../src/protocol/dto/tool-arguments';
import { CodexToolCallReplyParamDto } from '../../../src/protocol/dto/codex-tool-dtos';
import { parseArguments } from '../../../src/protocol/dto/serde-style-errors';

const error = (ctor: new () => object, args: unknown) => {
  const parsed = parseToolArguments(ctor, typeof args === 'string' ? args : JSON.stringify(args));
  return parsed.ok ? undefined : parsed.error;
};

describe('model tool arguments (DTO-validated)', () => {
  it('shell: a valid call is the typed DTO; timeout is whole, capped milliseconds and `timeout` is its alias', () => {
    const parsed = parseToolArguments(ShellToolCallParamsDto, JSON.stringify({ command: ['ls'], workdir: 'sub', timeout: 1e12, extra: 1 }));
    expect(parsed).toMatchObject({ ok: true, value: { command: ['ls'], workdir: 'sub', timeout_ms: 86_400_000 } });
    expect(parseToolArguments(ShellToolCallParamsDto, '{"command":[],"timeout_ms":12.7}')).toMatchObject({ ok: true, value: { timeout_ms: 12 } });
    expect(parseToolArguments(ShellToolCallParamsDto, '{"command":["x"],"workdir":null,"timeout_ms":null}')).toMatchObject({ ok: true });
  });

  it.each<[string, unknown, string]>([
    ['missing command', { workdir: '/' }, 'missing field `command`'],
    ['command not strings', { command: ['a', 1] }, 'invalid type for `command`: expected an array of strings, got ["a",1]'],
    ['command a string', { command: 'ls' }, 'invalid type for `command`: expected an array of strings, got "ls"'],
    ['workdir a number', { command: [], workdir: 3 }, 'invalid type for `workdir`: expected a string, got 3'],
    ['negative timeout', { command: [], timeout_ms: -1 }, 'invalid value for `timeout_ms`: -1 (expected a number of milliseconds from 0 to 86400000)'],
    ['string timeout', { command: [], timeout_ms: '5000' }, 'invalid type for `timeout_ms`: expected a number of milliseconds, got "5000"'],
    ['infinite timeout', '{"command":[],"timeout_ms":1e400}', 'invalid value for `timeout_ms`: Infinity (expected a number of milliseconds from 0 to 86400000)'],
    ['escalation not a boolean', { command: [], with_escalated_permissions: 'yes' }, 'invalid type for `with_escalated_permissions`: expected a boolean, got "yes"'],
    ['two bad fields', { command: 1, justification: 2 }, 'invalid type for `command`: expected an array of strings, got 1; invalid type for `justification`: expected a string, got 2'],
    ['not an object', [1], 'invalid type: expected an object, got [1]'],
  ])('shell: %s', (_name, args, message) => {
    expect(error(ShellToolCallParamsDto, args)).toBe(`failed to parse function arguments: ${message}`);
  });

  it('shell: bad JSON answers with the parser message', () => {
    expect(error(ShellToolCallParamsDto, '{not json')).toMatch(/^failed to parse function arguments: .*JSON/);
  });

  it.each<[string, unknown, string]>([
    ['missing plan', { explanation: 'x' }, 'missing field `plan`'],
    ['unknown status', { plan: [{ step: 'a', status: 'done' }] }, 'invalid type for `plan[0].status`: expected one of pending, in_progress, completed, got "done"'],
    ['missing step', { plan: [{ step: 'a', status: 'pending' }, { status: 'pending' }] }, 'missing field `plan[1].step`'],
    ['a step not an object', { plan: ['a'] }, 'invalid type for `plan[0]`: expected an object, got "a"'],
    ['explanation a number', { explanation: 1, plan: [] }, 'invalid type for `explanation`: expected a string, got 1'],
  ])('update_plan: %s', (_name, args, message) => {
    expect(error(UpdatePlanArgsDto, args)).toBe(`failed to parse function arguments: ${message}`);
  });

  it('apply_patch: input must be a string', () => {
    expect(error(ApplyPatchToolArgsDto, {})).toBe('failed to parse function arguments: missing field `input`');
    expect(error(ApplyPatchToolArgsDto, { input: ['x'] })).toBe('failed to parse function arguments: invalid type for `input`: expected a string, got ["x"]');
  });

  it('generates the reference-shaped parameters schema from the same DTO', () => {
    expect(JSON.stringify(toolParametersSchema(UpdatePlanArgsDto))).toBe(
      '{"type":"object","properties":{"explanation":{"type":"string"},"plan":{"type":"array","items":{"type":"object","properties":{"status":{"type":"string","description":"One of: pending, in_progress, completed"},"step":{"type":"string"}},"required":["step","status"],"additionalProperties":false},"description":"The list of steps"}},"required":["plan"],"additionalProperties":false}',
    );
  });
});

describe('@Alias', () => {
  it('codex-reply takes `threadId` or `conversationId` when `sessionId` is absent or null', () => {
    const reply = (args: object) => parseArguments(CodexToolCallReplyParamDto, args, 'CodexToolCallReplyParam');
    expect(reply({ prompt: 'p', conversationId: 'c' })).toMatchObject({ ok: true, value: { sessionId: 'c' } });
    expect(reply({ prompt: 'p', sessionId: null, threadId: 't', conversationId: 'c' })).toMatchObject({ ok: true, value: { sessionId: 't' } });
    expect(reply({ prompt: 'p', sessionId: 's', threadId: 't' })).toMatchObject({ ok: true, value: { sessionId: 's' } });
    expect(reply({ prompt: 'p', threadId: 5 })).toEqual({ ok: false, error: 'invalid type: integer `5`, expected a string' });
    expect(reply({ prompt: 'p' })).toEqual({ ok: false, error: 'missing field `sessionId`' });
  });
});
