import { isLikelySandboxDenied, type DenialEvidence } from '../../../src/exec/sandbox/sandbox-denial';

const evidence = (e: Partial<DenialEvidence>): DenialEvidence => ({
  sandboxed: true,
  networkDisabled: true,
  exitCode: 1,
  stdout: '',
  stderr: '',
  aggregatedOutput: '',
  ...e,
});

describe('isLikelySandboxDenied', () => {
  it.each([
    "touch: cannot touch 'sandboxed.txt': Permission denied",
    "touch: cannot touch '/work/x': Read-only file system",
    'mkdir: cannot create directory: Operation not permitted',
    'error: failed to write file',
  ])('a sandboxed failure saying %j is a denial', (stderr) => {
    expect(isLikelySandboxDenied(evidence({ stderr }))).toBe(true);
    expect(isLikelySandboxDenied(evidence({ stdout: stderr.toUpperCase() }))).toBe(true);
  });

  it.each([
    'connect ENETUNREACH 1.1.1.1:80',
    'curl: (6) Could not resolve host: example.com',
    'ping: example.com: Temporary failure in name resolution',
    'getaddrinfo EAI_AGAIN registry.npmjs.org',
  ])('a network failure %j is a denial only when the sandbox cut the network', (stderr) => {
    expect(isLikelySandboxDenied(evidence({ stderr }))).toBe(true);
    expect(isLikelySandboxDenied(evidence({ stderr, networkDisabled: false }))).toBe(false);
  });

  it('success, unsandboxed runs and unrelated failures are not denials', () => {
    expect(isLikelySandboxDenied(evidence({ exitCode: 0, stderr: 'Permission denied' }))).toBe(false);
    expect(isLikelySandboxDenied(evidence({ sandboxed: false, stderr: 'Permission denied' }))).toBe(false);
    expect(isLikelySandboxDenied(evidence({ stderr: 'error: test failed' }))).toBe(false);
    expect(isLikelySandboxDenied(evidence({ exitCode: 127, stderr: 'sh: foo: not found' }))).toBe(false);
  });
});
