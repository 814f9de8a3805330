import { configMapToOverrides, jsonToToml } from '../../../src/config/json-to-toml';

const plain = (v: unknown): unknown => JSON.parse(JSON.stringify(v));

describe('jsonToToml', () => {
  it.each<[string, unknown, unknown]>([
    ['null becomes an empty string', null, ''],
    ['strings stay strings', 'o3', 'o3'],
    ['booleans stay booleans', false, false],
    ['integers stay integers', 123, 123],
    ['floats stay floats', 1.25, 1.25],
    ['negative numbers', -4, -4],
    ['arrays map element-wise', [true, 1, null, 'x'], [true, 1, '', 'x']],
    ['empty arrays', [], []],
    ['objects become tables, nested', { outer: { inner: 2, n: null } }, { outer: { inner: 2, n: '' } }],
  ])('%s', (_name, input, expected) => {
    expect(plain(jsonToToml(input))).toEqual(expected);
  });

  it('keeps integer-ness', () => {
    expect(Number.isInteger(jsonToToml(123))).toBe(true);
    expect(Number.isInteger(jsonToToml(1.25))).toBe(false);
  });

  it('makes null-prototype tables (a `__proto__` key is data)', () => {
    const table = jsonToToml(JSON.parse('{"__proto__": {"polluted": true}}')) as Record<string, unknown>;
    expect(Object.getPrototypeOf(table)).toBeNull();
    expect(Object.keys(table)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('configMapToOverrides', () => {
  it('splits keys on dots and converts values', () => {
    const overrides = configMapToOverrides({
      model: 'o3',
      'model_providers.mock.request_max_retries': 0,
      sandbox_workspace_write: { network_access: true },
      skipped: undefined,
    });
    expect(overrides.map(([p, v]) => [p, plain(v)])).toEqual([
      [['model'], 'o3'],
      [['model_providers', 'mock', 'request_max_retries'], 0],
      [['sandbox_workspace_write'], { network_access: true }],
    ]);
  });
});
