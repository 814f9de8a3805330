import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { McpProcess } from '../../support/mcp-process';

// What a stdio start loads before it answers `initialize`: the built-ins that only turns, logins
// and the HTTP front end use are loaded on first use (src/build/lazy-builtins.ts), and the HTTP
// front end's code not at all. A preload records Node's module list at the first stdout write,
// which is the initialize answer.
describe('a stdio start', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lazy-start-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('answers initialize without loading http, https, tls, crypto, child_process, readline or fs/promises', async () => {
    const preload = path.join(dir, 'record.js');
    const out = path.join(dir, 'modules.json');
    fs.writeFileSync(
      preload,
      `const fs = require('fs'); const write = process.stdout.write;
       process.stdout.write = function (...args) { process.stdout.write = write;
         fs.writeFileSync(${JSON.stringify(out)}, JSON.stringify(process.moduleLoadList)); return write.apply(this, args); };`,
    );
    const mcp = await McpProcess.start({ env: { NODE_OPTIONS: `--require ${preload}` } });
    try {
      await mcp.initialize();
    } finally {
      await mcp.close();
    }
    const loaded = new Set(JSON.parse(fs.readFileSync(out, 'utf8')) as string[]);
    // The recorder works: what every start needs is in the list.
    expect(loaded.has('NativeModule net')).toBe(true);
    expect(loaded.has('NativeModule vm')).toBe(true);
    for (const name of ['http', 'https', 'tls', 'crypto', 'child_process', 'readline', 'fs/promises', 'dgram']) {
      expect([name, loaded.has(`NativeModule ${name}`)]).toEqual([name, false]);
    }
  });
});
