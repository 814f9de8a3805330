import { spawnSync } from 'node:child_process';
import { LAZY_BUILTIN_BANNER, lazyRequires } from '../../../src/build/lazy-builtins';

describe('lazy built-ins', () => {
  test('rewrites module-level requires of lazy built-ins, in both forms tsc emits, and namespace imports of the others', () => {
    const src = [
      'const node_crypto_1 = require("node:crypto");',
      'const http = __importStar(require("node:http"));',
      "const childProcess = require('child_process');",
      'const fsp = __importStar(require("node:fs/promises"));',
      'const path = require("node:path");',
      'const x = __importStar(require("node:os"));',
      "const y = __importStar(require('events'));",
      'const z = __importStar(require("./local"));',
      'const w = __importStar(require("winston"));',
    ].join('\n');
    expect(lazyRequires(src).split('\n')).toEqual([
      'const node_crypto_1 = __lazyBuiltin("node:crypto");',
      'const http = __lazyBuiltin("node:http");',
      'const childProcess = __lazyBuiltin("child_process");',
      'const fsp = __lazyBuiltin("node:fs/promises");',
      'const path = require("node:path");',
      'const x = require("node:os");',
      "const y = require('events');",
      'const z = __importStar(require("./local"));',
      'const w = __importStar(require("winston"));',
    ]);
  });

  // The stand-in, run in a real Node: nothing is loaded until a property is read, then it is the module.
  test('loads the module on the first property read and behaves as it', () => {
    const script = `${LAZY_BUILTIN_BANNER}
      const before = process.moduleLoadList.includes('NativeModule readline');
      const rl = __lazyBuiltin('node:readline');
      const still = process.moduleLoadList.includes('NativeModule readline');
      const fn = rl.createInterface;
      const after = process.moduleLoadList.includes('NativeModule readline');
      const ns = __lazyBuiltin('node:zlib');
      process.stdout.write(JSON.stringify([before, still, after, typeof fn, fn === require('node:readline').createInterface,
        'crc32' in ns, ns.__esModule, ns.default === require('node:zlib'), Object.keys(ns).includes('gzipSync')]));`;
    const res = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect(res.stderr).toBe('');
    expect(JSON.parse(res.stdout)).toEqual([false, false, true, 'function', true, true, null, true, true]);
  });
});
