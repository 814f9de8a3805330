import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { protocolJsonSchema } from '../../../src/protocol/schema/protocol-schema';
import { runCli } from '../../support/cli-run';

const ROOT = path.join(__dirname, '..', '..', '..');
/** A generated file without its first (version) line. */
const body = (text: string) => text.slice(text.indexOf('\n') + 1);

describe('generate-json-schema / generate-ts subcommands (built bundle)', () => {
  it('write DIR/protocol.schema.json and DIR/protocol.ts; the TypeScript compiles under --strict', async () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'codex-schema-')), 'nested', 'dir');
    const json = await runCli(['generate-json-schema', '--out', out]);
    expect(json).toMatchObject({ code: 0, stderr: '' });
    const schema = JSON.parse(fs.readFileSync(path.join(out, 'protocol.schema.json'), 'utf8'));
    expect(Object.keys(schema.$defs)).toEqual(expect.arrayContaining(['ClientRequest', 'ClientNotification', 'ServerRequest', 'ServerNotification', 'Results']));
    const ts = await runCli(['generate-ts', '--out', out]);
    expect(ts).toMatchObject({ code: 0, stderr: '' });
    const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    execFileSync(process.execPath, [tsc, '--noEmit', '--strict', path.join(out, 'protocol.ts')]);
  });

  it('write what the method table says and what the package ships as codex-mcp-server/protocol (the build wrote dist/protocol)', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'codex-schema-'));
    await runCli(['generate-json-schema', '--out', out]);
    await runCli(['generate-ts', '--out', out]);
    const written = fs.readFileSync(path.join(out, 'protocol.schema.json'), 'utf8');
    // Whatever else the bundle loads (the ACP front end), the schema is the table's alone.
    expect(JSON.parse(written)).toEqual(protocolJsonSchema());
    expect(fs.readFileSync(path.join(ROOT, 'dist', 'protocol', 'protocol.schema.json'), 'utf8')).toBe(written);
    const types = body(fs.readFileSync(path.join(out, 'protocol.ts'), 'utf8'));
    expect(body(fs.readFileSync(path.join(ROOT, 'dist', 'protocol', 'index.d.ts'), 'utf8')).startsWith(types)).toBe(true);
  });

  it('without --out they refuse and say so', async () => {
    const r = await runCli(['generate-ts']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain("required option '--out <dir>'");
  });
});
