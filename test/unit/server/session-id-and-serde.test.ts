import 'reflect-metadata';
import { IsBoolean, IsIn, IsObject, IsOptional, IsString } from '../../../src/common/validators';
import { CodexToolCallParamDto } from '../../../src/protocol/dto/codex-tool-dtos';
import { parseArguments, serdeUnexpected } from '../../../src/protocol/dto/serde-style-errors';
import { parseSessionId } from '../../../src/server/session-id';

const ID = '67e55044-10b1-426f-9247-bb680e5fe0c8';
const invalidChar = (c: string, at: number) =>
  `invalid character: expected an optional prefix of \`urn:uuid:\` followed by [0-9a-fA-F-], found \`${c}\` at ${at}`;

describe('parseSessionId', () => {
  it.each([
    ['hyphenated', ID],
    ['uppercase (normalised to lowercase)', ID.toUpperCase()],
    ['mixed case', 'F9168C5E-CEB2-4faa-B6BF-329BF39FA1E4'],
    ['urn:uuid: prefix', `urn:uuid:${ID}`],
    ['braces', `{${ID}}`],
    ['simple 32-hex form', ID.replace(/-/g, '')],
  ])('accepts the %s form', (_name, raw) => {
    const r = parseSessionId(raw);
    const expected = raw === 'F9168C5E-CEB2-4faa-B6BF-329BF39FA1E4' ? 'f9168c5e-ceb2-4faa-b6bf-329bf39fa1e4' : ID;
    expect(r).toEqual({ ok: true, id: expected });
  });

  it.each([
    ['a word', 'not-a-uuid', invalidChar('n', 1)],
    ['a bad character inside', '67e550X410b1426f9247bb680e5fe0cd', invalidChar('X', 7)],
    ['a bad character in the fourth group', 'F9168C5E-CEB2-4faa-BGBF-329BF39FA1E4', invalidChar('G', 21)],
    ['a trailing x', `${ID}x`, invalidChar('x', 37)],
    ['a space', ` ${ID}`, invalidChar(' ', 1)],
    ['the empty string', '', 'invalid length: expected length 32 for simple format, found 0'],
    ['31 hex digits', '67e5504410b1426f9247bb680e5fe0c', 'invalid length: expected length 32 for simple format, found 31'],
    ['33 hex digits', '67e5504410b1426f9247bb680e5fe0c88', 'invalid length: expected length 32 for simple format, found 33'],
    ['two groups', '67e550-4105b1426f9247bb680e5fe0c', 'invalid group count: expected 5, found 2'],
    ['four groups', 'F9168C5E-CEB2-4faa-B6BFF329BF39FA1E4', 'invalid group count: expected 5, found 4'],
    ['six groups', `${ID}-abcd`, 'invalid group count: expected 5, found 6'],
    ['a short first group', '67e5504-10b1-426f-9247-bb680e5fe0c8', 'invalid group length in group 0: expected 8, found 7'],
    ['a short second group', 'F9168C5E-CEB-24fa-eB6BFF32-BF39FA1E4', 'invalid group length in group 1: expected 4, found 3'],
    ['a long fourth group', 'F9168C5E-CEB2-4faa-B6BF1-02BF39FA1E4', 'invalid group length in group 3: expected 4, found 5'],
    ['a short last group', '01020304-1112-2122-3132-41424344', 'invalid group length in group 4: expected 12, found 8'],
  ])('rejects %s with the uuid crate wording', (_name, raw, error) => {
    expect(parseSessionId(raw)).toEqual({ ok: false, error });
  });

  // The uuid crate (error.rs `InvalidUuid::into_err`) counts the index in the whole input,
  // prefix included: `index + offset + 1` with offset 9 for `urn:uuid:` and 1 for `{`.
  it('counts an invalid character position from the start of a urn:uuid: input', () => {
    expect(parseSessionId('urn:uuid:67e55044-10b1-426f-9247-bb680e5fe0cX')).toEqual({ ok: false, error: invalidChar('X', 45) });
  });
  it('counts an invalid character position from the start of a braced input', () => {
    expect(parseSessionId('{67e55044-10b1-426f-9247-bb680e5fe0cX}')).toEqual({ ok: false, error: invalidChar('X', 37) });
  });

  // uuid's try_parse only takes the hyphenated form inside braces or after `urn:uuid:`; the
  // simple form there is "invalid group count: expected 5, found 1".
  it('rejects the simple form inside braces', () => {
    expect(parseSessionId(`{${ID.replace(/-/g, '')}}`)).toEqual({ ok: false, error: 'invalid group count: expected 5, found 1' });
  });
  it('rejects the simple form after urn:uuid:', () => {
    expect(parseSessionId(`urn:uuid:${ID.replace(/-/g, '')}`)).toEqual({ ok: false, error: 'invalid group count: expected 5, found 1' });
  });

  // The uuid crate matches the `urn:uuid:` prefix byte for byte (lowercase only).
  it('does not accept an uppercase URN:UUID: prefix', () => {
    expect(parseSessionId(`URN:UUID:${ID}`)).toEqual({ ok: false, error: invalidChar('U', 1) });
  });
});

describe('serdeUnexpected', () => {
  it.each([
    [null, 'null'],
    [true, 'boolean `true`'],
    [false, 'boolean `false`'],
    [5, 'integer `5`'],
    [-3, 'integer `-3`'],
    [1.5, 'floating point `1.5`'],
    ['hello', 'string "hello"'],
    ['say "hi"', 'string "say \\"hi\\""'],
    [[1, 2], 'sequence'],
    [{ a: 1 }, 'map'],
  ])('describes %j as %s', (value, text) => {
    expect(serdeUnexpected(value)).toBe(text);
  });
});

class ArgsDto {
  @IsString() prompt!: string;
  @IsOptional() @IsString() model?: string;
  @IsOptional() @IsIn(['untrusted', 'on-failure', 'on-request', 'never']) 'approval-policy'?: string;
  @IsOptional() @IsObject() config?: Record<string, unknown>;
  @IsOptional() @IsBoolean() 'include-plan-tool'?: boolean;
}

describe('parseArguments (DTO validation worded as serde)', () => {
  const check = (args: unknown) => {
    const parsed = parseArguments(ArgsDto, args, 'CodexToolCallParam');
    return parsed.ok ? undefined : parsed.error;
  };

  it('returns the typed DTO instance of the codex tool', () => {
    const parsed = parseArguments(CodexToolCallParamDto, { prompt: 'hi', sandbox: 'read-only', extra: 1 }, 'CodexToolCallParam');
    expect(parsed.ok && parsed.value).toBeInstanceOf(CodexToolCallParamDto);
    expect(parsed.ok && parsed.value.sandbox).toBe('read-only');
  });

  it('accepts good arguments, with or without optional fields, and ignores unknown keys', () => {
    expect(check({ prompt: 'hi' })).toBeUndefined();
    expect(
      check({ prompt: 'hi', model: 'm', 'approval-policy': 'never', config: { a: 1 }, 'include-plan-tool': false, extra: 42 }),
    ).toBeUndefined();
  });

  it('treats null as absent for optional fields', () => {
    expect(check({ prompt: 'hi', model: null, config: null, 'approval-policy': null })).toBeUndefined();
  });

  it.each([
    ['a missing required field', {}, 'missing field `prompt`'],
    ['null for a required string', { prompt: null }, 'invalid type: null, expected a string'],
    ['an integer for a string', { prompt: 5 }, 'invalid type: integer `5`, expected a string'],
    ['a float for a string', { prompt: 'p', model: 2.5 }, 'invalid type: floating point `2.5`, expected a string'],
    ['a boolean for a string', { prompt: true }, 'invalid type: boolean `true`, expected a string'],
    ['an array for a string', { prompt: ['a'] }, 'invalid type: sequence, expected a string'],
    ['a map for a string', { prompt: { a: 1 } }, 'invalid type: map, expected a string'],
    ['a string for a boolean', { prompt: 'p', 'include-plan-tool': 'yes' }, 'invalid type: string "yes", expected a boolean'],
    ['an integer for a boolean', { prompt: 'p', 'include-plan-tool': 1 }, 'invalid type: integer `1`, expected a boolean'],
    ['a string for a map', { prompt: 'p', config: 'x' }, 'invalid type: string "x", expected a map'],
    ['an array for a map', { prompt: 'p', config: [] }, 'invalid type: sequence, expected a map'],
    [
      'an unknown enum variant',
      { prompt: 'p', 'approval-policy': 'sometimes' },
      'unknown variant `sometimes`, expected one of `untrusted`, `on-failure`, `on-request`, `never`',
    ],
    ['a string instead of the struct', 'hello', 'invalid type: string "hello", expected struct CodexToolCallParam'],
    ['an integer instead of the struct', 7, 'invalid type: integer `7`, expected struct CodexToolCallParam'],
    ['null instead of the struct', null, 'invalid type: null, expected struct CodexToolCallParam'],
  ])('reports %s', (_name, args, message) => {
    expect(check(args)).toBe(message);
  });

  // serde_json's Value::deserialize_enum rejects anything but a string or a map with
  // `invalid_type(.., &"string or map")` before the derived enum visitor ever runs.
  it('reports a non-string enum value the way serde_json does', () => {
    expect(check({ prompt: 'p', 'approval-policy': 5 })).toBe('invalid type: integer `5`, expected string or map');
  });

  // serde's derived visit_map reports type errors while it walks the keys and only checks
  // required fields after the loop, so a bad optional field wins over a missing `prompt`.
  it('reports a type error before a missing required field, as serde does', () => {
    expect(check({ model: 5 })).toBe('invalid type: integer `5`, expected a string');
  });
});
