/**
 * Build step: Node built-ins that `initialize` never needs are loaded on first use, not at start.
 * Loading crypto, http, https, child_process, readline and fs/promises at start cost about a
 * tenth of a cached start (their own modules and what they pull in: tls, dgram, watchers...),
 * and every service module imports one at its top.
 *
 * The esbuild plugin rewrites each module-level `x = require("node:crypto")` (and the
 * `__importStar(require(...))` form tsc emits for `import * as`) into a stand-in that requires
 * the module on the first property read. tsc's named imports read the property at each call
 * (`(0, node_crypto_1.randomUUID)()`), so the stand-in is enough for them and for namespaces.
 *
 * Every other built-in's `__importStar(require(...))` becomes the plain `require(...)`: the
 * namespace copy tsc makes holds a getter closure per export (about a hundred for node:fs), and
 * the bundle made forty of them at start, all kept for the life of the process. A built-in is a
 * plain object, so reading its properties directly means the same.
 */
import * as fs from 'node:fs';
import { builtinModules } from 'node:module';
import type { Plugin } from 'esbuild';

/** The built-ins loaded on first use. */
export const LAZY_BUILTINS = ['crypto', 'child_process', 'http', 'https', 'readline', 'fs/promises', 'url', 'zlib', 'tls'];

/** Defines `__lazyBuiltin` at the top of the bundle: a stand-in that loads its module on first use. */
export const LAZY_BUILTIN_BANNER =
  'var __lazyBuiltin=(name)=>{let m;const load=()=>m||(m=require(name));return new Proxy({},{' +
  "get:(_,k)=>k==='__esModule'?undefined:k==='default'?load():load()[k]," +
  'has:(_,k)=>k in load(),ownKeys:()=>Reflect.ownKeys(load()),' +
  'getOwnPropertyDescriptor:(_,k)=>{const d=Object.getOwnPropertyDescriptor(load(),k);if(d)d.configurable=true;return d;}});};';

const names = `(?:node:)?(?:${LAZY_BUILTINS.map((n) => n.replace('/', '\\/')).join('|')})`;
const STAR_REQUIRE = new RegExp(`= __importStar\\(require\\((["'])(${names})\\1\\)\\)`, 'g');
const PLAIN_REQUIRE = new RegExp(`= require\\((["'])(${names})\\1\\)`, 'g');
const builtins = `(?:node:)?(?:${builtinModules.join('|')})`;
const STAR_BUILTIN = new RegExp(`= __importStar\\(require\\((["'])(${builtins})\\1\\)\\)`, 'g');

/**
 * `source` with every module-level require of a lazy built-in turned into `__lazyBuiltin(...)`,
 * and every other built-in's namespace import into the module itself.
 */
export function lazyRequires(source: string): string {
  return source
    .replace(STAR_REQUIRE, '= __lazyBuiltin("$2")')
    .replace(PLAIN_REQUIRE, '= __lazyBuiltin("$2")')
    .replace(STAR_BUILTIN, '= require($1$2$1)');
}

/** The esbuild plugin applying `lazyRequires` to every JavaScript file of the bundle. */
export function lazyBuiltinsPlugin(): Plugin {
  return {
    name: 'lazy-builtins',
    setup(build) {
      build.onLoad({ filter: /\.js$/ }, (args) => ({ contents: lazyRequires(fs.readFileSync(args.path, 'utf8')), loader: 'js' }));
    },
  };
}
