import {
  buildSeccompFilter,
  decodeBpf,
  encodeBpf,
  seccompArchOf,
  seccompInstructions,
  type BpfInstruction,
  type SeccompArch,
} from '../../../src/exec/sandbox/seccomp-filter';

/**
 * A readable disassembly, written from the kernel's constants (not from the module's), so a wrong
 * constant in the module fails here: `ld [4]`, `jeq #0xc000003e, +0, +18`, `ret #0x50001`…
 */
function disassemble(program: BpfInstruction[]): string[] {
  return program.map(({ code, jt, jf, k }) => {
    const hex = `0x${k.toString(16)}`;
    switch (code) {
      case 0x20:
        return `ld [${k}]`;
      case 0x54:
        return `and #${hex}`;
      case 0x15:
        return `jeq #${hex}, +${jt}, +${jf}`;
      case 0x35:
        return `jge #${hex}, +${jt}, +${jf}`;
      case 0x06:
        return k === 0x7fff0000 ? 'ret ALLOW' : k === 0x80000000 ? 'ret KILL_PROCESS' : k === 0x50001 ? 'ret ERRNO(EPERM)' : `ret ${hex}`;
      default:
        return `?? ${code}`;
    }
  });
}

/** Run the program on one syscall, as the kernel would: returns the action it yields. */
function evaluate(program: BpfInstruction[], data: { arch: number; nr: number; args?: number[] }): number {
  const word = (off: number): number => {
    if (off === 0) return data.nr >>> 0;
    if (off === 4) return data.arch >>> 0;
    if (off >= 16 && (off - 16) % 8 === 0) return (data.args?.[(off - 16) / 8] ?? 0) >>> 0;
    throw new Error(`unexpected load offset ${off}`);
  };
  let acc = 0;
  for (let pc = 0; pc < program.length; pc++) {
    const { code, jt, jf, k } = program[pc];
    if (code === 0x20) acc = word(k);
    else if (code === 0x54) acc = (acc & k) >>> 0;
    else if (code === 0x15) pc += acc === k >>> 0 ? jt : jf;
    else if (code === 0x35) pc += acc >= k >>> 0 ? jt : jf;
    else if (code === 0x06) return k >>> 0;
    else throw new Error(`unknown opcode ${code}`);
  }
  throw new Error('fell off the end of the program');
}

const ALLOW = 0x7fff0000;
const EPERM = 0x50001;
const KILL = 0x80000000;
const X86_64 = 0xc000003e;
const AARCH64 = 0xc00000b7;
const I386 = 0x40000003;
const ARM = 0x40000028;

describe('seccomp filter', () => {
  it('x86_64 with the network off: exact program', () => {
    expect(disassemble(seccompInstructions('x86_64', { networkAccess: false }))).toEqual([
      'ld [4]',
      'jeq #0xc000003e, +0, +18', // foreign arch (i386, x32 via arch bits) → kill
      'ld [0]',
      'jge #0x40000000, +16, +0', // x32 syscall numbers → kill
      'jeq #0x29, +13, +0', // socket → EPERM, every family
      'jeq #0x35, +8, +0', // socketpair → type check
      'jeq #0x65, +11, +0', // ptrace
      'jeq #0xf8, +10, +0', // add_key
      'jeq #0xf9, +9, +0', // request_key
      'jeq #0xfa, +8, +0', // keyctl
      'jeq #0x1a9, +7, +0', // io_uring_setup
      'jeq #0x1aa, +6, +0', // io_uring_enter
      'jeq #0x1ab, +5, +0', // io_uring_register
      'ret ALLOW',
      'ld [24]', // socketpair type (low word of args[1])
      'and #0xf',
      'jeq #0x2, +1, +0', // SOCK_DGRAM
      'jeq #0x3, +0, +1', // SOCK_RAW
      'ret ERRNO(EPERM)',
      'ret ALLOW',
      'ret KILL_PROCESS',
    ]);
  });

  it('x86_64 with the network on: socket() checks the family', () => {
    const asm = disassemble(seccompInstructions('x86_64', { networkAccess: true }));
    expect(asm.slice(4, 6)).toEqual(['jeq #0x29, +9, +0', 'jeq #0x35, +10, +0']);
    expect(asm[1]).toBe('jeq #0xc000003e, +0, +20');
    expect(asm.slice(13, 17)).toEqual(['ret ALLOW', 'ld [16]', 'jeq #0x1, +4, +5', 'ld [24]']); // AF_UNIX → EPERM, else ALLOW
    expect(asm.slice(20)).toEqual(['ret ERRNO(EPERM)', 'ret ALLOW', 'ret KILL_PROCESS']);
  });

  it('aarch64: its own audit arch and syscall numbers, no x32 check', () => {
    expect(disassemble(seccompInstructions('aarch64', { networkAccess: false }))).toEqual([
      'ld [4]',
      'jeq #0xc00000b7, +0, +17',
      'ld [0]',
      'jeq #0xc6, +13, +0', // socket
      'jeq #0xc7, +8, +0', // socketpair
      'jeq #0x75, +11, +0', // ptrace
      'jeq #0xd9, +10, +0', // add_key
      'jeq #0xda, +9, +0', // request_key
      'jeq #0xdb, +8, +0', // keyctl
      'jeq #0x1a9, +7, +0',
      'jeq #0x1aa, +6, +0',
      'jeq #0x1ab, +5, +0',
      'ret ALLOW',
      'ld [24]',
      'and #0xf',
      'jeq #0x2, +1, +0',
      'jeq #0x3, +0, +1',
      'ret ERRNO(EPERM)',
      'ret ALLOW',
      'ret KILL_PROCESS',
    ]);
  });

  describe.each<[SeccompArch, number, { socket: number; socketpair: number; ptrace: number; ioUring: number; read: number }]>([
    ['x86_64', X86_64, { socket: 41, socketpair: 53, ptrace: 101, ioUring: 425, read: 0 }],
    ['aarch64', AARCH64, { socket: 198, socketpair: 199, ptrace: 117, ioUring: 425, read: 63 }],
  ])('%s decisions', (arch, auditArch, nr) => {
    const on = seccompInstructions(arch, { networkAccess: true });
    const off = seccompInstructions(arch, { networkAccess: false });
    const call = (p: BpfInstruction[], n: number, args: number[] = []) => evaluate(p, { arch: auditArch, nr: n, args });

    it('AF_UNIX sockets are refused with the network on or off', () => {
      for (const type of [1, 2, 5, 1 | 0x80000, 1 | 0x800]) {
        expect(call(on, nr.socket, [1, type])).toBe(EPERM);
        expect(call(off, nr.socket, [1, type])).toBe(EPERM);
      }
    });

    it('other families: allowed with the network on, refused with it off', () => {
      for (const family of [2, 10, 16, 17, 40]) {
        expect(call(on, nr.socket, [family, 1])).toBe(ALLOW);
        expect(call(off, nr.socket, [family, 1])).toBe(EPERM);
      }
    });

    it('stream and seqpacket socketpairs work; datagram and raw pairs do not', () => {
      for (const p of [on, off]) {
        expect(call(p, nr.socketpair, [1, 1])).toBe(ALLOW);
        expect(call(p, nr.socketpair, [1, 1 | 0x80000 | 0x800])).toBe(ALLOW);
        expect(call(p, nr.socketpair, [1, 5])).toBe(ALLOW);
        expect(call(p, nr.socketpair, [1, 2])).toBe(EPERM);
        expect(call(p, nr.socketpair, [1, 2 | 0x80000])).toBe(EPERM);
        expect(call(p, nr.socketpair, [1, 3])).toBe(EPERM);
      }
    });

    it('ptrace and io_uring are refused; ordinary syscalls pass', () => {
      for (const p of [on, off]) {
        expect(call(p, nr.ptrace)).toBe(EPERM);
        expect(call(p, nr.ioUring)).toBe(EPERM);
        expect(call(p, nr.ioUring + 1)).toBe(EPERM);
        expect(call(p, nr.ioUring + 2)).toBe(EPERM);
        expect(call(p, nr.read)).toBe(ALLOW);
      }
    });

    it('a foreign audit arch is killed, whatever the syscall', () => {
      for (const foreign of [I386, ARM, arch === 'x86_64' ? AARCH64 : X86_64]) {
        expect(evaluate(on, { arch: foreign, nr: nr.read })).toBe(KILL);
        expect(evaluate(off, { arch: foreign, nr: 102 /* i386 socketcall */, args: [1, 0] })).toBe(KILL);
      }
    });
  });

  it('x32 syscall numbers are killed on x86_64', () => {
    const p = seccompInstructions('x86_64', { networkAccess: true });
    expect(evaluate(p, { arch: X86_64, nr: 0x40000000 + 41, args: [1, 1] })).toBe(KILL);
    expect(evaluate(p, { arch: X86_64, nr: 0x40000000 })).toBe(KILL);
  });

  it('the bytes are struct sock_filter, little endian, 8 bytes per instruction', () => {
    const bytes = buildSeccompFilter({ networkAccess: false }, 'x86_64');
    expect(bytes.length).toBe(21 * 8);
    // ld [4]: code 0x0020, jt 0, jf 0, k 4.
    expect([...bytes.subarray(0, 8)]).toEqual([0x20, 0, 0, 0, 4, 0, 0, 0]);
    // jeq #AUDIT_ARCH_X86_64, +0, +18
    expect([...bytes.subarray(8, 16)]).toEqual([0x15, 0, 0, 18, 0x3e, 0, 0, 0xc0]);
    // last: ret SECCOMP_RET_KILL_PROCESS
    expect([...bytes.subarray(20 * 8)]).toEqual([0x06, 0, 0, 0, 0, 0, 0, 0x80]);
    expect(decodeBpf(bytes)).toEqual(seccompInstructions('x86_64', { networkAccess: false }));
    expect(encodeBpf(decodeBpf(bytes)).equals(bytes)).toBe(true);
  });

  it('knows x64 and arm64 and nothing else', () => {
    expect(seccompArchOf('x64')).toBe('x86_64');
    expect(seccompArchOf('arm64')).toBe('aarch64');
    expect(seccompArchOf('ia32')).toBeUndefined();
    expect(() => buildSeccompFilter({ networkAccess: false }, seccompArchOf('riscv64'))).toThrow(/no seccomp filter/);
  });
});
