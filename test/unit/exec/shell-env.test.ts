import type { ShellEnvironmentPolicy } from '../../../src/config/config-types';
import { createEnv, envPatternMatches, hasUrlCredentials } from '../../../src/exec/shell-env';

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

describe('default secret exclusions', () => {
  const secrets = {
    DB_PASSWORD: 'hunter2',
    MYSQL_PWD_PASSWD: 'x',
    GPG_PASSPHRASE: 'x',
    AWS_SHARED_CREDENTIALS_FILE: '/home/u/.aws/credentials',
    GOOGLE_APPLICATION_CREDENTIALS: '/k.json',
    NPM_CONFIG__AUTH: 'dXNlcjpwYXNz',
    SSH_AUTH_SOCK: '/tmp/ssh-agent.sock',
    BASIC_AUTH_HEADER: 'Basic abc',
    DATABASE_URL: 'postgres://user:pass@db.internal:5432/app',
    REDIS_URL: 'redis://:s3cret@cache:6379/0',
    PIP_EXTRA_INDEX_URL: 'https://pypi.org/simple https://build:tok@pkgs.internal/simple',
  };
  const harmless = {
    PATH: '/usr/bin',
    GIT_AUTHOR_NAME: 'Ada',
    GIT_AUTHOR_EMAIL: 'ada@example.com',
    AUTHOR: 'me',
    HOMEPAGE_URL: 'https://example.com/a@b',
    PROXY_URL: 'http://proxy.internal:3128/',
    GIT_REMOTE: 'ssh://git@github.com/o/r.git',
    MAILTO: 'ops@example.com',
  };

  it('drops passwords, credentials, auth variables and URLs with a password; keeps look-alikes', () => {
    expect(createEnv(policy({}), { ...secrets, ...harmless })).toEqual(harmless);
  });

  it('ignore_default_excludes keeps every one of them', () => {
    expect(createEnv(policy({ ignore_default_excludes: true }), { ...secrets, ...harmless })).toEqual({ ...secrets, ...harmless });
  });

  it('set brings a value back even when it looks like a secret', () => {
    const env = createEnv(policy({ set: { DATABASE_URL: 'postgres://app:pw@localhost/test' } }), secrets);
    expect(env).toEqual({ DATABASE_URL: 'postgres://app:pw@localhost/test' });
  });

  it.each([
    ['postgres://u:p@h/db', true],
    ['mongodb+srv://u:p@cluster0.example.net/x', true],
    ['https://x-access-token:ghp_abc@github.com/o/r', true],
    ['  amqp://guest:guest@rabbit:5672  ', true],
    ['https://host:8443/path', false],
    ['https://user@host/path', false],
    ['https://host/path?next=a:b@c', false],
    ['not a url: a:b@c', false],
  ])('hasUrlCredentials(%j) = %s', (value, expected) => {
    expect(hasUrlCredentials(value)).toBe(expected);
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
