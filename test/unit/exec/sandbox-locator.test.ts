import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { SandboxUnavailableError } from '../../../src/exec/exec-types';
import { findOnPath, SandboxLocatorImpl } from '../../../src/exec/sandbox/sandbox-locator';
import { MemoryLoggerFactory } from '../../support/test-logger';

describe('SandboxLocatorImpl', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sandbox-locator-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('a configured helper that does not exist is unavailable, with a clear message', async () => {
    const locator = new SandboxLocatorImpl(new MemoryLoggerFactory());
    const missing = path.join(dir, 'bwrap');
    await expect(locator.resolve(missing)).rejects.toBeInstanceOf(SandboxUnavailableError);
    await expect(locator.resolve(missing)).rejects.toThrow(
      `sandbox unavailable: bubblewrap (bwrap) not found at ${missing} (codex_linux_sandbox_exe); install it or set sandbox_mode = "danger-full-access"`,
    );
    expect(await locator.isAvailable(missing)).toBe(false);
  });

  it('no bwrap on PATH is unavailable, with the documented message', async () => {
    const savedPath = process.env.PATH;
    process.env.PATH = dir;
    try {
      const locator = new SandboxLocatorImpl(new MemoryLoggerFactory());
      await expect(locator.resolve()).rejects.toThrow(
        'sandbox unavailable: bubblewrap (bwrap) not found on PATH; install it or set sandbox_mode = "danger-full-access"',
      );
    } finally {
      process.env.PATH = savedPath;
    }
  });

  it('a helper that cannot build the sandbox is unavailable, and the probe runs once', async () => {
    const fake = path.join(dir, 'fake-bwrap');
    const count = path.join(dir, 'count');
    fs.writeFileSync(fake, `#!/bin/sh\necho x >> '${count}'\necho 'bwrap: No permissions to create new namespace' >&2\nexit 1\n`, { mode: 0o755 });
    const logs = new MemoryLoggerFactory();
    const locator = new SandboxLocatorImpl(logs);
    await expect(locator.resolve(fake)).rejects.toThrow(
      `sandbox unavailable: ${fake} cannot create a sandbox (bwrap: No permissions to create new namespace)`,
    );
    await expect(locator.resolve(fake)).rejects.toBeInstanceOf(SandboxUnavailableError);
    expect(await locator.isAvailable(fake)).toBe(false);
    expect(fs.readFileSync(count, 'utf8')).toBe('x\n');
    expect(logs.lines.some((l) => l.startsWith('warn [sandbox] sandbox unavailable'))).toBe(true);
  });

  it('the probe hands the helper a seccomp program on fd 3 (--seccomp 3)', async () => {
    const fake = path.join(dir, 'seccomp-bwrap');
    const seen = path.join(dir, 'seen');
    // Exits 0 only when asked for --seccomp 3 and fd 3 holds whole 8-byte BPF instructions.
    fs.writeFileSync(
      fake,
      `#!/bin/sh\n[ "$1" = --seccomp ] && [ "$2" = 3 ] || exit 1\nn=$(wc -c <&3)\necho $n > '${seen}'\n[ $n -gt 0 ] && [ $((n % 8)) -eq 0 ]\n`,
      { mode: 0o755 },
    );
    const locator = new SandboxLocatorImpl(new MemoryLoggerFactory());
    await expect(locator.resolve(fake)).resolves.toBe(fake);
    expect(Number(fs.readFileSync(seen, 'utf8')) % 8).toBe(0);
  });

  it('a helper whose probe succeeds is used', async () => {
    const fake = path.join(dir, 'ok-bwrap');
    fs.writeFileSync(fake, '#!/bin/sh\nexit 0\n', { mode: 0o755 });
    const locator = new SandboxLocatorImpl(new MemoryLoggerFactory());
    await expect(locator.resolve(fake)).resolves.toBe(fake);
  });
});

describe('findOnPath', () => {
  it('finds the first executable file of that name', () => {
    const a = fs.mkdtempSync(path.join(os.tmpdir(), 'path-a-'));
    const b = fs.mkdtempSync(path.join(os.tmpdir(), 'path-b-'));
    try {
      fs.writeFileSync(path.join(a, 'tool'), 'not executable', { mode: 0o644 });
      fs.mkdirSync(path.join(a, 'dir-tool'));
      fs.writeFileSync(path.join(b, 'tool'), '#!/bin/sh\n', { mode: 0o755 });
      expect(findOnPath('tool', [a, '', b].join(path.delimiter))).toBe(path.join(b, 'tool'));
      expect(findOnPath('dir-tool', a)).toBeUndefined();
      expect(findOnPath('tool', undefined)).toBeUndefined();
      expect(findOnPath('bwrap', '/nonexistent-dir')).toBeUndefined();
    } finally {
      fs.rmSync(a, { recursive: true, force: true });
      fs.rmSync(b, { recursive: true, force: true });
    }
  });
});
