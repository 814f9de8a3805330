import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { EventHub } from '../../../src/core/event-hub';
import { environmentContextText } from '../../../src/core/environment-context';
import { discoverProjectDocPaths } from '../../../src/core/project-doc';
import { durationFromMs, execOutputForModel, MODEL_FORMAT_MAX_BYTES, truncateForModel } from '../../../src/core/tools/exec-output';
import { rustLines } from '../../../src/apply-patch/rust-compat';
import { userInputToResponseItem } from '../../../src/core/user-input';
import { lastAssistantMessage, withAbortedCallOutputs } from '../../../src/core/turn-task';
import type { Event } from '../../../src/protocol/events';
import { MemoryLoggerFactory } from '../../support/test-logger';
import { tempDir } from './core-fakes';

describe('environment context', () => {
  it('matches the reference text', () => {
    expect(environmentContextText('/w', 'never', { mode: 'danger-full-access' })).toBe(
      '<environment_context>\n  <cwd>/w</cwd>\n  <approval_policy>never</approval_policy>\n  <sandbox_mode>danger-full-access</sandbox_mode>\n  <network_access>enabled</network_access>\n</environment_context>',
    );
    expect(environmentContextText('/w', 'untrusted', { mode: 'workspace-write', network_access: true })).toContain('<network_access>enabled</network_access>');
    expect(environmentContextText('/w', 'on-failure', { mode: 'workspace-write' })).toContain(
      '<approval_policy>on-failure</approval_policy>\n  <sandbox_mode>workspace-write</sandbox_mode>\n  <network_access>restricted</network_access>',
    );
  });
});

describe('exec output for the model', () => {
  it('formats the JSON with serde-like numbers', () => {
    expect(execOutputForModel('hi\n', 0, 0)).toBe('{"output":"hi\\n","metadata":{"exit_code":0,"duration_seconds":0.0}}');
    expect(execOutputForModel('', 1, 1234)).toBe('{"output":"","metadata":{"exit_code":1,"duration_seconds":1.2}}');
    expect(execOutputForModel('', -1, 3000)).toBe('{"output":"","metadata":{"exit_code":-1,"duration_seconds":3.0}}');
    expect(execOutputForModel('"q"', 0, 320)).toBe('{"output":"\\"q\\"","metadata":{"exit_code":0,"duration_seconds":0.3}}');
  });

  it('leaves short output alone', () => {
    const text = 'a\n'.repeat(256);
    expect(truncateForModel(text)).toBe(text);
  });

  it('cuts by bytes when lines are long: head within its 5 KiB budget, then the marker (upstream: no tail when all lines fit the head)', () => {
    const lines = Array.from({ length: 100 }, (_, i) => `${String(i).padStart(3, '0')}${'x'.repeat(197)}`);
    const out = truncateForModel(lines.join('\n') + '\n');
    expect(out.startsWith('000xx')).toBe(true);
    expect(out.endsWith('\n[... omitted 0 of 100 lines ...]\n\n')).toBe(true);
    expect(Buffer.byteLength(out)).toBe(5 * 1024 + Buffer.byteLength('\n[... omitted 0 of 100 lines ...]\n\n'));
  });

  it('keeps head and tail within 10 KiB when there are many long lines', () => {
    const lines = Array.from({ length: 400 }, (_, i) => `${String(i).padStart(3, '0')}${'y'.repeat(97)}`);
    const out = truncateForModel(lines.join('\n'));
    expect(Buffer.byteLength(out)).toBeLessThanOrEqual(MODEL_FORMAT_MAX_BYTES);
    expect(out.startsWith('000yy')).toBe(true);
    expect(out).toContain('\n[... omitted 144 of 400 lines ...]\n\n');
    expect(out.endsWith('399' + 'y'.repeat(97))).toBe(true);
  });

  it('never splits a multi-byte character', () => {
    const out = truncateForModel('é'.repeat(20000));
    expect(out).not.toContain('\uFFFD');
    expect(Buffer.byteLength(out)).toBeLessThanOrEqual(MODEL_FORMAT_MAX_BYTES);
  });

  it('splits lines like Rust', () => {
    expect(rustLines('a\r\nb\n')).toEqual(['a', 'b']);
    expect(rustLines('a\n\n')).toEqual(['a', '']);
    expect(rustLines('')).toEqual([]);
  });

  it('converts durations', () => {
    expect(durationFromMs(1500.25)).toEqual({ secs: 1, nanos: 500250000 });
  });
});

describe('user input', () => {
  it('turns text, image urls and local images into one user message', async () => {
    const dir = await tempDir();
    const png = path.join(dir, 'pic.png');
    await fs.writeFile(png, Buffer.from([1, 2, 3]));
    const item = await userInputToResponseItem([
      { type: 'text', text: 'look' },
      { type: 'image', image_url: 'data:image/jpeg;base64,AAA' },
      { type: 'localImage', path: png },
      { type: 'localImage', path: path.join(dir, 'missing.png') },
    ]);
    expect(item).toEqual({
      type: 'message',
      id: null,
      role: 'user',
      content: [
        { type: 'input_text', text: 'look' },
        { type: 'input_image', image_url: 'data:image/jpeg;base64,AAA' },
        { type: 'input_image', image_url: 'data:image/png;base64,AQID' },
      ],
    });
    await fs.rm(dir, { recursive: true, force: true });
  });
});

describe('project docs', () => {
  it('outside a git repository only the cwd is searched', async () => {
    const root = await tempDir();
    const sub = path.join(root, 'a');
    await fs.mkdir(sub);
    await fs.writeFile(path.join(root, 'AGENTS.md'), 'parent');
    await fs.writeFile(path.join(sub, 'AGENTS.md'), 'child');
    expect(await discoverProjectDocPaths(sub)).toEqual([path.join(sub, 'AGENTS.md')]);
    await fs.mkdir(path.join(root, '.git'));
    expect(await discoverProjectDocPaths(sub)).toEqual([path.join(root, 'AGENTS.md'), path.join(sub, 'AGENTS.md')]);
    await fs.rm(root, { recursive: true, force: true });
  });
});

describe('event hub', () => {
  it('live listeners see new events only and do not drain the buffer', () => {
    const hub = new EventHub(new MemoryLoggerFactory().get('t'));
    const ev = (id: string): Event => ({ id, msg: { type: 'shutdown_complete' } });
    hub.emit(ev('1'));
    const live: string[] = [];
    hub.subscribeLive((e) => live.push(e.id));
    hub.emit(ev('2'));
    expect(live).toEqual(['2']);
    const first: string[] = [];
    hub.subscribe((e) => first.push(e.id));
    expect(first).toEqual(['1', '2']);
    hub.emit(ev('3'));
    expect(first).toEqual(['1', '2', '3']);
    expect(live).toEqual(['2', '3']);
  });
});

describe('history helpers', () => {
  it('answers tool calls that never got an output with "aborted", right after the call', () => {
    const input = withAbortedCallOutputs([
      { type: 'function_call', name: 'shell', arguments: '{}', call_id: 'a' },
      { type: 'function_call', name: 'shell', arguments: '{}', call_id: 'b' },
      { type: 'function_call_output', call_id: 'b', output: 'ok' },
    ]);
    expect(input.map((i) => `${i.type}:${'call_id' in i ? i.call_id : ''}${i.type === 'function_call_output' ? `=${i.output}` : ''}`)).toEqual([
      'function_call:a',
      'function_call_output:a=aborted',
      'function_call:b',
      'function_call_output:b=ok',
    ]);
  });

  it('finds the last assistant text', () => {
    expect(lastAssistantMessage([])).toBeNull();
    expect(
      lastAssistantMessage([
        { type: 'message', role: 'assistant', content: [{ type: 'output_text', text: 'one' }] },
        { type: 'reasoning', id: 'r', summary: [] },
      ]),
    ).toBe('one');
  });
});
