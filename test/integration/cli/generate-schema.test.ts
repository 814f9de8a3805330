import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../../support/cli-run';

describe('generate-json-schema / generate-ts subcommands (built bundle)', () => {
  it('write DIR/protocol.schema.json and DIR/protocol.ts; the TypeScript compiles under --strict', async () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'codex-schema-')), 'nested', 'dir');
    const json = await runCli(['generate-json-schema', '--out', out]);
    expect(json).toMatchObject({ code: 0, stderr: '' });
    const schema = JSON.parse(fs.readFileSync(path.join(out, 'protocol.schema.json'), 'utf8'));
    expect(Object.keys(schema.$defs)).toEqual(expect.arrayContaining(['ClientRequest', 'ClientNotification', 'ServerRequest', 'ServerNotification', 'Results']));
    const ts = await runCli(['generate-ts', '--out', out]);
    expect(ts).toMatchObject({ code: 0, stderr: '' });
    const tsc = path.join(__dirname, '..', '..', '..', 'node_modules', 'typescript', 'bin', 'tsc');
    execFileSync(process.execPath, [tsc, '--noEmit', '--strict', path.join(out, 'protocol.ts')]);
  });

  it('without --out they refuse and say so', async () => {
    const r = await runCli(['generate-ts']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain("required option '--out <dir>'");
  });
});
