import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Container } from 'inversify';
import { configModule } from '../../../src/config/config-module';
import { ConfigService } from '../../../src/config/config-service';
import { ConfigServiceImpl } from '../../../src/config/config-service-impl';
import { ConfigError, type CodexConfig, type ConfigOverrides } from '../../../src/config/config-types';
import { LoggerFactory } from '../../../src/logging/logger';
import { ServerOptions } from '../../../src/server-options';
import { MemoryLoggerFactory } from '../../support/test-logger';

const ENV_KEYS = ['CODEX_HOME', 'HOME', 'OPENAI_BASE_URL', 'CODEX_OSS_BASE_URL', 'CODEX_OSS_PORT'] as const;
const EXAMPLE_FILE = path.resolve(__dirname, '../../../config/config.example.toml');

let savedEnv: Record<string, string | undefined>;
let tmp: string;
let home: string;

beforeEach(() => {
  savedEnv = Object.fromEntries(ENV_KEYS.map((k) => [k, process.env[k]]));
  for (const k of ENV_KEYS) delete process.env[k];
  tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'codex-config-test-')));
  home = path.join(tmp, 'codex-home');
  fs.mkdirSync(home);
  process.env.CODEX_HOME = home;
});

afterEach(() => {
  for (const k of ENV_KEYS) {
    if (savedEnv[k] === undefined) delete process.env[k];
    else process.env[k] = savedEnv[k];
  }
  fs.rmSync(tmp, { recursive: true, force: true });
});

function writeConfig(toml: string): void {
  fs.writeFileSync(path.join(home, 'config.toml'), toml);
}

function makeService(flags: string[] = []): { service: ConfigServiceImpl; loggers: MemoryLoggerFactory } {
  const loggers = new MemoryLoggerFactory();
  return { service: new ConfigServiceImpl({ configOverrides: flags, version: '0.25.0' }, loggers), loggers };
}

async function load(overrides?: ConfigOverrides, flags: string[] = []): Promise<CodexConfig> {
  return makeService(flags).service.load(overrides);
}

async function loadError(overrides?: ConfigOverrides, flags: string[] = []): Promise<ConfigError> {
  const err = await load(overrides, flags).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ConfigError);
  return err as ConfigError;
}

const OPENAI = {
  id: 'openai',
  name: 'OpenAI',
  base_url: 'https://api.openai.com/v1',
  env_key: 'OPENAI_API_KEY',
  wire_api: 'responses',
  http_headers: { version: '0.25.0' },
  env_http_headers: { 'OpenAI-Organization': 'OPENAI_ORGANIZATION', 'OpenAI-Project': 'OPENAI_PROJECT' },
  request_max_retries: 4,
  stream_max_retries: 5,
  stream_idle_timeout_ms: 300000,
  requires_openai_auth: true,
};
const OSS = {
  id: 'oss',
  name: 'gpt-oss',
  base_url: 'http://localhost:11434/v1',
  wire_api: 'chat',
  request_max_retries: 4,
  stream_max_retries: 5,
  stream_idle_timeout_ms: 300000,
  requires_openai_auth: false,
};

describe('CODEX_HOME', () => {
  it('is $CODEX_HOME, created with mode 0700 when missing', () => {
    process.env.CODEX_HOME = path.join(tmp, 'fresh', 'home');
    const { service } = makeService();
    expect(fs.existsSync(path.join(tmp, 'fresh'))).toBe(false);
    expect(service.codexHome).toBe(path.join(tmp, 'fresh', 'home'));
    expect(fs.statSync(service.codexHome).mode & 0o777).toBe(0o700);
  });

  it('is created by load() too', async () => {
    process.env.CODEX_HOME = path.join(tmp, 'other');
    const config = await load();
    expect(config.codex_home).toBe(path.join(tmp, 'other'));
    expect(fs.statSync(config.codex_home).mode & 0o777).toBe(0o700);
  });

  it('resolves a relative $CODEX_HOME to an absolute path', () => {
    process.env.CODEX_HOME = path.relative(process.cwd(), home);
    expect(makeService().service.codexHome).toBe(home);
  });

  it.each([undefined, ''])('falls back to ~/.codex when $CODEX_HOME is %j', (value) => {
    if (value === undefined) delete process.env.CODEX_HOME;
    else process.env.CODEX_HOME = value;
    process.env.HOME = tmp;
    expect(makeService().service.codexHome).toBe(path.join(tmp, '.codex'));
  });
});

describe('defaults', () => {
  it('without config.toml', async () => {
    const config = await load();
    expect(config).toEqual({
      codex_home: home,
      model: 'gpt-5',
      model_provider_id: 'openai',
      model_provider: OPENAI,
      model_providers: { openai: OPENAI, oss: OSS },
      model_reasoning_summary: 'auto',
      approval_policy: 'on-request',
      sandbox_policy: { mode: 'read-only' },
      shell_environment_policy: { inherit: 'all', ignore_default_excludes: false, exclude: [], set: {}, include_only: [] },
      cwd: process.cwd(),
      include_plan_tool: false,
      include_apply_patch_tool: false,
      preferred_auth_method: 'chatgpt',
      chatgpt_base_url: 'https://chatgpt.com/backend-api/codex',
      project_doc_max_bytes: 32768,
      history: { persistence: 'save-all' },
      mcp_approval_timeout_ms: 600000,
    });
    expect(config.model_context_window).toBeUndefined();
    expect(config.model_reasoning_effort).toBeUndefined();
    expect(config.model_verbosity).toBeUndefined();
    expect(config.base_instructions).toBeUndefined();
    expect(config.codex_linux_sandbox_exe).toBeUndefined();
    expect(config.profile).toBeUndefined();
  });

  it('an empty config.toml gives the same result', async () => {
    const before = await load();
    writeConfig('');
    expect(await load()).toEqual(before);
  });
});

describe('every config.toml key', () => {
  it('is read', async () => {
    writeConfig(`
model = "o3"
model_provider = "mock"
approval_policy = "untrusted"
sandbox_mode = "workspace-write"
model_reasoning_effort = "high"
model_reasoning_summary = "detailed"
model_verbosity = "low"
model_context_window = 200000
model_max_output_tokens = 100000
base_instructions = "be brief"
include_plan_tool = true
include_apply_patch_tool = true
preferred_auth_method = "apikey"
chatgpt_base_url = "https://example.com/backend"
codex_linux_sandbox_exe = "/opt/bin/bwrap"
project_doc_max_bytes = 1000
mcp_approval_timeout_ms = 5000

[sandbox_workspace_write]
writable_roots = ["/abs/root", "rel/root"]
network_access = true
exclude_tmpdir_env_var = true
exclude_slash_tmp = true

[shell_environment_policy]
inherit = "core"
ignore_default_excludes = true
exclude = ["AWS_*"]
set = { CI = "1" }
include_only = ["PATH", "HOME"]

[history]
persistence = "none"
max_bytes = 4096

[model_providers.mock]
name = "Mock"
base_url = "http://127.0.0.1:9/v1"
env_key = "MOCK_KEY"
env_key_instructions = "export MOCK_KEY"
wire_api = "responses"
query_params = { api-version = "1" }
http_headers = { X-A = "a" }
env_http_headers = { X-B = "B_VAR" }
request_max_retries = 0
stream_max_retries = 1
stream_idle_timeout_ms = 1000
requires_openai_auth = true
`);
    const config = await load({ cwd: '/work/dir' });
    const mock = {
      id: 'mock',
      name: 'Mock',
      base_url: 'http://127.0.0.1:9/v1',
      env_key: 'MOCK_KEY',
      env_key_instructions: 'export MOCK_KEY',
      wire_api: 'responses',
      query_params: { 'api-version': '1' },
      http_headers: { 'X-A': 'a' },
      env_http_headers: { 'X-B': 'B_VAR' },
      request_max_retries: 0,
      stream_max_retries: 1,
      stream_idle_timeout_ms: 1000,
      requires_openai_auth: true,
    };
    expect(config).toEqual({
      codex_home: home,
      model: 'o3',
      model_provider_id: 'mock',
      model_provider: mock,
      model_providers: { openai: OPENAI, oss: OSS, mock },
      model_context_window: 200000,
      model_max_output_tokens: 100000,
      model_reasoning_effort: 'high',
      model_reasoning_summary: 'detailed',
      model_verbosity: 'low',
      approval_policy: 'untrusted',
      sandbox_policy: {
        mode: 'workspace-write',
        writable_roots: ['/abs/root', '/work/dir/rel/root'],
        network_access: true,
        exclude_tmpdir_env_var: true,
        exclude_slash_tmp: true,
      },
      shell_environment_policy: {
        inherit: 'core',
        ignore_default_excludes: true,
        exclude: ['AWS_*'],
        set: { CI: '1' },
        include_only: ['PATH', 'HOME'],
      },
      cwd: '/work/dir',
      base_instructions: 'be brief',
      include_plan_tool: true,
      include_apply_patch_tool: true,
      preferred_auth_method: 'apikey',
      chatgpt_base_url: 'https://example.com/backend',
      codex_linux_sandbox_exe: '/opt/bin/bwrap',
      project_doc_max_bytes: 1000,
      history: { persistence: 'none', max_bytes: 4096 },
      mcp_approval_timeout_ms: 5000,
    });
  });

  it('profile keys: model, model_provider, approval_policy, reasoning, verbosity, chatgpt_base_url', async () => {
    writeConfig(`
profile = "p"
[profiles.p]
model = "pm"
model_provider = "oss"
approval_policy = "never"
model_reasoning_effort = "minimal"
model_reasoning_summary = "none"
model_verbosity = "high"
chatgpt_base_url = "https://profile.example"
`);
    const config = await load();
    expect(config).toMatchObject({
      profile: 'p',
      model: 'pm',
      model_provider_id: 'oss',
      model_provider: OSS,
      approval_policy: 'never',
      model_reasoning_effort: 'minimal',
      model_reasoning_summary: 'none',
      model_verbosity: 'high',
      chatgpt_base_url: 'https://profile.example',
    });
  });

  it('tools.web_search / view_image (and the older web_search_request) are accepted', async () => {
    writeConfig('[tools]\nweb_search_request = true\nview_image = false\n');
    const { service, loggers } = makeService();
    await service.load();
    expect(await service.getUserSavedConfig()).toEqual({ tools: { webSearch: true, viewImage: false } });
    expect(loggers.lines.filter((l) => l.startsWith('warn'))).toEqual([]);
  });
});

describe('model providers', () => {
  it('$OPENAI_BASE_URL moves the built-in openai provider', async () => {
    process.env.OPENAI_BASE_URL = 'http://proxy.local/v1';
    expect((await load()).model_provider.base_url).toBe('http://proxy.local/v1');
  });

  it('a blank $OPENAI_BASE_URL is ignored', async () => {
    process.env.OPENAI_BASE_URL = '  ';
    expect((await load()).model_provider.base_url).toBe('https://api.openai.com/v1');
  });

  it.each<[Record<string, string>, string]>([
    [{ CODEX_OSS_BASE_URL: 'http://gpu:1/v1' }, 'http://gpu:1/v1'],
    [{ CODEX_OSS_PORT: '8080' }, 'http://localhost:8080/v1'],
    [{ CODEX_OSS_BASE_URL: 'http://gpu:1/v1', CODEX_OSS_PORT: '8080' }, 'http://gpu:1/v1'],
    [{ CODEX_OSS_PORT: 'abc' }, 'http://localhost:11434/v1'],
    [{ CODEX_OSS_PORT: '70000' }, 'http://localhost:11434/v1'],
  ])('oss base URL from %j', async (env, expected) => {
    Object.assign(process.env, env);
    expect((await load({ model_provider: 'oss' })).model_provider.base_url).toBe(expected);
  });

  it('a new provider gets upstream defaults (chat wire, no OpenAI auth, id as name)', async () => {
    writeConfig('[model_providers.bare]\nbase_url = "http://x/v1"\n');
    expect((await load({ model_provider: 'bare' })).model_provider).toEqual({
      id: 'bare',
      name: 'bare',
      base_url: 'http://x/v1',
      wire_api: 'chat',
      request_max_retries: 4,
      stream_max_retries: 5,
      stream_idle_timeout_ms: 300000,
      requires_openai_auth: false,
    });
  });

  it('a table for a built-in id changes only the fields it sets', async () => {
    writeConfig('[model_providers.openai]\nbase_url = "http://mock/v1"\nrequest_max_retries = 0\n');
    expect((await load()).model_provider).toEqual({ ...OPENAI, base_url: 'http://mock/v1', request_max_retries: 0 });
  });

  it('retry counts are capped at 100', async () => {
    writeConfig('[model_providers.m]\nrequest_max_retries = 1000\nstream_max_retries = 101\n');
    const provider = (await load({ model_provider: 'm' })).model_provider;
    expect(provider.request_max_retries).toBe(100);
    expect(provider.stream_max_retries).toBe(100);
  });

  it('all providers are listed', async () => {
    writeConfig('[model_providers.a]\nname = "A"\n[model_providers.b]\nname = "B"\n');
    expect(Object.keys((await load()).model_providers).sort()).toEqual(['a', 'b', 'openai', 'oss']);
  });
});

describe('sandbox policy', () => {
  it.each<[string, unknown]>([
    ['read-only', { mode: 'read-only' }],
    ['danger-full-access', { mode: 'danger-full-access' }],
    [
      'workspace-write',
      { mode: 'workspace-write', writable_roots: [], network_access: false, exclude_tmpdir_env_var: false, exclude_slash_tmp: false },
    ],
  ])('sandbox_mode = %s', async (mode, policy) => {
    writeConfig(`sandbox_mode = "${mode}"\n[sandbox_workspace_write]\nnetwork_access = false\n`);
    expect((await load()).sandbox_policy).toEqual(policy);
  });

  it('workspace-write without a [sandbox_workspace_write] table uses defaults', async () => {
    expect((await load({ sandbox_mode: 'workspace-write' })).sandbox_policy).toEqual({
      mode: 'workspace-write',
      writable_roots: [],
      network_access: false,
      exclude_tmpdir_env_var: false,
      exclude_slash_tmp: false,
    });
  });

  it('[sandbox_workspace_write] does not matter for other modes', async () => {
    writeConfig('sandbox_mode = "danger-full-access"\n[sandbox_workspace_write]\nnetwork_access = true\n');
    expect((await load()).sandbox_policy).toEqual({ mode: 'danger-full-access' });
  });
});

describe('cwd', () => {
  it('defaults to the process cwd', async () => {
    expect((await load()).cwd).toBe(process.cwd());
  });

  it('a relative cwd resolves against the server process cwd', async () => {
    expect((await load({ cwd: 'sub/dir' })).cwd).toBe(path.join(process.cwd(), 'sub/dir'));
  });

  it('an absolute cwd is kept', async () => {
    expect((await load({ cwd: '/some/where' })).cwd).toBe('/some/where');
  });
});

describe('experimental_instructions_file', () => {
  beforeEach(() => {
    fs.mkdirSync(path.join(tmp, 'proj'));
    fs.writeFileSync(path.join(tmp, 'proj', 'instr.md'), '\n  From the file.  \n');
  });

  it('is read (trimmed) relative to the session cwd into base_instructions', async () => {
    writeConfig('experimental_instructions_file = "instr.md"\n');
    expect((await load({ cwd: path.join(tmp, 'proj') })).base_instructions).toBe('From the file.');
  });

  it('can come from the profile', async () => {
    writeConfig(`[profiles.p]\nexperimental_instructions_file = "${path.join(tmp, 'proj', 'instr.md')}"\n`);
    expect((await load({ profile: 'p' })).base_instructions).toBe('From the file.');
  });

  it('loses to base_instructions in the tree and to the explicit field', async () => {
    writeConfig('experimental_instructions_file = "instr.md"\nbase_instructions = "tree"\n');
    const cwd = path.join(tmp, 'proj');
    expect((await load({ cwd })).base_instructions).toBe('tree');
    expect((await load({ cwd, base_instructions: 'explicit' })).base_instructions).toBe('explicit');
  });

  it('a missing file is an error naming the path', async () => {
    writeConfig('experimental_instructions_file = "nope.md"\n');
    const err = await loadError({ cwd: path.join(tmp, 'proj') });
    expect(err.message).toMatch(
      new RegExp(`^failed to read experimental instructions file ${path.join(tmp, 'proj', 'nope.md')}: ENOENT`),
    );
  });

  it('an empty file is an error', async () => {
    fs.writeFileSync(path.join(tmp, 'proj', 'empty.md'), '  \n');
    writeConfig('experimental_instructions_file = "empty.md"\n');
    const err = await loadError({ cwd: path.join(tmp, 'proj') });
    expect(err.message).toBe(`experimental instructions file is empty: ${path.join(tmp, 'proj', 'empty.md')}`);
  });
});

describe('precedence: explicit field > profile > config map > -c flag > config.toml > default', () => {
  type Layer = 'toml' | 'flag' | 'map' | 'profile' | 'explicit';
  const rows: Array<[Layer[], Layer | 'default']> = [
    [[], 'default'],
    [['toml'], 'toml'],
    [['flag'], 'flag'],
    [['map'], 'map'],
    [['profile'], 'profile'],
    [['explicit'], 'explicit'],
    [['toml', 'flag'], 'flag'],
    [['toml', 'map'], 'map'],
    [['flag', 'map'], 'map'],
    [['toml', 'flag', 'map'], 'map'],
    [['toml', 'profile'], 'profile'],
    [['flag', 'profile'], 'profile'],
    [['map', 'profile'], 'profile'],
    [['toml', 'flag', 'map', 'profile'], 'profile'],
    [['map', 'explicit'], 'explicit'],
    [['profile', 'explicit'], 'explicit'],
    [['toml', 'flag', 'map', 'profile', 'explicit'], 'explicit'],
  ];

  async function resolveWith(layers: Layer[]): Promise<CodexConfig> {
    const has = (l: Layer): boolean => layers.includes(l);
    const providers = ['toml', 'flag', 'map', 'profile', 'explicit']
      .map((l) => `[model_providers.p_${l}]\nname = "${l}"\n`)
      .join('');
    const effort = { toml: 'minimal', flag: 'low', map: 'medium', profile: 'high' };
    const profile = 'p';
    writeConfig(
      (has('toml') ? `model = "toml"\nmodel_provider = "p_toml"\nmodel_reasoning_effort = "${effort.toml}"\n` : '') +
        `[profiles.${profile}]\nmodel = "profile"\nmodel_provider = "p_profile"\nmodel_reasoning_effort = "${effort.profile}"\n` +
        providers,
    );
    const flags = has('flag') ? ['model=flag', 'model_provider=p_flag', `model_reasoning_effort=${effort.flag}`] : [];
    const overrides: ConfigOverrides = {};
    if (has('map')) overrides.config = { model: 'map', model_provider: 'p_map', model_reasoning_effort: effort.map };
    if (has('profile')) overrides.profile = profile;
    if (has('explicit')) Object.assign(overrides, { model: 'explicit', model_provider: 'p_explicit' });
    return load(overrides, flags);
  }

  it.each(rows)('layers %j -> model and model_provider from %s', async (layers, winner) => {
    const config = await resolveWith(layers);
    expect(config.model).toBe(winner === 'default' ? 'gpt-5' : winner);
    expect(config.model_provider_id).toBe(winner === 'default' ? 'openai' : `p_${winner}`);
  });

  it.each(rows.filter(([layers]) => !layers.includes('explicit')))(
    'layers %j -> model_reasoning_effort from %s',
    async (layers, winner) => {
      const expected = { default: undefined, toml: 'minimal', flag: 'low', map: 'medium', profile: 'high' };
      expect((await resolveWith(layers)).model_reasoning_effort).toBe(expected[winner as keyof typeof expected]);
    },
  );

  it.each<[string, string[], ConfigOverrides, string]>([
    ['toml', [], {}, 'untrusted'],
    ['flag over toml', ['approval_policy=on-failure'], {}, 'on-failure'],
    ['map over flag', ['approval_policy=on-failure'], { config: { approval_policy: 'never' } }, 'never'],
    ['profile over map', [], { config: { approval_policy: 'on-failure' }, profile: 'p' }, 'never'],
    ['explicit over profile', [], { profile: 'p', approval_policy: 'on-request' }, 'on-request'],
  ])('approval_policy: %s', async (_name, flags, overrides, expected) => {
    writeConfig('approval_policy = "untrusted"\n[profiles.p]\napproval_policy = "never"\n');
    expect((await load(overrides, flags)).approval_policy).toBe(expected);
  });

  it.each<[string, string[], ConfigOverrides, string]>([
    ['toml', [], {}, 'read-only'],
    ['flag over toml', ['sandbox_mode=danger-full-access'], {}, 'danger-full-access'],
    ['map over flag', ['sandbox_mode=danger-full-access'], { config: { sandbox_mode: 'workspace-write' } }, 'workspace-write'],
    ['explicit over map', [], { config: { sandbox_mode: 'workspace-write' }, sandbox_mode: 'danger-full-access' }, 'danger-full-access'],
  ])('sandbox_mode: %s', async (_name, flags, overrides, expected) => {
    writeConfig('sandbox_mode = "read-only"\n');
    expect((await load(overrides, flags)).sandbox_policy.mode).toBe(expected);
  });

  it.each<[string, string[], ConfigOverrides, string | undefined]>([
    ['none', [], {}, undefined],
    ['toml', [], {}, 'a'],
    ['flag over toml', ['profile=b'], {}, 'b'],
    ['map over flag', ['profile=b'], { config: { profile: 'c' } }, 'c'],
    ['explicit over map', ['profile=b'], { config: { profile: 'c' }, profile: 'd' }, 'd'],
  ])('the selected profile: %s', async (name, flags, overrides, expected) => {
    writeConfig(
      (name === 'none' ? '' : 'profile = "a"\n') +
        ['a', 'b', 'c', 'd'].map((p) => `[profiles.${p}]\nmodel = "m_${p}"\n`).join(''),
    );
    const config = await load(overrides, flags);
    expect(config.profile).toBe(expected);
    expect(config.model).toBe(expected ? `m_${expected}` : 'gpt-5');
  });

  it('explicit include_plan_tool / include_apply_patch_tool / base_instructions beat the tree', async () => {
    writeConfig('include_plan_tool = true\ninclude_apply_patch_tool = true\nbase_instructions = "tree"\n');
    const config = await load({ include_plan_tool: false, include_apply_patch_tool: false, base_instructions: 'call' });
    expect([config.include_plan_tool, config.include_apply_patch_tool, config.base_instructions]).toEqual([
      false,
      false,
      'call',
    ]);
  });

  it('server -c flags apply to every session', async () => {
    const { service } = makeService(['model="from-flag"', 'approval_policy=never']);
    for (let i = 0; i < 2; i++) {
      const config = await service.load({ cwd: `/s${i}` });
      expect([config.model, config.approval_policy]).toEqual(['from-flag', 'never']);
    }
  });

  it('a dotted flag reaches into a config.toml table and keeps its siblings', async () => {
    writeConfig('model_provider = "mock"\n[model_providers.mock]\nname = "Mock"\nbase_url = "http://m/v1"\n');
    const provider = (await load({}, ['model_providers.mock.request_max_retries=0'])).model_provider;
    expect(provider).toMatchObject({ name: 'Mock', base_url: 'http://m/v1', request_max_retries: 0 });
  });

  it('a config-map object replaces the whole table; a dotted map key does not', async () => {
    writeConfig('sandbox_mode = "workspace-write"\n[sandbox_workspace_write]\nwritable_roots = ["/r"]\n');
    const replaced = await load({ config: { sandbox_workspace_write: { network_access: true } } });
    expect(replaced.sandbox_policy).toMatchObject({ writable_roots: [], network_access: true });
    const dotted = await load({ config: { 'sandbox_workspace_write.network_access': true } });
    expect(dotted.sandbox_policy).toMatchObject({ writable_roots: ['/r'], network_access: true });
  });

  it('config-map values go through json_to_toml (null becomes "")', async () => {
    expect((await load({ config: { model: null } })).model).toBe('');
  });

  it('config.toml is re-read on every load', async () => {
    const { service } = makeService();
    writeConfig('model = "one"\n');
    expect((await service.load()).model).toBe('one');
    writeConfig('model = "two"\n');
    expect((await service.load()).model).toBe('two');
  });
});

describe('errors', () => {
  it('a TOML syntax error names the file, line and column without echoing the line', async () => {
    writeConfig('model = "o3"\n[model_providers.x]\nhttp_headers = { Authorization = "Bearer sk-secret" \n');
    const err = await loadError();
    expect(err.message).toBe(
      `failed to parse ${path.join(home, 'config.toml')} at line 4, column 1: expected comma or end of structure`,
    );
    expect(err.message).not.toContain('sk-secret');
  });

  it('a duplicate key is a syntax error too', async () => {
    writeConfig('model = "a"\nmodel = "b"\n');
    expect((await loadError()).message).toMatch(/config\.toml at line 2, column 1: /);
  });

  it('an unreadable config.toml is an error', async () => {
    fs.mkdirSync(path.join(home, 'config.toml'));
    expect((await loadError()).message).toMatch(/^failed to read .*config\.toml: EISDIR/);
  });

  it.each<[string, string]>([
    ['approval_policy = "sometimes"', 'invalid type for `approval_policy`: expected one of untrusted, on-failure, on-request, never'],
    ['sandbox_mode = 1', 'invalid type for `sandbox_mode`: expected one of read-only, workspace-write, danger-full-access'],
    ['model = 5', 'invalid type for `model`: expected a string'],
    ['model_provider = true', 'invalid type for `model_provider`: expected a string'],
    ['model_reasoning_effort = "max"', 'invalid type for `model_reasoning_effort`: expected one of minimal, low, medium, high'],
    ['model_reasoning_summary = "brief"', 'invalid type for `model_reasoning_summary`: expected one of auto, concise, detailed, none'],
    ['model_verbosity = "loud"', 'invalid type for `model_verbosity`: expected one of low, medium, high'],
    ['model_context_window = 1.5', 'invalid type for `model_context_window`: expected a non-negative integer'],
    ['model_max_output_tokens = -1', 'invalid type for `model_max_output_tokens`: expected a non-negative integer'],
    ['base_instructions = []', 'invalid type for `base_instructions`: expected a string'],
    ['experimental_instructions_file = 1', 'invalid type for `experimental_instructions_file`: expected a string'],
    ['include_plan_tool = "yes"', 'invalid type for `include_plan_tool`: expected a boolean'],
    ['include_apply_patch_tool = 1', 'invalid type for `include_apply_patch_tool`: expected a boolean'],
    ['preferred_auth_method = "oauth"', 'invalid type for `preferred_auth_method`: expected one of chatgpt, apikey'],
    ['chatgpt_base_url = 1', 'invalid type for `chatgpt_base_url`: expected a string'],
    ['codex_linux_sandbox_exe = false', 'invalid type for `codex_linux_sandbox_exe`: expected a string'],
    ['project_doc_max_bytes = "big"', 'invalid type for `project_doc_max_bytes`: expected a non-negative integer'],
    ['mcp_approval_timeout_ms = "10m"', 'invalid type for `mcp_approval_timeout_ms`: expected a non-negative integer'],
    ['profile = 1', 'invalid type for `profile`: expected a string'],
    ['history = 1', 'invalid type for `history`: expected a table'],
    ['history = { persistence = "some" }', 'invalid type for `history.persistence`: expected one of save-all, none'],
    ['history = { max_bytes = "1k" }', 'invalid type for `history.max_bytes`: expected a non-negative integer'],
    ['sandbox_workspace_write = "yes"', 'invalid type for `sandbox_workspace_write`: expected a table'],
    ['sandbox_workspace_write = { writable_roots = [1] }', 'invalid type for `sandbox_workspace_write.writable_roots`: expected an array of strings'],
    ['sandbox_workspace_write = { writable_roots = "/a" }', 'invalid type for `sandbox_workspace_write.writable_roots`: expected an array of strings'],
    ['sandbox_workspace_write = { network_access = "on" }', 'invalid type for `sandbox_workspace_write.network_access`: expected a boolean'],
    ['sandbox_workspace_write = { exclude_tmpdir_env_var = 0 }', 'invalid type for `sandbox_workspace_write.exclude_tmpdir_env_var`: expected a boolean'],
    ['sandbox_workspace_write = { exclude_slash_tmp = 0 }', 'invalid type for `sandbox_workspace_write.exclude_slash_tmp`: expected a boolean'],
    ['shell_environment_policy = { inherit = "some" }', 'invalid type for `shell_environment_policy.inherit`: expected one of all, core, none'],
    ['shell_environment_policy = { ignore_default_excludes = 1 }', 'invalid type for `shell_environment_policy.ignore_default_excludes`: expected a boolean'],
    ['shell_environment_policy = { exclude = "A" }', 'invalid type for `shell_environment_policy.exclude`: expected an array of strings'],
    ['shell_environment_policy = { set = ["A"] }', 'invalid type for `shell_environment_policy.set`: expected a table of strings'],
    ['shell_environment_policy = { set = { A = 1 } }', 'invalid type for `shell_environment_policy.set.A`: expected a string'],
    ['shell_environment_policy = { include_only = [true] }', 'invalid type for `shell_environment_policy.include_only`: expected an array of strings'],
    ['model_providers = 1', 'invalid type for `model_providers`: expected a table'],
    ['model_providers = { m = 1 }', 'invalid type for `model_providers.m`: expected a table'],
    ['model_providers.m = { name = 1 }', 'invalid type for `model_providers.m.name`: expected a string'],
    ['model_providers.m = { base_url = 1 }', 'invalid type for `model_providers.m.base_url`: expected a string'],
    ['model_providers.m = { env_key = 1 }', 'invalid type for `model_providers.m.env_key`: expected a string'],
    ['model_providers.m = { env_key_instructions = 1 }', 'invalid type for `model_providers.m.env_key_instructions`: expected a string'],
    ['model_providers.m = { wire_api = "grpc" }', 'invalid type for `model_providers.m.wire_api`: expected one of responses, chat'],
    ['model_providers.m = { query_params = { v = 1 } }', 'invalid type for `model_providers.m.query_params.v`: expected a string'],
    ['model_providers.m = { http_headers = "x" }', 'invalid type for `model_providers.m.http_headers`: expected a table of strings'],
    ['model_providers.m = { env_http_headers = { H = false } }', 'invalid type for `model_providers.m.env_http_headers.H`: expected a string'],
    ['model_providers.m = { request_max_retries = -1 }', 'invalid type for `model_providers.m.request_max_retries`: expected a non-negative integer'],
    ['model_providers.m = { stream_max_retries = "5" }', 'invalid type for `model_providers.m.stream_max_retries`: expected a non-negative integer'],
    ['model_providers.m = { stream_idle_timeout_ms = 0.5 }', 'invalid type for `model_providers.m.stream_idle_timeout_ms`: expected a non-negative integer'],
    ['model_providers.m = { requires_openai_auth = "yes" }', 'invalid type for `model_providers.m.requires_openai_auth`: expected a boolean'],
    ['profiles = []', 'invalid type for `profiles`: expected a table'],
    ['profiles.p = "fast"', 'invalid type for `profiles.p`: expected a table'],
    ['profiles.p = { model = 1 }', 'invalid type for `profiles.p.model`: expected a string'],
    ['profiles.p = { model_provider = 1 }', 'invalid type for `profiles.p.model_provider`: expected a string'],
    ['profiles.p = { approval_policy = "ask" }', 'invalid type for `profiles.p.approval_policy`: expected one of untrusted, on-failure, on-request, never'],
    ['profiles.p = { model_reasoning_effort = "x" }', 'invalid type for `profiles.p.model_reasoning_effort`: expected one of minimal, low, medium, high'],
    ['profiles.p = { model_reasoning_summary = "x" }', 'invalid type for `profiles.p.model_reasoning_summary`: expected one of auto, concise, detailed, none'],
    ['profiles.p = { model_verbosity = "x" }', 'invalid type for `profiles.p.model_verbosity`: expected one of low, medium, high'],
    ['profiles.p = { chatgpt_base_url = 1 }', 'invalid type for `profiles.p.chatgpt_base_url`: expected a string'],
    ['tools = { web_search = "yes" }', 'invalid type for `tools.web_search`: expected a boolean'],
    ['tools = { view_image = 1 }', 'invalid type for `tools.view_image`: expected a boolean'],
  ])('%s', async (toml, message) => {
    writeConfig(toml + '\n');
    expect((await loadError()).message).toBe(message);
  });

  it('wrong types from a -c flag or a config map get the same message', async () => {
    const expected = 'invalid type for `approval_policy`: expected one of untrusted, on-failure, on-request, never';
    expect((await loadError({}, ['approval_policy=bogus'])).message).toBe(expected);
    expect((await loadError({ config: { approval_policy: 'bogus' } })).message).toBe(expected);
    expect((await loadError({ approval_policy: 'bogus' as never })).message).toBe(expected);
    expect((await loadError({ sandbox_mode: 'open' as never })).message).toBe(
      'invalid type for `sandbox_mode`: expected one of read-only, workspace-write, danger-full-access',
    );
  });

  it('an unknown profile, explicit or from config.toml', async () => {
    expect((await loadError({ profile: 'nonexistent' })).message).toBe('config profile `nonexistent` not found');
    writeConfig('profile = "gone"\n');
    expect((await loadError()).message).toBe('config profile `gone` not found');
  });

  it('an unknown provider, from any layer', async () => {
    expect((await loadError({ config: { model_provider: 'nope' } })).message).toBe('Model provider `nope` not found');
    expect((await loadError({ model_provider: '__proto__' })).message).toBe('Model provider `__proto__` not found');
    writeConfig('[profiles.p]\nmodel_provider = "ghost"\n');
    expect((await loadError({ profile: 'p' })).message).toBe('Model provider `ghost` not found');
  });

  it('a bad server -c flag makes load() reject instead of crashing construction', async () => {
    const { service } = makeService(['model=o3', 'novalue']);
    await expect(service.load()).rejects.toThrow(
      new ConfigError("error parsing -c overrides: Invalid override (missing '='): novalue"),
    );
    await expect(service.getUserSavedConfig()).rejects.toBeInstanceOf(ConfigError);
  });

  it('a broken config.toml only rejects; the service keeps working once it is fixed', async () => {
    const { service } = makeService();
    writeConfig('model = \n');
    await expect(service.load()).rejects.toBeInstanceOf(ConfigError);
    await expect(service.getUserSavedConfig()).rejects.toBeInstanceOf(ConfigError);
    writeConfig('model = "ok"\n');
    expect((await service.load()).model).toBe('ok');
  });
});

describe('unknown keys', () => {
  it('are logged as warnings (once per key), never fatal', async () => {
    writeConfig(`
modle = "typo"
[profiles.p]
colour = "red"
[model_providers.m]
nmae = "x"
[sandbox_workspace_write]
extra = 1
[shell_environment_policy]
extra = 1
[history]
extra = 1
[tools]
extra = 1
`);
    const { service, loggers } = makeService(['also_unknown=1']);
    await service.load();
    await service.load({ config: { 'a.b': 1 } });
    const warnings = loggers.lines.filter((l) => l.startsWith('warn'));
    expect(warnings.sort()).toEqual(
      [
        'modle',
        'profiles.p.colour',
        'model_providers.m.nmae',
        'sandbox_workspace_write.extra',
        'shell_environment_policy.extra',
        'history.extra',
        'tools.extra',
        'also_unknown',
        'a',
      ]
        .map((k) => `warn [config] ignoring unknown config key \`${k}\``)
        .sort(),
    );
  });

  it('keys the upstream CLI uses but this server does not are only debug-logged', async () => {
    writeConfig('notify = ["x"]\nhide_agent_reasoning = true\n[mcp_servers.s]\ncommand = "x"\n[tui]\n[profiles.p]\ndisable_response_storage = true\n');
    const { service, loggers } = makeService();
    await service.load();
    expect(loggers.lines.filter((l) => l.startsWith('warn'))).toEqual([]);
    expect(loggers.lines).toContain('debug [config] ignoring config key `mcp_servers` (not used by this server)');
  });
});

describe('getUserSavedConfig', () => {
  it('is empty without config.toml', async () => {
    expect(await makeService().service.getUserSavedConfig()).toEqual({});
  });

  it('returns the camelCase subset, omitting absent keys, with -c flags merged', async () => {
    writeConfig(`
approval_policy = "never"
sandbox_mode = "workspace-write"
model = "o3"
model_reasoning_effort = "high"
model_reasoning_summary = "concise"
model_verbosity = "low"
profile = "fast"
model_provider = "not-reported"
[sandbox_workspace_write]
writable_roots = ["/r"]
network_access = true
[tools]
web_search = true
[profiles.fast]
model = "gpt-5"
model_provider = "openai"
approval_policy = "on-failure"
model_reasoning_effort = "low"
model_reasoning_summary = "none"
model_verbosity = "medium"
chatgpt_base_url = "https://c.example"
[profiles.bare]
`);
    const { service } = makeService(['model=from-flag']);
    expect(await service.getUserSavedConfig()).toEqual({
      approvalPolicy: 'never',
      sandboxMode: 'workspace-write',
      sandboxSettings: { writableRoots: ['/r'], networkAccess: true, excludeTmpdirEnvVar: false, excludeSlashTmp: false },
      model: 'from-flag',
      modelReasoningEffort: 'high',
      modelReasoningSummary: 'concise',
      modelVerbosity: 'low',
      tools: { webSearch: true },
      profile: 'fast',
      profiles: {
        fast: {
          model: 'gpt-5',
          modelProvider: 'openai',
          approvalPolicy: 'on-failure',
          modelReasoningEffort: 'low',
          modelReasoningSummary: 'none',
          modelVerbosity: 'medium',
          chatgptBaseUrl: 'https://c.example',
        },
        bare: {},
      },
    });
  });

  it('does not check that the selected profile exists (it only reports)', async () => {
    writeConfig('profile = "missing"\n');
    expect(await makeService().service.getUserSavedConfig()).toEqual({ profile: 'missing' });
  });

  it('rejects with ConfigError on a type error', async () => {
    writeConfig('model_verbosity = 3\n');
    await expect(makeService().service.getUserSavedConfig()).rejects.toThrow(
      'invalid type for `model_verbosity`: expected one of low, medium, high',
    );
  });
});

describe('config/config.example.toml', () => {
  const text = fs.readFileSync(EXAMPLE_FILE, 'utf8');

  it('loads with no warnings', async () => {
    writeConfig(text);
    const { service, loggers } = makeService();
    const config = await service.load();
    expect(loggers.lines.filter((l) => l.startsWith('warn'))).toEqual([]);
    expect(config.model).toBe('gpt-5');
    expect(Object.keys(config.model_providers).sort()).toEqual(['azure', 'local', 'openai', 'oss']);
    expect((await service.load({ profile: 'local' })).model_provider_id).toBe('local');
    expect(await service.getUserSavedConfig()).toMatchObject({ approvalPolicy: 'on-request', sandboxMode: 'read-only' });
  });

  it('still loads with every commented-out setting enabled', async () => {
    fs.writeFileSync(path.join(tmp, 'instructions.md'), 'Be careful.');
    const enabled = text
      .replace(/^# (\w+ = .*)$/gm, '$1')
      .replace('"/path/to/instructions.md"', JSON.stringify(path.join(tmp, 'instructions.md')));
    writeConfig(enabled);
    const { service, loggers } = makeService();
    const config = await service.load();
    expect(loggers.lines.filter((l) => l.startsWith('warn'))).toEqual([]);
    expect(config).toMatchObject({
      profile: 'fast',
      base_instructions: 'You are a careful coding agent.',
      codex_linux_sandbox_exe: '/usr/bin/bwrap',
      approval_policy: 'never',
    });
  });

  it.each([
    'model',
    'model_provider',
    'model_providers',
    'name',
    'base_url',
    'env_key',
    'env_key_instructions',
    'wire_api',
    'query_params',
    'http_headers',
    'env_http_headers',
    'request_max_retries',
    'stream_max_retries',
    'stream_idle_timeout_ms',
    'requires_openai_auth',
    'approval_policy',
    'sandbox_mode',
    'sandbox_workspace_write',
    'writable_roots',
    'network_access',
    'exclude_tmpdir_env_var',
    'exclude_slash_tmp',
    'shell_environment_policy',
    'inherit',
    'ignore_default_excludes',
    'exclude',
    'set',
    'include_only',
    'model_reasoning_effort',
    'model_reasoning_summary',
    'model_verbosity',
    'model_context_window',
    'model_max_output_tokens',
    'base_instructions',
    'experimental_instructions_file',
    'include_plan_tool',
    'include_apply_patch_tool',
    'preferred_auth_method',
    'chatgpt_base_url',
    'codex_linux_sandbox_exe',
    'project_doc_max_bytes',
    'history',
    'persistence',
    'max_bytes',
    'mcp_approval_timeout_ms',
    'profile',
    'profiles',
    'tools',
    'web_search',
    'view_image',
  ])('documents `%s`', (key) => {
    expect(text).toMatch(new RegExp(`^(# )?(\\[(\\w+\\.)?)?${key}( = |\\]|\\.)`, 'm'));
  });
});

describe('configModule', () => {
  it('binds ConfigService as a singleton', async () => {
    const container = new Container();
    container.bind(ServerOptions).toConstantValue({ configOverrides: ['model=from-container'], version: '0.25.0' });
    container.bind(LoggerFactory).toConstantValue(new MemoryLoggerFactory());
    await container.load(configModule);
    const service = container.get<ConfigService>(ConfigService);
    expect(service).toBeInstanceOf(ConfigServiceImpl);
    expect(container.get(ConfigService)).toBe(service);
    expect(service.codexHome).toBe(home);
    expect((await service.load()).model).toBe('from-container');
  });
});
