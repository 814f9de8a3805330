/**
 * Attack: hostile `timeout_ms` values and secrets in the server's environment, through the built
 * server and a scripted model. A huge timeout must not kill the command at once (Node clamps
 * timers ≥ 2^31 ms to 1 ms), a negative or non-numeric one is a clear error to the model, and the
 * usual secret shapes never reach a command unless shell_environment_policy says so.
 */
import * as fs from 'node:fs';
import { reply } from '../../support/mock-model-server';
import { pidsWithArg, uniqueSleepToken } from '../../support/process-alive';
import { ScriptedServer, tempDir } from '../../support/scripted-server';
import { sandboxTestsEnabled } from '../exec/exec-test-helpers';
import { waitUntil } from '../../support/wait-until';

const describeSandbox = sandboxTestsEnabled().run ? describe : describe.skip;

describeSandbox('attack: timeouts and environment (spawned server, real bwrap)', () => {
  let cwd: string;
  let rig: ScriptedServer | undefined;
  beforeEach(() => {
    cwd = tempDir('timeouts-env-');
  });
  afterEach(async () => {
    await rig?.close();
    rig = undefined;
    fs.rmSync(cwd, { recursive: true, force: true });
  });

  const execEvents = (type: string) =>
    rig!.p
      .notifications('codex/event')
      .map((m) => m.params.msg)
      .filter((e) => e.type === type);

  it('timeout_ms of 2^31 ms and beyond is capped, not turned into "kill at once"', async () => {
    rig = await ScriptedServer.start({ sandboxMode: 'read-only' });
    const slow = ['sh', '-c', 'sleep 0.3; echo survived'];
    const out = await rig.run(
      cwd,
      reply.shell('c-2-31', slow, { timeout_ms: 2 ** 31 }),
      reply.shell('c-2-53', slow, { timeout_ms: 2 ** 53 }),
      reply.shell('c-1e300', slow, { timeout_ms: 1e300 }),
      reply.shell('c-legacy', slow, { timeout: 2 ** 32 }),
    );
    for (const call of ['c-2-31', 'c-2-53', 'c-1e300', 'c-legacy']) {
      expect(ScriptedServer.commandOutput(out(call))).toEqual({ output: 'survived\n', exitCode: 0 });
    }
  });

  it('negative, non-numeric and non-finite timeouts are a clear tool error, and nothing runs', async () => {
    rig = await ScriptedServer.start({ sandboxMode: 'read-only' });
    const marker = ['sh', '-c', 'echo ran >> ran.txt'];
    const out = await rig.run(
      cwd,
      reply.shell('c-neg', marker, { timeout_ms: -1 }),
      reply.shell('c-str', marker, { timeout_ms: '5000' }),
      reply.shell('c-bool', marker, { timeout_ms: true }),
      reply.functionCall('c-inf', 'shell', '{"command":["sh","-c","echo ran >> ran.txt"],"timeout_ms":1e400}'),
    );
    expect(out('c-neg')).toBe('failed to parse function arguments: invalid value for `timeout_ms`: -1 (expected a number of milliseconds from 0 to 86400000)');
    expect(out('c-str')).toBe('failed to parse function arguments: invalid type for `timeout_ms`: expected a number of milliseconds, got "5000"');
    expect(out('c-bool')).toBe('failed to parse function arguments: invalid type for `timeout_ms`: expected a number of milliseconds, got true');
    expect(out('c-inf')).toBe('failed to parse function arguments: invalid value for `timeout_ms`: Infinity (expected a number of milliseconds from 0 to 86400000)');
    expect(fs.existsSync(`${cwd}/ran.txt`)).toBe(false);
    expect(execEvents('exec_command_begin')).toEqual([]);
  });

  it('a small timeout still kills the command and everything in its sandbox', async () => {
    rig = await ScriptedServer.start({ sandboxMode: 'read-only' });
    const token = uniqueSleepToken();
    const out = await rig.run(cwd, reply.shell('c-short', ['sh', '-c', `sleep ${token} & sleep ${token}`], { timeout_ms: 300 }));
    expect(ScriptedServer.commandOutput(out('c-short'))).toEqual({ output: 'command timed out after 300 milliseconds\n', exitCode: 124 });
    await waitUntil(() => pidsWithArg(token).length === 0, 'the timed-out command to die');
  });

  const SECRETS = {
    DB_PASSWORD: 'hunter2',
    NPM_CONFIG__AUTH: 'dXNlcjpwYXNz',
    SSH_AUTH_SOCK: '/tmp/ssh-agent.sock',
    AWS_SHARED_CREDENTIALS_FILE: '/home/u/.aws/credentials',
    DATABASE_URL: 'postgres://app:s3cret@db.internal:5432/app',
    SERVICE_API_KEY: 'sk-abc',
  };
  const KEPT = { GIT_AUTHOR_NAME: 'Ada Lovelace', PLAIN_URL: 'https://example.com/path', FRIENDLY_VAR: 'visible' };
  const envOf = (text: string | undefined): Record<string, string> =>
    Object.fromEntries(
      ScriptedServer.commandOutput(text)
        .output.split('\n')
        .filter((l) => l.includes('='))
        .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
    );

  it('the usual secret shapes never reach a sandboxed command; look-alikes do', async () => {
    rig = await ScriptedServer.start({ sandboxMode: 'workspace-write', env: { ...SECRETS, ...KEPT } });
    const out = await rig.run(cwd, reply.shell('c-env', ['env']));
    const env = envOf(out('c-env'));
    for (const name of Object.keys(SECRETS)) expect(env[name]).toBeUndefined();
    expect(env).toMatchObject(KEPT);
  });

  it('shell_environment_policy still decides: ignore_default_excludes keeps them, its own exclude still applies', async () => {
    rig = await ScriptedServer.start({
      sandboxMode: 'workspace-write',
      env: { ...SECRETS, ...KEPT },
      extraToml: '\n[shell_environment_policy]\nignore_default_excludes = true\nexclude = ["SERVICE_*"]\n',
    });
    const out = await rig.run(cwd, reply.shell('c-env', ['env']));
    const env = envOf(out('c-env'));
    expect(env).toMatchObject({ DB_PASSWORD: 'hunter2', DATABASE_URL: SECRETS.DATABASE_URL, SSH_AUTH_SOCK: SECRETS.SSH_AUTH_SOCK, ...KEPT });
    expect(env.SERVICE_API_KEY).toBeUndefined();
  });
});
