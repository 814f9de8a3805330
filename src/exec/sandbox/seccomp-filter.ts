/**
 * The seccomp program every sandboxed command runs under, as classic BPF bytes for bwrap's
 * `--seccomp FD` (an array of `struct sock_filter` in host byte order; bwrap installs it with
 * no_new_privs right before it execs the command).
 *
 * What it does, in order:
 * - a foreign audit arch kills the process: the i386 ABI (`int 0x80` on x86_64, which has
 *   `socketcall`) and arm32 compat on aarch64 would otherwise reach syscalls under numbers
 *   this filter never checks; x32 (x86_64 numbers with bit 30 set) is killed for the same reason;
 * - `socket(AF_UNIX, …)` fails with EPERM, network on or off: a socket file on the host
 *   (docker.sock, the D-Bus bus, $SSH_AUTH_SOCK) is not "network", and `--unshare-net` does not
 *   hide it (abstract sockets too, when the network namespace is shared);
 * - with the network off, `socket()` fails with EPERM for every address family (the namespace
 *   has only loopback anyway; this also closes netlink, packet and vsock sockets);
 * - `socketpair()` stays allowed for stream and seqpacket pairs (libuv, Node's child_process and
 *   Python's multiprocessing need them) but not SOCK_DGRAM/SOCK_RAW: a datagram half can be
 *   disconnected with `connect(AF_UNSPEC)` and then `sendto()` any host datagram socket (syslog,
 *   journald, notify sockets);
 * - io_uring fails with EPERM: its IORING_OP_SOCKET/CONNECT operations make sockets without a
 *   socket() syscall, so seccomp could not see them;
 * - ptrace fails with EPERM: before Linux 4.8 a tracer could rewrite a syscall after seccomp had
 *   allowed it, and nothing a sandboxed command needs depends on tracing;
 * - add_key / request_key / keyctl fail with EPERM: the kernel keyring is not namespaced, and the
 *   command inherits the server's session keyring (which may hold credentials);
 * - everything else is allowed.
 */

import type { ChildProcess } from 'node:child_process';
import type { Writable } from 'node:stream';

/** Architectures we can generate a filter for. */
export type SeccompArch = 'x86_64' | 'aarch64';

/** What the filter must know about the sandbox policy. */
export interface SeccompPolicy {
  /** The sandbox shares the host network (then only AF_UNIX sockets are refused). */
  networkAccess: boolean;
}

/** One classic-BPF instruction (`struct sock_filter`). */
export interface BpfInstruction {
  /** Opcode: instruction class, size and mode bits. */
  code: number;
  /** Instructions to skip when a conditional jump is true. */
  jt: number;
  /** Instructions to skip when a conditional jump is false. */
  jf: number;
  /** Operand: a constant, an offset into seccomp_data, or a return value. */
  k: number;
}

// Opcodes (linux/bpf_common.h).
export const BPF_LD_W_ABS = 0x20;
export const BPF_ALU_AND_K = 0x54;
export const BPF_JMP_JEQ_K = 0x15;
export const BPF_JMP_JGE_K = 0x35;
export const BPF_RET_K = 0x06;

// Return values (linux/seccomp.h).
export const SECCOMP_RET_KILL_PROCESS = 0x80000000;
export const SECCOMP_RET_ERRNO = 0x00050000;
export const SECCOMP_RET_ALLOW = 0x7fff0000;
export const EPERM = 1;

// struct seccomp_data offsets; the low 32 bits of an argument (little endian on both arches).
export const SECCOMP_DATA_NR = 0;
export const SECCOMP_DATA_ARCH = 4;
export const seccompDataArgLow = (i: number) => 16 + 8 * i;

export const AF_UNIX = 1;
export const SOCK_DGRAM = 2;
export const SOCK_RAW = 3;
/** The type bits of socket()'s second argument (SOCK_CLOEXEC / SOCK_NONBLOCK live above). */
export const SOCK_TYPE_MASK = 0xf;
/** x32 syscalls are x86_64 numbers with this bit set. */
export const X32_SYSCALL_BIT = 0x40000000;

interface ArchTable {
  auditArch: number;
  socket: number;
  socketpair: number;
  /** Refused with EPERM whatever their arguments. */
  denied: Record<string, number>;
}

export const ARCHES: Record<SeccompArch, ArchTable> = {
  x86_64: {
    auditArch: 0xc000003e,
    socket: 41,
    socketpair: 53,
    denied: { ptrace: 101, add_key: 248, request_key: 249, keyctl: 250, io_uring_setup: 425, io_uring_enter: 426, io_uring_register: 427 },
  },
  aarch64: {
    auditArch: 0xc00000b7,
    socket: 198,
    socketpair: 199,
    denied: { ptrace: 117, add_key: 217, request_key: 218, keyctl: 219, io_uring_setup: 425, io_uring_enter: 426, io_uring_register: 427 },
  },
};

/** The filter architecture of a Node `process.arch`, or undefined when we have none. */
export function seccompArchOf(nodeArch: string = process.arch): SeccompArch | undefined {
  if (nodeArch === 'x64') return 'x86_64';
  if (nodeArch === 'arm64') return 'aarch64';
  return undefined;
}

type Label = 'socket' | 'socketpair' | 'eperm' | 'allow' | 'kill';
type Target = Label | 'next';
type Draft =
  | { op: 'stmt'; code: number; k: number; label?: Label }
  | { op: 'jump'; code: number; k: number; jt: Target; jf: Target; label?: Label };

/** The program as instructions (see the module comment for what each part is for). */
export function seccompInstructions(arch: SeccompArch, policy: SeccompPolicy): BpfInstruction[] {
  const t = ARCHES[arch];
  const d: Draft[] = [
    { op: 'stmt', code: BPF_LD_W_ABS, k: SECCOMP_DATA_ARCH },
    { op: 'jump', code: BPF_JMP_JEQ_K, k: t.auditArch, jt: 'next', jf: 'kill' },
    { op: 'stmt', code: BPF_LD_W_ABS, k: SECCOMP_DATA_NR },
  ];
  if (arch === 'x86_64') d.push({ op: 'jump', code: BPF_JMP_JGE_K, k: X32_SYSCALL_BIT, jt: 'kill', jf: 'next' });
  // With the network off every socket() is refused, so no argument check is needed.
  d.push({ op: 'jump', code: BPF_JMP_JEQ_K, k: t.socket, jt: policy.networkAccess ? 'socket' : 'eperm', jf: 'next' });
  d.push({ op: 'jump', code: BPF_JMP_JEQ_K, k: t.socketpair, jt: 'socketpair', jf: 'next' });
  for (const nr of Object.values(t.denied)) d.push({ op: 'jump', code: BPF_JMP_JEQ_K, k: nr, jt: 'eperm', jf: 'next' });
  d.push({ op: 'stmt', code: BPF_RET_K, k: SECCOMP_RET_ALLOW });
  if (policy.networkAccess) {
    d.push({ op: 'stmt', code: BPF_LD_W_ABS, k: seccompDataArgLow(0), label: 'socket' });
    d.push({ op: 'jump', code: BPF_JMP_JEQ_K, k: AF_UNIX, jt: 'eperm', jf: 'allow' });
  }
  d.push(
    { op: 'stmt', code: BPF_LD_W_ABS, k: seccompDataArgLow(1), label: 'socketpair' },
    { op: 'stmt', code: BPF_ALU_AND_K, k: SOCK_TYPE_MASK },
    { op: 'jump', code: BPF_JMP_JEQ_K, k: SOCK_DGRAM, jt: 'eperm', jf: 'next' },
    { op: 'jump', code: BPF_JMP_JEQ_K, k: SOCK_RAW, jt: 'eperm', jf: 'allow' },
    { op: 'stmt', code: BPF_RET_K, k: SECCOMP_RET_ERRNO | EPERM, label: 'eperm' },
    { op: 'stmt', code: BPF_RET_K, k: SECCOMP_RET_ALLOW, label: 'allow' },
    { op: 'stmt', code: BPF_RET_K, k: SECCOMP_RET_KILL_PROCESS, label: 'kill' },
  );
  return resolveJumps(d);
}

/** Turn label targets into the forward offsets BPF wants (relative to the next instruction). */
function resolveJumps(drafts: Draft[]): BpfInstruction[] {
  const at = new Map<Label, number>();
  drafts.forEach((ins, i) => {
    if (ins.label) at.set(ins.label, i);
  });
  const offset = (from: number, target: Target): number => {
    if (target === 'next') return 0;
    const to = at.get(target);
    if (to === undefined || to <= from || to - from - 1 > 0xff) throw new Error(`bad seccomp jump to ${target}`);
    return to - from - 1;
  };
  return drafts.map((ins, i) =>
    ins.op === 'stmt'
      ? { code: ins.code, jt: 0, jf: 0, k: ins.k }
      : { code: ins.code, jt: offset(i, ins.jt), jf: offset(i, ins.jf), k: ins.k },
  );
}

/** Bytes of `struct sock_filter[]` (little endian: both supported arches). */
export function encodeBpf(program: readonly BpfInstruction[]): Buffer {
  const out = Buffer.alloc(program.length * 8);
  program.forEach((ins, i) => {
    out.writeUInt16LE(ins.code, i * 8);
    out.writeUInt8(ins.jt, i * 8 + 2);
    out.writeUInt8(ins.jf, i * 8 + 3);
    out.writeUInt32LE(ins.k >>> 0, i * 8 + 4);
  });
  return out;
}

/** The inverse of encodeBpf (tests and diagnostics). */
export function decodeBpf(bytes: Buffer): BpfInstruction[] {
  if (bytes.length % 8 !== 0) throw new Error('a BPF program is a whole number of 8-byte instructions');
  const out: BpfInstruction[] = [];
  for (let off = 0; off < bytes.length; off += 8) {
    out.push({ code: bytes.readUInt16LE(off), jt: bytes.readUInt8(off + 2), jf: bytes.readUInt8(off + 3), k: bytes.readUInt32LE(off + 4) });
  }
  return out;
}

/** The filter bytes for `arch` (`seccompArchOf()` for this machine) under `policy`. */
export function buildSeccompFilter(policy: SeccompPolicy, arch: SeccompArch | undefined): Buffer {
  if (arch === undefined) throw new Error(`no seccomp filter for this architecture (${process.arch})`);
  return encodeBpf(seccompInstructions(arch, policy));
}

/** The child's fd that carries the program to bwrap (`--seccomp 3`): the first after stdio. */
export const SECCOMP_CHILD_FD = 3;

/** bwrap's flags for a program on SECCOMP_CHILD_FD; spawn with a fourth stdio 'pipe' and sendSeccompProgram(). */
export const SECCOMP_BWRAP_ARGS: readonly string[] = ['--seccomp', String(SECCOMP_CHILD_FD)];

/**
 * Write the program into the child's fd 3 and close it; bwrap reads to EOF before it sets up
 * anything. The program is a few hundred bytes, far below a pipe's buffer. A helper that exits
 * without reading (it failed, or it is a stub) only makes the write fail, which is ignored.
 */
export function sendSeccompProgram(child: ChildProcess, program: Buffer): void {
  const stream = child.stdio[SECCOMP_CHILD_FD] as Writable | null | undefined;
  if (!stream) return;
  stream.on('error', () => undefined);
  stream.end(program);
}
