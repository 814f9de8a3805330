import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { McpProcess } from '../../support/mcp-process';

// What a stdio start loads before it answers `initialize`: the built-ins that only turns, logins
// and the HTTP front end use are loaded on first use (src/build/lazy-builtins.ts), the HTTP
// front end's code not at all, and node:zlib not for the code cache's CRC. A preload records Node's module list at the first stdout write,
// which is the initialize answer.
describe('a stdio start', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lazy-start-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('answers initialize without loading http, https, tls, crypto, child_process, readline, fs/promises or zlib', async () => {
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
    for (const name of ['http', 'https', 'tls', 'crypto', 'child_process', 'readline', 'fs/promises', 'dgram', 'zlib']) {
      expect([name, loaded.has(`NativeModule ${name}`)]).toEqual([name, false]);
    }
  });

  // The same start through tsc's unbundled output, where Node's require cache names every module:
  // the agent core, auth, config, model and exec implementations load with the first request
  // that needs them (src/common/deferred-bindings.ts), not with initialize; the CLI subcommands
  // not at all (src/cli/program.ts), nor the conversation and auth APIs' DTOs (src/protocol/methods.ts).
  test('answers initialize before loading the core, auth, config, model and exec implementations, and never loads the subcommands', async () => {
    const preload = path.join(dir, 'record.js');
    const atInit = path.join(dir, 'at-initialize.json');
    const atExit = path.join(dir, 'at-exit.json');
    fs.writeFileSync(
      preload,
      `const fs = require('fs'); const write = process.stdout.write;
       const modules = () => JSON.stringify(Object.keys(require.cache));
       process.stdout.write = function (...args) { process.stdout.write = write;
         fs.writeFileSync(${JSON.stringify(atInit)}, modules()); return write.apply(this, args); };
       process.on('exit', () => fs.writeFileSync(${JSON.stringify(atExit)}, modules()));`,
    );
    const entry = path.join(__dirname, '..', '..', '..', 'dist', 'cli', 'main.js');
    const mcp = await McpProcess.start({ entry, env: { NODE_OPTIONS: `--require ${preload}` } });
    try {
      await mcp.initialize();
      // A request that needs them: the conversation API makes the manager, which reads the config.
      expect((await mcp.call('newConversation', { cwd: dir })).result).toHaveProperty('conversationId');
    } finally {
      await mcp.close();
    }
    const distModules = (file: string) =>
      new Set((JSON.parse(fs.readFileSync(file, 'utf8')) as string[]).filter((m) => m.includes(`${path.sep}dist${path.sep}`)).map((m) => m.split(`${path.sep}dist${path.sep}`)[1]));
    const deferred = [
      'core/conversation-manager.js',
      'core/conversation-impl.js',
      'core/tools/shell-tool.js',
      'apply-patch/apply-patch.js',
      'auth/auth-manager-impl.js',
      'config/config-service-impl.js',
      'config/config-toml-dtos.js',
      'model/model-client-factory.js',
      'exec/process-runner.js',
      'cli/doctor-checks.js',
      'cli/login-command.js',
      'cli/logout-command.js',
      'cli/status-command.js',
      'cli/doctor-command.js',
      'cli/acp-command.js',
      'cli/generate-command.js',
      'protocol/dto/conversation-dtos.js',
      'protocol/dto/auth-dtos.js',
    ];
    const initial = distModules(atInit);
    // The recorder works: what answering initialize needs is in the list.
    expect(initial.has('server/message-processor.js')).toBe(true);
    for (const m of deferred) expect([m, initial.has(m)]).toEqual([m, false]);
    const later = distModules(atExit);
    for (const m of ['core/conversation-manager.js', 'core/conversation-impl.js', 'config/config-service-impl.js', 'model/model-client-factory.js', 'protocol/dto/conversation-dtos.js']) {
      expect([m, later.has(m)]).toEqual([m, true]);
    }
  });
});
