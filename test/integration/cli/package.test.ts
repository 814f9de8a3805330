import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
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

  it('holds the bundle, the example config and the README only, and needs nothing at run time', () => {
    expect(files).toEqual(['README.md', 'config/config.example.toml', 'dist/codex-mcp-server.js', 'package.json']);
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
});
