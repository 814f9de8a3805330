import { TomlDate } from 'smol-toml';
import {
  parseCliOverride,
  parseCliOverrides,
  parseTomlValue,
  validateCliOverrides,
} from '../../../src/config/cli-overrides';
import { ConfigError } from '../../../src/config/config-types';
import { applyOverride, newTable, type TomlTable } from '../../../src/config/toml-tree';

/** Plain-object view of null-prototype tables, for toEqual. */
const plain = (v: unknown): unknown => JSON.parse(JSON.stringify(v));

describe('parseCliOverride', () => {
  it.each<[string, string[], unknown]>([
    ['model="o3"', ['model'], 'o3'],
    ["model='o3'", ['model'], 'o3'],
    ['model=o3', ['model'], 'o3'],
    ['model=gpt-5-codex', ['model'], 'gpt-5-codex'],
    ['approval_policy=on-request', ['approval_policy'], 'on-request'],
    ['include_plan_tool=true', ['include_plan_tool'], true],
    ['include_plan_tool=false', ['include_plan_tool'], false],
    ['project_doc_max_bytes=1024', ['project_doc_max_bytes'], 1024],
    ['x=-7', ['x'], -7],
    ['x=1.5', ['x'], 1.5],
    ['x=1_000', ['x'], 1000],
    ['sandbox_workspace_write.writable_roots=["/a", "/b"]', ['sandbox_workspace_write', 'writable_roots'], ['/a', '/b']],
    ['x=[1, "two", true]', ['x'], [1, 'two', true]],
    ['x=[]', ['x'], []],
    ['  model  =  o3  ', ['model'], 'o3'],
    ['model_providers.mock.base_url=http://127.0.0.1:8080/v1?a=b', ['model_providers', 'mock', 'base_url'], 'http://127.0.0.1:8080/v1?a=b'],
    ['base_instructions="a = b"', ['base_instructions'], 'a = b'],
    ['base_instructions=a=b=c', ['base_instructions'], 'a=b=c'],
    ['model=', ['model'], ''],
    ['model=""', ['model'], ''],
    ['x="unterminated', ['x'], '"unterminated'],
    ["x='it's'", ['x'], "it's"],
    ['x=hello world', ['x'], 'hello world'],
    ['x="with \\"escapes\\""', ['x'], 'with "escapes"'],
  ])('%s', (flag, path, value) => {
    const [p, v] = parseCliOverride(flag);
    expect(p).toEqual(path);
    expect(plain(v)).toEqual(value);
  });

  it('parses an inline table as a table', () => {
    const [path, value] = parseCliOverride('shell_environment_policy={inherit="core", set={A="1"}}');
    expect(path).toEqual(['shell_environment_policy']);
    expect(plain(value)).toEqual({ inherit: 'core', set: { A: '1' } });
  });

  it('takes only the value after `_x_ =` even when the text smuggles another key', () => {
    const [, value] = parseCliOverride('model="a"\nother = 1');
    expect(value).toBe('a');
  });

  it('keeps TOML dates as dates', () => {
    expect(parseTomlValue('1979-05-27')).toBeInstanceOf(TomlDate);
  });

  it.each([
    ['model', "Invalid override (missing '='): model"],
    ['=o3', 'Empty key in override: =o3'],
    ['   =o3', 'Empty key in override:    =o3'],
    ['a..b=1', 'Invalid key in override (empty segment): a..b=1'],
    ['.a=1', 'Invalid key in override (empty segment): .a=1'],
  ])('rejects %j', (flag, message) => {
    expect(() => parseCliOverride(flag)).toThrow(ConfigError);
    expect(() => parseCliOverride(flag)).toThrow(message);
  });
});

describe('validateCliOverrides', () => {
  it('accepts good flags and no flags', () => {
    expect(() => validateCliOverrides([])).not.toThrow();
    expect(() => validateCliOverrides(['model=o3', 'a.b.c=1'])).not.toThrow();
  });

  it('names the bad flag with the `error parsing -c overrides:` prefix', () => {
    let caught: unknown;
    try {
      validateCliOverrides(['model=o3', 'oops']);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    expect((caught as Error).message).toBe("error parsing -c overrides: Invalid override (missing '='): oops");
  });

  it('parseCliOverrides keeps command-line order', () => {
    expect(parseCliOverrides(['a=1', 'b=2', 'a=3']).map(([p, v]) => [p[0], v])).toEqual([
      ['a', 1],
      ['b', 2],
      ['a', 3],
    ]);
  });
});

describe('applyOverride', () => {
  it('creates intermediate tables', () => {
    const root = newTable();
    applyOverride(root, ['a', 'b', 'c'], 1);
    expect(plain(root)).toEqual({ a: { b: { c: 1 } } });
  });

  it('keeps siblings of an existing table', () => {
    const root = newTable();
    applyOverride(root, ['t', 'x'], 1);
    applyOverride(root, ['t', 'y'], 2);
    expect(plain(root)).toEqual({ t: { x: 1, y: 2 } });
  });

  it('replaces a non-table value met on the way', () => {
    const root: TomlTable = newTable();
    root.model = 'o3';
    applyOverride(root, ['model', 'inner'], true);
    expect(plain(root)).toEqual({ model: { inner: true } });
  });

  it('replaces a whole table when the path ends at it', () => {
    const root = newTable();
    applyOverride(root, ['t', 'x'], 1);
    applyOverride(root, ['t'], 'flat');
    expect(plain(root)).toEqual({ t: 'flat' });
  });

  it('stores `__proto__` as data without touching prototypes', () => {
    const root = newTable();
    applyOverride(root, ['__proto__', 'polluted'], true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(root)).toEqual(['__proto__']);
  });
});
