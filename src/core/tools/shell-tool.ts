import * as path from 'node:path';
import { inject, injectable } from 'inversify';
import { maybeParseApplyPatchVerified } from '../../apply-patch';
import { assessCommand, sessionApprovalKey } from '../../exec/approval-assessment';
import { DEFAULT_EXEC_TIMEOUT_MS, ExecRunner, SandboxUnavailableError, type ExecResult } from '../../exec/exec-types';
import { parseCommand } from '../../exec/parse-command';
import { SandboxLocator } from '../../exec/sandbox/sandbox-locator';
import { createEnv } from '../../exec/shell-env';
import type { ToolSpec } from '../../model/model-types';
import { UNSANDBOXED_POLICY, type ResolvedSandboxPolicy } from '../../exec/sandbox/resolved-policy';
import { ShellCommandArgsDto, ShellToolCallParamsDto } from '../../protocol/dto/model-tool-dtos';
import { parseToolArguments, toolParametersSchema } from '../../protocol/dto/tool-arguments';
import type { EventMsgOf } from '../../protocol/events';
import { durationFromMs, execOutputForModel, truncateForModel } from './exec-output';
import { PatchRunner } from './patch-runner';
import { TurnAbortedError, type Tool, type ToolCallContext, type TurnContext } from './tool-types';
import { turnSandboxPolicy } from './turn-sandbox';
import { messageOf } from '../../common/errors';

/** Upstream's label for the Linux sandbox in messages the model sees. */
const SANDBOX_NAME = 'LinuxSeccomp';
const RETRY_REASON = 'command failed; retry without sandbox?';

let plainSpec: ToolSpec | undefined;
let onRequestSpec: ToolSpec | undefined;
let escalationParameters: Record<string, unknown> | undefined;

function plainShellSpec(description: string): ToolSpec {
  return { type: 'function', name: 'shell', description, strict: false, parameters: toolParametersSchema(ShellCommandArgsDto) };
}

/**
 * The shell tool as the reference sends it. Under `on-request` the model may ask to leave the
 * sandbox (upstream ShellWithRequest): the escalation properties are offered whenever a sandbox applies.
 */
export function shellToolSpec(turn: TurnContext): ToolSpec {
  if (turn.approvalPolicy !== 'on-request') return (plainSpec ??= plainShellSpec('Runs a shell command and returns its output'));
  if (turn.sandboxPolicy.mode === 'danger-full-access') return (onRequestSpec ??= plainShellSpec('Runs a shell command and returns its output.'));
  const policy = turn.sandboxPolicy;
  const lines = [
    'Runs a shell command and returns its output. Commands run in a sandbox:',
    policy.mode === 'read-only'
      ? '- files cannot be written (including with apply_patch);'
      : `- files can be written only under: ${[turn.cwd, ...(policy.writable_roots ?? [])].join(', ')};`,
  ];
  if (policy.mode === 'read-only' || !policy.network_access) lines.push('- the network is not reachable.');
  lines.push(
    'When a command needs more than the sandbox allows (for example git commit, installing packages, builds that write outside the writable roots, network access), set with_escalated_permissions to true and give a one-sentence justification; the user is asked before it runs.',
  );
  escalationParameters ??= toolParametersSchema(ShellToolCallParamsDto);
  return { type: 'function', name: 'shell', description: lines.join('\n'), strict: false, parameters: escalationParameters };
}

/** Bytes of live output (exec_command_output_delta) streamed per command; the rest only reaches exec_command_end. */
export const MAX_STREAMED_OUTPUT_BYTES = 1024 * 1024;

interface ExecRequest {
  command: string[];
  commandCwd: string;
  timeoutMs: number;
  env: Record<string, string>;
}

/** `shell`: runs a command (or intercepts an apply_patch invocation) under the approval policy and sandbox. */
@injectable()
export class ShellTool implements Tool {
  readonly name = 'shell';

  constructor(
    @inject(ExecRunner) private readonly runner: ExecRunner,
    @inject(SandboxLocator) private readonly sandboxes: SandboxLocator,
    @inject(PatchRunner) private readonly patches: PatchRunner,
  ) {}

  spec(turn: TurnContext): ToolSpec {
    return shellToolSpec(turn);
  }

  async handle(args: string, ctx: ToolCallContext): Promise<string> {
    const parsed = parseToolArguments(ShellToolCallParamsDto, args);
    if (!parsed.ok) return parsed.error;
    const params = parsed.value;
    // Where the command runs, nothing more: what it may write is the turn's policy.
    const commandCwd = params.workdir == null ? ctx.turn.cwd : path.resolve(ctx.turn.cwd, params.workdir);

    const patch = await maybeParseApplyPatchVerified(params.command, commandCwd, ctx.patchWriter?.readTextFile);
    if (patch.kind === 'patch') return this.patches.run(patch.action, ctx);
    if (patch.kind === 'error') return `error: ${patch.message}`;

    const { turn } = ctx;
    const sandboxAvailable =
      turn.sandboxPolicy.mode === 'danger-full-access' || (await this.sandboxes.isAvailable(turn.config.codex_linux_sandbox_exe));
    const assessment = assessCommand({
      command: params.command,
      approvalPolicy: turn.approvalPolicy,
      sandboxPolicy: turn.sandboxPolicy,
      approvedForSession: ctx.session.approvedCommands,
      withEscalatedPermissions: params.with_escalated_permissions ?? false,
      sandboxAvailable,
    });
    if (assessment.kind === 'reject') {
      if (sandboxAvailable) return `exec command rejected: ${assessment.reason}`;
      // Fail closed, and say why: the sandbox this policy needs cannot be set up.
      const why = await this.sandboxes.resolve(turn.config.codex_linux_sandbox_exe).then(
        () => 'the sandbox could not be started',
        (err: unknown) => (messageOf(err)),
      );
      ctx.emit({ type: 'background_event', message: `sandbox unavailable: ${why}` });
      return `exec command rejected: ${assessment.reason} (sandbox unavailable: ${why})`;
    }

    let policy: ResolvedSandboxPolicy = assessment.kind === 'auto' && assessment.sandbox === 'sandboxed' ? await turnSandboxPolicy(turn) : UNSANDBOXED_POLICY;
    if (assessment.kind === 'ask') {
      const decision = await this.ask(ctx, params.command, commandCwd, params.justification ?? assessment.reason);
      if (decision !== 'approved') return 'exec command rejected by user';
      // The user approved this very command: it runs without the sandbox, as upstream.
      policy = UNSANDBOXED_POLICY;
    }

    const request: ExecRequest = {
      command: params.command,
      commandCwd,
      timeoutMs: params.timeout_ms ?? DEFAULT_EXEC_TIMEOUT_MS,
      env: createEnv(turn.config.shell_environment_policy),
    };
    const first = await this.execute(request, policy, ctx);
    if (typeof first === 'string') return first;
    const sandboxed = policy.mode !== 'danger-full-access';
    if (!sandboxed || !first.sandboxDenied) return modelOutput(first, request.timeoutMs);

    // The sandbox blocked the command.
    const denial = `sandbox denied exec error, exit code: ${first.exitCode}, stdout: ${first.stdout}, stderr: ${first.stderr}`;
    if (turn.approvalPolicy === 'never' || turn.approvalPolicy === 'on-request') {
      return `failed in sandbox ${SANDBOX_NAME} with execution error: ${denial}`;
    }
    ctx.emit({ type: 'background_event', message: `Execution failed: ${denial}` });
    const decision = await this.ask(ctx, params.command, commandCwd, RETRY_REASON);
    if (decision !== 'approved') return 'exec command rejected by user';
    ctx.emit({ type: 'background_event', message: 'retrying command without sandbox' });
    const retry = await this.execute(request, UNSANDBOXED_POLICY, ctx);
    return typeof retry === 'string' ? retry : modelOutput(retry, request.timeoutMs);
  }

  /** Ask the user; `approved_for_session` is remembered. Returns approved/denied, throws on abort. */
  private async ask(ctx: ToolCallContext, command: string[], cwd: string, reason: string | undefined): Promise<'approved' | 'denied'> {
    const decision = await ctx.requestApproval({
      type: 'exec_approval_request',
      call_id: ctx.callId,
      command,
      cwd,
      ...(reason !== undefined ? { reason } : {}),
    });
    if (decision === 'abort' || ctx.signal.aborted) throw new TurnAbortedError();
    if (decision === 'approved_for_session') ctx.session.approvedCommands.add(sessionApprovalKey(command));
    return decision === 'denied' ? 'denied' : 'approved';
  }

  /**
   * Run with begin/delta/end events. Returns the result, or the text for the model when the
   * command could not run. A sandbox denial is reported in exec_command_end with exit code -1.
   */
  private async execute(request: ExecRequest, policy: ResolvedSandboxPolicy, ctx: ToolCallContext): Promise<ExecResult | string> {
    const { callId } = ctx;
    // Live output is for watching, the end event has the (capped) whole: stop streaming past
    // MAX_STREAMED_OUTPUT_BYTES so a 20 MB build log does not become 80 MB of JSON on the wire.
    let streamed = 0;
    const onOutput = (stream: 'stdout' | 'stderr', chunk: Buffer) => {
      if (streamed >= MAX_STREAMED_OUTPUT_BYTES) return;
      const part = chunk.subarray(0, MAX_STREAMED_OUTPUT_BYTES - streamed);
      streamed += part.length;
      ctx.emit({ type: 'exec_command_output_delta', call_id: callId, stream, chunk: Array.from(part) });
    };
    ctx.emit({ type: 'exec_command_begin', call_id: callId, command: request.command, cwd: request.commandCwd, parsed_cmd: parseCommand(request.command) });
    let result: ExecResult;
    try {
      result = await this.runner.run(
        { command: request.command, commandCwd: request.commandCwd, timeoutMs: request.timeoutMs, env: request.env },
        {
          policy,
          sandboxExe: ctx.turn.config.codex_linux_sandbox_exe,
          signal: ctx.signal,
          onOutput,
        },
      );
    } catch (err) {
      if (ctx.signal.aborted) throw new TurnAbortedError();
      const message = messageOf(err);
      ctx.emit(endEvent(callId, { stdout: '', stderr: message, aggregated: message, exitCode: -1, durationMs: 0 }));
      if (err instanceof SandboxUnavailableError) {
        ctx.emit({ type: 'background_event', message: `sandbox unavailable: ${message}` });
        return `sandbox unavailable: ${message}`;
      }
      return `execution error: ${message}`;
    }
    // Interrupted: the turn is over; no exec_command_end (as the reference).
    if (result.interrupted || ctx.signal.aborted) throw new TurnAbortedError();
    const denied = policy.mode !== 'danger-full-access' && result.sandboxDenied;
    ctx.emit(
      endEvent(callId, {
        stdout: result.stdout,
        stderr: result.stderr,
        aggregated: result.aggregatedOutput,
        exitCode: denied ? -1 : result.exitCode,
        durationMs: result.durationMs,
      }),
    );
    return result;
  }
}

/** exec_command_end with the key order of the reference. */
function endEvent(
  callId: string,
  r: { stdout: string; stderr: string; aggregated: string; exitCode: number; durationMs: number },
): EventMsgOf<'exec_command_end'> {
  return {
    type: 'exec_command_end',
    call_id: callId,
    stdout: r.stdout,
    stderr: r.stderr,
    aggregated_output: r.aggregated,
    exit_code: r.exitCode,
    duration: durationFromMs(r.durationMs),
    formatted_output: truncateForModel(r.aggregated),
  };
}

/** The JSON text the model gets for a command that ran. */
function modelOutput(result: ExecResult, timeoutMs: number): string {
  const body = result.timedOut ? `command timed out after ${timeoutMs} milliseconds\n${result.aggregatedOutput}` : result.aggregatedOutput;
  return execOutputForModel(truncateForModel(body), result.exitCode, result.durationMs);
}
