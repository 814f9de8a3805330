import type { ShellEnvironmentPolicy } from '../../../src/config/config-types';
import { createEnv, envPatternMatches } from '../../../src/exec/shell-env';

const policy = (p: Partial<ShellEnvironmentPolicy>): ShellEnvironmentPolicy => ({
  inherit: 'all',
  ignore_default_excludes: false,
  exclude: [],
  set: {},
  include_only: [],
  ...p,
});

const base = {
  PATH: '/usr/bin',
  HOME: '/home/user',
  API_KEY: 'secret',
  SECRET_TOKEN: 't',
  github_token: 'g',
  FOO: 'bar',
  LANG: 'C.UTF-8',
  UNSET: undefined,
};

describe('createEnv', () => {
  it.each<[string, Partial<ShellEnvironmentPolicy>, Record<string, string>]>([
    [
      'inherit all, default excludes on (case-insensitive)',
      {},
      { PATH: '/usr/bin', HOME: '/home/user', FOO: 'bar', LANG: 'C.UTF-8' },
    ],
    [
      'inherit all, default excludes ignored keeps secrets',
      { ignore_default_excludes: true },
      { PATH: '/usr/bin', HOME: '/home/user', API_KEY: 'secret', SECRET_TOKEN: 't', github_token: 'g', FOO: 'bar', LANG: 'C.UTF-8' },
    ],
    ['inherit core keeps only core vars', { inherit: 'core', ignore_default_excludes: true }, { PATH: '/usr/bin', HOME: '/home/user' }],
    ['inherit none + set', { inherit: 'none', ignore_default_excludes: true, set: { ONLY_VAR: 'yes' } }, { ONLY_VAR: 'yes' }],
    [
      'exclude globs are case-insensitive',
      { exclude: ['foo', 'L?NG'] },
      { PATH: '/usr/bin', HOME: '/home/user' },
    ],
    [
      'set overrides and is not removed by excludes (applied after them)',
      { set: { FOO: 'override', MY_TOKEN: 'kept' } },
      { PATH: '/usr/bin', HOME: '/home/user', FOO: 'override', LANG: 'C.UTF-8', MY_TOKEN: 'kept' },
    ],
    [
      'include_only filters last, including set values',
      { ignore_default_excludes: true, include_only: ['*PATH', 'new_*'], set: { NEW_VAR: '42', OTHER: 'x' } },
      { PATH: '/usr/bin', NEW_VAR: '42' },
    ],
  ])('%s', (_name, p, expected) => {
    expect(createEnv(policy(p), base)).toEqual(expected);
  });

  it('uses process.env by default', () => {
    expect(createEnv(policy({ inherit: 'core', ignore_default_excludes: true })).PATH).toBe(process.env.PATH);
  });
});

describe('envPatternMatches', () => {
  it.each<[string, string, boolean]>([
    ['*KEY*', 'OPENAI_API_KEY', true],
    ['*KEY*', 'monkey', true],
    ['*KEY*', 'KEYS', true],
    ['*KEY*', 'KE', false],
    ['PATH', 'path', true],
    ['PATH', 'PATHS', false],
    ['P?TH', 'PATH', true],
    ['P?TH', 'PTH', false],
    ['*', '', true],
    ['a*b*c', 'aXXbYYc', true],
    ['a*b*c', 'aXXbYY', false],
  ])('%s ~ %s = %s', (pattern, name, expected) => {
    expect(envPatternMatches(pattern, name)).toBe(expected);
  });
});
