/**
 * Attack: a scripted model tries to reach host sockets from inside the sandbox (the built server,
 * real bwrap, the seccomp filter the server generates). A socket file on the host is not
 * "network": `--unshare-net` alone lets connect() reach it, seccomp must refuse the socket.
 */
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { buildSeccompFilter, SECCOMP_BWRAP_ARGS, seccompArchOf, sendSeccompProgram } from '../../../src/exec/sandbox/seccomp-filter';
import { reply } from '../../support/mock-model-server';
import { ScriptedServer, tempDir } from '../../support/scripted-server';
import { sandboxTestsEnabled } from '../exec/exec-test-helpers';
import { waitUntil } from '../../support/wait-until';

const describeSandbox = sandboxTestsEnabled().run ? describe : describe.skip;
const NODE = process.execPath;

/** Connects to a Unix socket (path, or abstract when it starts with '@') and says what happened. */
const UNIX_CLIENT =
  "const a=process.argv[1];const s=require('net').connect(a.startsWith('@')?'\\0'+a.slice(1):a);" +
  "s.on('connect',()=>{console.log('connected');s.end('pwned')});s.on('error',e=>{console.log('error '+e.code);process.exitCode=3})";
/** TCP to 127.0.0.1:port. */
const TCP_CLIENT =
  "const s=require('net').connect(Number(process.argv[1]),'127.0.0.1');" +
  "s.on('connect',()=>{console.log('connected');s.end('hello from the sandbox')});s.on('error',e=>{console.log('error '+e.code);process.exitCode=3})";
/** socketpair(2) straight from perl (always installed with Debian): stream pairs talk, datagram pairs are refused. */
const PERL_PAIRS =
  'use Socket; use IO::Handle;' +
  'if (socketpair(my $a, my $b, AF_UNIX, SOCK_STREAM, PF_UNSPEC)) { $a->autoflush(1); print $a "ping\\n"; my $l = <$b>; print "stream pair: $l" } else { print "stream pair: $!\\n" }' +
  'print "dgram pair: ", (socketpair(my $c, my $d, AF_UNIX, SOCK_DGRAM, PF_UNSPEC) ? "ok" : "$!"), "\\n";' +
  'print "unix socket: ", (socket(my $e, AF_UNIX, SOCK_STREAM, 0) ? "ok" : "$!"), "\\n";';

interface HostListener {
  server: net.Server;
  /** Every byte any client sent. */
  received: string;
  connections: number;
}

async function listen(target: string | number): Promise<HostListener> {
  const l: HostListener = { server: net.createServer(), received: '', connections: 0 };
  l.server.on('connection', (socket) => {
    l.connections++;
    socket.on('data', (d) => (l.received += d.toString()));
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => {
    if (typeof target === 'number') l.server.listen(target, '127.0.0.1', resolve);
    else l.server.listen(target, resolve);
  });
  return l;
}

describeSandbox('attack: sockets from inside the sandbox (spawned server, real bwrap + seccomp)', () => {
  let dir: string;
  let cwd: string;
  let rig: ScriptedServer | undefined;
  let listeners: HostListener[];
  beforeEach(() => {
    dir = tempDir('sockets-attack-');
    cwd = path.join(dir, 'project');
    fs.mkdirSync(cwd);
    listeners = [];
  });
  afterEach(async () => {
    await rig?.close();
    rig = undefined;
    for (const l of listeners) await new Promise((r) => l.server.close(r));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const hostUnix = async () => {
    const l = await listen(path.join(dir, 'host.sock'));
    listeners.push(l);
    return { l, address: path.join(dir, 'host.sock') };
  };
  const hostAbstract = async () => {
    const name = `codex-attack-${process.pid}-${Math.random().toString(36).slice(2)}`;
    const l = await listen(`\0${name}`);
    listeners.push(l);
    return { l, address: `@${name}` };
  };

  it('network off: connect() to a host Unix socket gets EPERM and the host receives nothing', async () => {
    const { l, address } = await hostUnix();
    rig = await ScriptedServer.start({ sandboxMode: 'workspace-write' });
    const out = await rig.run(cwd, reply.shell('c-unix', [NODE, '-e', UNIX_CLIENT, address]));
    expect(out('c-unix')).toContain('error EPERM');
    expect(out('c-unix')).not.toContain('connected');
    expect(l.connections).toBe(0);
    expect(l.received).toBe('');
  });

  it('network off: stream socketpairs (and so child processes with pipes) work, datagram pairs and sockets do not', async () => {
    rig = await ScriptedServer.start({ sandboxMode: 'read-only' });
    const childScript = "console.log(require('child_process').execFileSync('sh',['-c','echo child says hi']).toString().trim())";
    const out = await rig.run(cwd, reply.shell('c-pairs', ['perl', '-e', PERL_PAIRS]), reply.shell('c-child', [NODE, '-e', childScript]));
    const pairs = out('c-pairs') ?? '';
    expect(pairs).toContain('stream pair: ping');
    expect(pairs).toContain('dgram pair: Operation not permitted');
    expect(pairs).toContain('unix socket: Operation not permitted');
    expect(ScriptedServer.commandOutput(out('c-child'))).toEqual({ output: 'child says hi\n', exitCode: 0 });
  });

  it('network on: TCP to a loopback server works, but path and abstract Unix sockets stay refused', async () => {
    const tcp = await listen(0);
    listeners.push(tcp);
    const port = (tcp.server.address() as net.AddressInfo).port;
    const unix = await hostUnix();
    const abstract = await hostAbstract();
    rig = await ScriptedServer.start({ sandboxMode: 'workspace-write', extraToml: '\n[sandbox_workspace_write]\nnetwork_access = true\n' });
    const out = await rig.run(
      cwd,
      reply.shell('c-tcp', [NODE, '-e', TCP_CLIENT, String(port)]),
      reply.shell('c-unix', [NODE, '-e', UNIX_CLIENT, unix.address]),
      reply.shell('c-abstract', [NODE, '-e', UNIX_CLIENT, abstract.address]),
    );
    expect(ScriptedServer.commandOutput(out('c-tcp'))).toEqual({ output: 'connected\n', exitCode: 0 });
    await waitUntil(() => tcp.received === 'hello from the sandbox', 'the TCP message', 5000);
    for (const call of ['c-unix', 'c-abstract']) {
      expect(out(call)).toContain('error EPERM');
      expect(out(call)).not.toContain('connected');
    }
    expect(unix.l.connections + abstract.l.connections).toBe(0);
  });

  it('control: unsandboxed (danger-full-access) the same client does reach the host socket', async () => {
    const { l, address } = await hostUnix();
    rig = await ScriptedServer.start({ sandboxMode: 'danger-full-access' });
    const out = await rig.run(cwd, reply.shell('c-unix', [NODE, '-e', UNIX_CLIENT, address]));
    expect(ScriptedServer.commandOutput(out('c-unix'))).toEqual({ output: 'connected\n', exitCode: 0 });
    await waitUntil(() => l.received === 'pwned', 'the message', 5000);
  });

  const bwrapDisablesUserns = (spawnSync('bwrap', ['--help']).stdout?.toString() ?? '').includes('--disable-userns');
  (bwrapDisablesUserns ? it : it.skip)('a sandboxed command cannot make a user namespace of its own (a fresh set of capabilities)', async () => {
    rig = await ScriptedServer.start({ sandboxMode: 'workspace-write' });
    const out = await rig.run(cwd, reply.shell('c-userns', ['sh', '-c', 'unshare --user --map-root-user true && echo nested userns made || echo nested userns refused']));
    expect(ScriptedServer.commandOutput(out('c-userns')).output).toContain('nested userns refused');
  });

  it('the pipe that carried the seccomp program is closed before the command runs', async () => {
    rig = await ScriptedServer.start({ sandboxMode: 'read-only' });
    const out = await rig.run(cwd, reply.shell('c-fd', ['sh', '-c', 'readlink /proc/$$/fd/3 || echo no fd 3']));
    expect(ScriptedServer.commandOutput(out('c-fd')).output).toContain('no fd 3');
  });
});

describeSandbox('seccomp architecture check (real kernel)', () => {
  const arch = seccompArchOf();
  const foreign = arch === 'x86_64' ? 'aarch64' : 'x86_64';
  const itNative = arch ? it : it.skip;

  const runWithFilter = (program: Buffer) =>
    new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string }>((resolve) => {
      const child = spawn(
        'bwrap',
        [...SECCOMP_BWRAP_ARGS, '--die-with-parent', '--ro-bind', '/', '/', '--dev', '/dev', '--unshare-user', '--unshare-pid', '--proc', '/proc', '--', 'echo', 'ran'],
        { stdio: ['ignore', 'pipe', 'pipe', 'pipe'] },
      );
      sendSeccompProgram(child, program);
      let stdout = '';
      child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
      child.on('close', (code, signal) => resolve({ code, signal, stdout }));
    });

  itNative('a filter for this machine lets ordinary commands run', async () => {
    const r = await runWithFilter(buildSeccompFilter({ networkAccess: false }, arch));
    expect(r).toEqual({ code: 0, signal: null, stdout: 'ran\n' });
  });

  itNative('a process whose audit arch the filter does not know is killed before it runs anything', async () => {
    // This machine's syscalls carry its own audit arch: under the other arch's filter the very
    // first one (bwrap's execve of the command) must be killed, exactly as an i386 syscall would.
    const r = await runWithFilter(buildSeccompFilter({ networkAccess: true }, foreign));
    expect(r.stdout).toBe('');
    expect(r.code).not.toBe(0);
  });
});

