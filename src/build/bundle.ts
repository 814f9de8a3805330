/**
 * Build step: bundles dist/cli/main.js into the single shipped file dist/codex-mcp-server.js.
 * Run by `npm run build` after tsc; never part of the bundle itself.
 *
 * The file is the code-cache prelude (code-cache-prelude.ts) followed by the application in a
 * comment, so a start parses only the prelude and compiles the application from V8's code cache.
 * The application text is made pure ASCII first: V8 keeps a source with any other character as
 * two bytes a character, which doubled the memory the 2 MB source takes.
 */
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { messageOf } from '../common/errors';
import { APP_MARK, runBundle } from './code-cache-prelude';
import { withoutCommentEnds } from './comment-ends';
import { LAZY_BUILTIN_BANNER, lazyBuiltinsPlugin } from './lazy-builtins';

/** Every non-ASCII UTF-16 unit as `\uXXXX`, which means the same in strings, templates, regexes and identifiers. */
export function asciiOnly(code: string): string {
  return code.replace(/[\u0080-\uffff]/g, (c, offset: number) => {
    // `\é` (an identity escape) would turn into an escaped backslash: refuse rather than change meaning.
    let slashes = 0;
    for (let i = offset - 1; i >= 0 && code[i] === '\\'; i--) slashes++;
    if (slashes % 2 === 1) throw new Error(`bundle: cannot escape the character after a backslash at offset ${offset}`);
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

/**
 * The shipped file: shebang, prelude, and the call that runs the application through it, whose
 * last argument is a function whose body is the application in a block comment. Node compiles
 * only the prelude: skipping a comment is cheaper than scanning and interning a 1 MB string
 * literal (several ms a start), and the prelude takes the text back from that function's source.
 * The application is first rewritten to hold no `*` + `/` (comment-ends.ts), so that text is
 * the source V8 compiles as it is: a slice of what Node read, not a copy.
 */
export function shippedFile(app: string): string {
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${withoutCommentEnds(app)}\n})`;
  const key = createHash('sha256').update(wrapped).digest('hex').slice(0, 16);
  return [
    '#!/usr/bin/env node',
    '"use strict";',
    `${runBundle.toString()}`,
    `${runBundle.name}(module, require, ${JSON.stringify(key)}, function () {`,
    `/*${APP_MARK}`,
    `${wrapped}*/`,
    '});',
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '..', '..');
  const result = await build({
    entryPoints: [path.join(root, 'dist/cli/main.js')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    charset: 'ascii',
    banner: { js: LAZY_BUILTIN_BANNER },
    plugins: [lazyBuiltinsPlugin()],
    // Readable output (module comments, one statement a line, original names) for profiling:
    // CODEX_BUNDLE_READABLE=1. Short local names make the file a third smaller, and every start
    // reads, scans and keeps it. Nothing may depend on a function's or class's `name`; keepNames
    // would restore them with a call per function, which costs more at start than it saves.
    minifyWhitespace: process.env.CODEX_BUNDLE_READABLE !== '1',
    minifyIdentifiers: process.env.CODEX_BUNDLE_READABLE !== '1',
    minifySyntax: process.env.CODEX_BUNDLE_READABLE !== '1',
    write: false,
    logLevel: 'warning',
    outfile: path.join(root, 'dist/codex-mcp-server.js'),
  });
  const app = asciiOnly(result.outputFiles[0].text.replace(/^#!.*\n/, ''));
  const out = path.join(root, 'dist/codex-mcp-server.js');
  fs.writeFileSync(out, shippedFile(app), { mode: 0o755 });
}

if (require.main === module) {
  main().catch((e: unknown) => {
    process.stderr.write(`bundle: ${messageOf(e)}\n`);
    process.exit(1);
  });
}
