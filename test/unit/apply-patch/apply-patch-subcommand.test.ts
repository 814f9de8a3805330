import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { applyAction, verifyPatch } from '../../../src/apply-patch/apply-patch';
import { APPLY_PATCH_SUBCOMMAND, parseAppliedAction, runApplyPatchSubcommand } from '../../../src/apply-patch/apply-patch-subcommand';
import { parsePatchText } from '../../../src/apply-patch/parser';
import { SERVER_ENTRY } from '../../support/mcp-process';

let dir: string;
beforeEach(() => {
  dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'ap-sub-')));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const patchOf = (...body: string[]) => ['*** Begin Patch', ...body, '*** End Patch'].join('\n');
const verify = (text: string) => {
  const { patch, hunks } = parsePatchText(text);
  return verifyPatch(patch, hunks, dir);
};

async function run(input: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = new PassThrough();
  const err = new PassThrough();
  let stdout = '';
  let stderr = '';
  out.on('data', (d: Buffer) => (stdout += d.toString()));
  err.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await runApplyPatchSubcommand(Readable.from([Buffer.from(input)]), out, err);
  return { code, stdout, stderr };
}

describe('__apply-patch', () => {
  it('applies a verified action sent as JSON and prints what the in-process applier prints', async () => {
    fs.writeFileSync(path.join(dir, 'a.txt'), 'one\n');
    const action = await verify(patchOf('*** Update File: a.txt', '@@', '-one', '+two', '*** Add File: d/b.txt', '+bee'));
    const r = await run(JSON.stringify(action));
    expect(r).toEqual({ code: 0, stdout: 'Success. Updated the following files:\nA d/b.txt\nM a.txt\n', stderr: '' });
    expect(fs.readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe('two\n');
    expect(fs.readFileSync(path.join(dir, 'd', 'b.txt'), 'utf8')).toBe('bee\n');
  });

  it('writes what was verified, all or nothing, with the in-process failure text', async () => {
    fs.writeFileSync(path.join(dir, 'a.txt'), 'one\n');
    fs.mkdirSync(path.join(dir, 'blocker'));
    fs.writeFileSync(path.join(dir, 'blocker', 'x'), '');
    const action = await verify(patchOf('*** Update File: a.txt', '@@', '-one', '+two', '*** Add File: blocker', '+not a dir'));
    const inProcess = await applyAction(JSON.parse(JSON.stringify(action)));
    fs.writeFileSync(path.join(dir, 'a.txt'), 'one\n');
    const r = await run(JSON.stringify(action));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(inProcess.stderr);
    expect(fs.readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe('one\n');
  });

  it('refuses input that is not a verified action', async () => {
    expect(await run('not json')).toMatchObject({ code: 2, stderr: expect.stringMatching(/^invalid apply_patch input/) });
    expect(parseAppliedAction(JSON.stringify({ cwd: dir, finalState: { 'rel.txt': 'x' }, summary: { added: [], modified: [], deleted: [] } }))).toMatch(/bad entry for rel\.txt/);
    expect(parseAppliedAction(JSON.stringify({ cwd: dir, finalState: {} }))).toMatch(/missing summary/);
  });

  it('is wired into the bundle and hidden from --help', () => {
    const help = spawnSync(process.execPath, [SERVER_ENTRY, '--help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).not.toContain(APPLY_PATCH_SUBCOMMAND);
    const bad = spawnSync(process.execPath, [SERVER_ENTRY, APPLY_PATCH_SUBCOMMAND], { input: '{}', encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('invalid apply_patch input: expected a verified patch\n');
  });
});
