import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { methodTables } from '../../../src/build/protocol-package';
import { protocolJsonSchema } from '../../../src/protocol/schema/protocol-schema';
import { runCli } from '../../support/cli-run';
import { mcpHandshake } from '../../support/mcp-handshake';

const run = promisify(execFile);
const ROOT = path.join(__dirname, '..', '..', '..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  dependencies?: Record<string, string>;
  bin: Record<string, string>;
};
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const TSC = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');

/** The README's example of `codex-mcp-server/protocol`: the ts block of its section. */
function readmeProtocolExample(): string {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const m = /^### Protocol types for clients[^\n]*\n[\s\S]*?^```ts\n([\s\S]*?)^```$/m.exec(readme);
  if (!m) throw new Error('README has no ts example under "### Protocol types for clients"');
  return m[1];
}

/** A consumer's file: every message kind, typed lookups, and errors that must stay errors. */
const CONSUMER_TS = `
import type { ClientNotification, ClientRequest, EventMsg, EventMsgOf, ParamsOf, ResultOf, Results, ServerNotification, ServerRequest } from 'codex-mcp-server/protocol';
import { EVENT_MSG_TYPES, METHODS, protocolSchema } from 'codex-mcp-server/protocol';

export const request: ClientRequest = { jsonrpc: '2.0', id: 1, method: 'newConversation', params: { model: 'o3', sandbox: 'read-only' } };
// @ts-expect-error not a method of this server
export const unknownMethod: ClientRequest = { jsonrpc: '2.0', id: 2, method: 'noSuchMethod' };
export const initialized: ClientNotification = { jsonrpc: '2.0', method: 'notifications/initialized' };
export const question: ServerRequest = {
  jsonrpc: '2.0',
  id: 0,
  method: 'execCommandApproval',
  params: { conversation_id: 'c', call_id: 'x', command: ['ls'], cwd: '/' },
};
export const answer: ResultOf<'execCommandApproval'> = { decision: 'approved_for_session' };
// @ts-expect-error not a review decision
export const badAnswer: Results['execCommandApproval'] = { decision: 'maybe' };
export function turnItems(r: ClientRequest): ParamsOf<'sendUserTurn'>['items'] {
  return r.method === 'sendUserTurn' ? r.params.items : [];
}
export const created: Results['newConversation'] = { conversationId: 'c', model: 'o3', rolloutPath: '/r' };
export function describe(n: ServerNotification): string {
  if (n.method === 'codex/event') return n.params.msg.type;
  if (n.method === 'codex/event/task_complete') return n.params.msg.last_agent_message ?? '';
  return n.method;
}
export const done: EventMsgOf<'task_complete'> = { type: 'task_complete', last_agent_message: null };
export const anyEvent: EventMsg = { type: 'agent_message_delta', delta: 'hi' };
export const first: 'initialize' = METHODS.clientRequests[0];
export const eventTypes: readonly EventMsg['type'][] = EVENT_MSG_TYPES;
export const definitions: number = Object.keys(protocolSchema.$defs).length;
`;

/**
 * What a user gets from `npm pack`: the tarball installs with no registry (the bundle carries
 * every library) and its command serves MCP. `npm test` has built dist/ already.
 */
describe('the npm package', () => {
  let work: string;
  let tarball: string;
  let files: string[];
  // A private, empty npm cache: `--offline` then proves that nothing is fetched.
  let npmEnv: NodeJS.ProcessEnv;
  beforeAll(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'codex-pack-'));
    npmEnv = { ...process.env, npm_config_cache: path.join(work, 'cache'), npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' };
    const { stdout } = await run(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { cwd: ROOT, env: npmEnv });
    const [info] = JSON.parse(stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
    tarball = path.join(work, info.filename);
    files = info.files.map((f) => f.path).sort();
  }, 60_000);
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  it('holds the bundle, the protocol entry, the example config and the README only, and needs nothing at run time', () => {
    expect(files).toEqual([
      'README.md',
      'config/config.example.toml',
      'dist/codex-mcp-server.js',
      'dist/protocol/index.d.ts',
      'dist/protocol/index.js',
      'dist/protocol/protocol.schema.json',
      'package.json',
    ]);
    expect(path.basename(tarball)).toBe(`${pkg.name}-${pkg.version}.tgz`);
    // The README's install line names this very tarball.
    expect(fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8')).toContain(`npm install -g ./${pkg.name}-${pkg.version}.tgz`);
    expect(pkg.bin).toEqual({ 'codex-mcp-server': 'dist/codex-mcp-server.js' });
    // Every library is inside the bundle: a runtime dependency would make installs reach the registry.
    expect(pkg.dependencies ?? {}).toEqual({});
  });

  it('installs offline into a fresh prefix; the installed command prints the version and serves MCP from an empty folder', async () => {
    const prefix = path.join(work, 'prefix');
    await run(npm, ['install', '--global', '--prefix', prefix, '--offline', tarball], { cwd: work, env: npmEnv });
    const bin = path.join(prefix, 'bin', 'codex-mcp-server');
    const empty = fs.mkdtempSync(path.join(work, 'empty-'));
    const version = await runCli(['--version'], { command: [bin], cwd: empty });
    expect(version).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
    const home = fs.mkdtempSync(path.join(work, 'home-'));
    const hs = await mcpHandshake([bin], { cwd: empty, env: { CODEX_HOME: home } });
    expect(hs.serverInfo).toMatchObject({ name: 'codex-mcp-server', version: pkg.version });
    expect(hs.tools).toEqual(expect.arrayContaining(['codex', 'codex-reply']));
    expect(hs.exitCode).toBe(0);
  }, 60_000);

  it('`npx -y ./<tarball> --version` works from a folder with nothing but the tarball', async () => {
    const folder = fs.mkdtempSync(path.join(work, 'npx-'));
    fs.copyFileSync(tarball, path.join(folder, path.basename(tarball)));
    const { stdout } = await run(npx, ['--offline', '-y', `./${path.basename(tarball)}`, '--version'], { cwd: folder, env: npmEnv });
    expect(stdout).toBe(`${pkg.version}\n`);
  }, 60_000);

  /**
   * The library boundary: a TypeScript project that installs the tarball and imports
   * `codex-mcp-server/protocol` type-checks under every module resolution a consumer may use,
   * and the runtime entry loads from CommonJS and ES modules with no dependencies.
   */
  describe('codex-mcp-server/protocol in a consumer project', () => {
    let project: string;
    beforeAll(async () => {
      project = fs.mkdtempSync(path.join(work, 'consumer-'));
      fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'consumer', version: '0.0.0', private: true }));
      await run(npm, ['install', '--offline', '--no-package-lock', tarball], { cwd: project, env: npmEnv });
      fs.writeFileSync(path.join(project, 'check.ts'), CONSUMER_TS);
      fs.writeFileSync(path.join(project, 'readme.ts'), readmeProtocolExample());
    }, 60_000);

    it.each([
      ['node16', { module: 'node16', moduleResolution: 'node16' }],
      ['bundler', { module: 'esnext', moduleResolution: 'bundler' }],
      ['node10 (typesVersions)', { module: 'commonjs', moduleResolution: 'node10' }],
    ])('type-checks an importer of every message kind, and the README example, with moduleResolution %s', async (_name, options) => {
      const config = { compilerOptions: { ...options, target: 'es2022', strict: true, noEmit: true, types: [] }, files: ['check.ts', 'readme.ts'] };
      fs.writeFileSync(path.join(project, 'tsconfig.json'), JSON.stringify(config));
      // tsc exits non-zero on any error, including an unused @ts-expect-error (types gone to `any`).
      await run(process.execPath, [TSC, '-p', 'tsconfig.json'], { cwd: project }).catch((e: { stdout?: string }) => {
        throw new Error(`tsc failed:\n${e.stdout ?? String(e)}`);
      });
    }, 60_000);

    it('the runtime entry holds the method table and the JSON schema of this source, from require and import', async () => {
      const expected = JSON.stringify({ ...methodTables(), defs: Object.keys(protocolJsonSchema().$defs as object) });
      const print = 'JSON.stringify({ METHODS: p.METHODS, EVENT_MSG_TYPES: p.EVENT_MSG_TYPES, defs: Object.keys(p.protocolSchema.$defs) })';
      const cjs = await run(process.execPath, ['-e', `const p = require('codex-mcp-server/protocol'); process.stdout.write(${print});`], { cwd: project });
      expect(cjs.stdout).toBe(expected);
      const esm = await run(
        process.execPath,
        ['--input-type=module', '-e', `import { METHODS, EVENT_MSG_TYPES, protocolSchema } from 'codex-mcp-server/protocol'; const p = { METHODS, EVENT_MSG_TYPES, protocolSchema }; process.stdout.write(${print});`],
        { cwd: project },
      );
      expect(esm.stdout).toBe(expected);
      const installed = path.join(project, 'node_modules', 'codex-mcp-server');
      expect(JSON.parse(fs.readFileSync(path.join(installed, 'dist', 'protocol', 'protocol.schema.json'), 'utf8'))).toEqual(protocolJsonSchema());
      // The schema file is importable on its own, and the bundle is still the package's main.
      const main = await run(process.execPath, ['-p', `require.resolve('codex-mcp-server/protocol/schema.json') + ' ' + require.resolve('codex-mcp-server')`], { cwd: project });
      expect(main.stdout.trim()).toBe(`${path.join(installed, 'dist', 'protocol', 'protocol.schema.json')} ${path.join(installed, 'dist', 'codex-mcp-server.js')}`);
    }, 60_000);
  });
});
