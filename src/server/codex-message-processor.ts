import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { inject, injectable, postConstruct } from 'inversify';
import { Disposable } from 'vscode-jsonrpc/node';
import { ConfigService } from '../config/config-service';
import type { CodexConfig, ConfigOverrides } from '../config/config-types';
import { Conversation, ConversationManager, type Op } from '../core/conversation';
import { SessionLockedError } from '../core/rollout/rollout-lock';
import { TurnLimiter, tooManyTurnsMessage } from '../core/turn-limiter';
import { DEFAULT_EXEC_TIMEOUT_MS, ExecRunner } from '../exec/exec-types';
import { createEnv } from '../exec/shell-env';
import { resolveSandboxPolicy } from '../exec/sandbox/resolved-policy';
import { gitDiffToRemote } from '../git/git-diff-to-remote';
import { LoggerFactory, type Logger } from '../logging/logger';
import type { SandboxPolicy } from '../protocol/common-types';
import type {
  ArchiveConversationParamsDto,
  ConversationIdParamsDto,
  ExecOneOffCommandParamsDto,
  GitDiffToRemoteParamsDto,
  NewConversationParamsDto,
  RemoveConversationListenerParamsDto,
  ResumeConversationParamsDto,
  SandboxPolicyDto,
  SendUserMessageParamsDto,
  SendUserTurnParamsDto,
} from '../protocol/dto/conversation-dtos';
import { RpcError } from '../protocol/errors';
import type { Event } from '../protocol/events';
import { ServerOptions } from '../server-options';
import { messageOf } from '../common/errors';
import { ApprovalHandlers } from './approval-handler';
import { ConnectionDisposables } from './connection-disposables';
import { normalizeInputItems } from './input-items';
import {
  AddConversationListenerRequest,
  ArchiveConversationRequest,
  conversationEventNotifications,
  ExecOneOffCommandRequest,
  GetConfigTomlRequest,
  GetUserAgentRequest,
  GetUserSavedConfigRequest,
  GitDiffToRemoteRequest,
  InterruptConversationRequest,
  ListConversationsRequest,
  NewConversationRequest,
  RemoveConversationListenerRequest,
  ResumeConversationRequest,
  SendUserMessageRequest,
  SendUserTurnRequest,
} from '../protocol/methods';
import type { NotificationType } from '../protocol/method-types';
import { onRequest, type MethodContribution, type RequestContext, type RequestHandler } from './method-contribution';
import { OutgoingMessageSender } from './outgoing-message-sender';

interface Subscription extends Disposable {
  conversationId: string;
}

/**
 * The Codex conversation API (the reference's CodexMessageProcessor), camelCase methods. One
 * per connection: its listeners deliver to this connection and end when it closes.
 */
@injectable()
export class CodexMessageProcessor implements MethodContribution {
  private readonly subscriptions = new Map<string, Subscription>();
  /** call ids already asked about, per conversation: two listeners must not ask twice. */
  private readonly asked = new Map<string, Set<string>>();
  private readonly log: Logger;

  constructor(
    @inject(ConversationManager) private readonly conversations: ConversationManager,
    @inject(ConfigService) private readonly config: ConfigService,
    @inject(OutgoingMessageSender) private readonly outgoing: OutgoingMessageSender,
    @inject(ExecRunner) private readonly exec: ExecRunner,
    @inject(ServerOptions) private readonly options: ServerOptions,
    @inject(ApprovalHandlers) private readonly approvals: ApprovalHandlers,
    @inject(ConnectionDisposables) private readonly disposables: ConnectionDisposables,
    @inject(LoggerFactory) loggers: LoggerFactory,
    @inject(TurnLimiter) private readonly turns: TurnLimiter,
  ) {
    this.log = loggers.get('conversation-api');
  }

  @postConstruct()
  protected init(): void {
    this.disposables.push(Disposable.create(() => this.removeAllListeners()));
  }

  /** The connection closed: its listeners stop (the conversations go on for other connections). */
  private removeAllListeners(): void {
    const subs = [...this.subscriptions.values()];
    this.subscriptions.clear();
    for (const sub of subs) sub.dispose();
  }

  requests(): RequestHandler[] {
    return [
      onRequest(NewConversationRequest, (p) => this.newConversation(p)),
      onRequest(SendUserMessageRequest, (p, ctx) => this.sendUserMessage(p, ctx)),
      onRequest(SendUserTurnRequest, (p, ctx) => this.sendUserTurn(p, ctx)),
      onRequest(InterruptConversationRequest, (p) => this.interrupt(p)),
      onRequest(AddConversationListenerRequest, (p, ctx) => this.addListener(p, ctx)),
      onRequest(RemoveConversationListenerRequest, (p) => this.removeListener(p)),
      onRequest(GitDiffToRemoteRequest, (p) => this.gitDiff(p)),
      onRequest(GetConfigTomlRequest, () => this.userSavedConfig()),
      onRequest(GetUserSavedConfigRequest, () => this.userSavedConfig().then((config) => ({ config }))),
      onRequest(ListConversationsRequest, (p) => this.conversations.listConversations(p.pageSize ?? 25, p.cursor)),
      onRequest(ResumeConversationRequest, (p) => this.resume(p)),
      onRequest(ArchiveConversationRequest, (p) => this.archive(p)),
      onRequest(GetUserAgentRequest, () => ({ userAgent: this.userAgent() })),
      onRequest(ExecOneOffCommandRequest, (p, ctx) => this.execOneOff(p, ctx)),
    ];
  }

  private async newConversation(p: NewConversationParamsDto) {
    const config = await this.loadConfig(p);
    try {
      const created = await this.conversations.newConversation(config);
      return { conversationId: created.conversationId, model: created.sessionConfigured.model, rolloutPath: created.rolloutPath };
    } catch (e) {
      throw RpcError.internal(`error creating conversation: ${messageOf(e)}`);
    }
  }

  private async loadConfig(p: NewConversationParamsDto | undefined): Promise<CodexConfig> {
    const overrides: ConfigOverrides = {
      model: p?.model,
      profile: p?.profile,
      cwd: p?.cwd,
      approval_policy: p?.approvalPolicy,
      sandbox_mode: p?.sandbox,
      config: p?.config,
      base_instructions: p?.baseInstructions,
      include_plan_tool: p?.includePlanTool,
      include_apply_patch_tool: p?.includeApplyPatchTool,
    };
    try {
      return await this.config.load(overrides);
    } catch (e) {
      throw RpcError.invalidRequest(`error deriving config: ${messageOf(e)}`);
    }
  }

  /** In memory, or reloaded from its rollout (an idle-unloaded conversation resumes transparently). */
  private async find(conversationId: string): Promise<Conversation> {
    let c: Conversation | undefined;
    try {
      c = await this.conversations.loadConversation(conversationId);
    } catch (e) {
      if (e instanceof SessionLockedError) throw RpcError.invalidRequest(e.message);
      this.log.warn('could not reload conversation from its rollout', { conversationId, error: messageOf(e) });
    }
    if (!c) throw RpcError.invalidRequest(`conversation not found: ${conversationId}`);
    return c;
  }

  /** A new turn over max_concurrent_turns is refused here (input for a running turn joins it). */
  private checkTurnCapacity(c: Conversation): void {
    if (!c.isRunning() && this.turns.active >= this.turns.limit) throw RpcError.invalidRequest(tooManyTurnsMessage(this.turns.limit));
  }

  private async sendUserMessage(p: SendUserMessageParamsDto, ctx: RequestContext) {
    const c = await this.find(p.conversationId);
    this.checkTurnCapacity(c);
    const items = await normalizeInputItems(p.items, c.config.cwd);
    // The answer goes out before the turn's first event.
    ctx.afterResponse(() => void this.submitTo(c, { type: 'user_input', items }));
    return {};
  }

  private async sendUserTurn(p: SendUserTurnParamsDto, ctx: RequestContext) {
    const c = await this.find(p.conversationId);
    this.checkTurnCapacity(c);
    const cwd = path.resolve(p.cwd);
    const items = await normalizeInputItems(p.items, cwd);
    const op = {
      type: 'user_turn' as const,
      items,
      cwd,
      approval_policy: p.approvalPolicy,
      sandbox_policy: toSandboxPolicy(p.sandboxPolicy),
      model: p.model,
      effort: p.effort,
      summary: p.summary,
    };
    ctx.afterResponse(() => void this.submitTo(c, op));
    return {};
  }

  /**
   * Submit after the answer is out. An idle conversation may have been unloaded (capacity
   * eviction) since it was found: submit to the live one, reloaded from its rollout if need be,
   * so an acknowledged message is never lost.
   */
  private async submitTo(found: Conversation, op: Op): Promise<void> {
    try {
      const target = this.conversations.getConversation(found.conversationId) ?? (await this.find(found.conversationId));
      await target.submit(op);
    } catch (e) {
      this.log.error('submit failed', { conversationId: found.conversationId, error: messageOf(e) });
    }
  }

  /** Answers after `turn_aborted`; at once when no turn is running (the reference never answers then). */
  private async interrupt(p: ConversationIdParamsDto) {
    const c = await this.find(p.conversationId);
    if (!c.isRunning()) return { abortReason: 'interrupted' };
    return new Promise((resolve) => {
      const done = (reason: string) => {
        clearTimeout(timer);
        sub.dispose();
        resolve({ abortReason: reason });
      };
      const sub = c.subscribeLive((e: Event) => {
        if (e.msg.type === 'turn_aborted') done(e.msg.reason);
        else if (e.msg.type === 'task_complete') done('interrupted');
      });
      // Never leave the request unanswered.
      const timer = setTimeout(() => done('interrupted'), 10_000);
      void c.submit({ type: 'interrupt' });
    });
  }

  private async addListener(p: ConversationIdParamsDto, ctx: RequestContext) {
    const c = await this.find(p.conversationId);
    const subscriptionId = randomUUID();
    // Start delivering (buffered events included) only after the answer is out.
    let live: Disposable | undefined;
    let removed = false;
    this.subscriptions.set(subscriptionId, {
      conversationId: c.conversationId,
      dispose: () => {
        removed = true;
        live?.dispose();
      },
    });
    ctx.afterResponse(() => {
      if (removed) return;
      live = c.subscribe((event) => this.forward(c, event));
    });
    return { subscriptionId };
  }

  private removeListener(p: RemoveConversationListenerParamsDto) {
    const sub = this.subscriptions.get(p.subscriptionId);
    if (!sub) throw RpcError.invalidRequest(`subscription not found: ${p.subscriptionId}`);
    this.subscriptions.delete(p.subscriptionId);
    sub.dispose();
    return {};
  }

  private forward(c: Conversation, event: Event): void {
    const { msg } = event;
    const notification = conversationEventNotifications[msg.type] as NotificationType<{ id: string; msg: typeof msg; conversationId: string }>;
    this.outgoing.sendNotification(notification, { id: event.id, msg, conversationId: c.conversationId });
    if (msg.type !== 'exec_approval_request' && msg.type !== 'apply_patch_approval_request') return;
    let asked = this.asked.get(c.conversationId);
    if (!asked) this.asked.set(c.conversationId, (asked = new Set()));
    if (asked.has(msg.call_id)) return;
    asked.add(msg.call_id);
    const channel = { kind: 'conversation-api' as const };
    const answered = this.approvals.handle({ conversation: c, eventId: event.id, msg, channel });
    // Answered: forget the call id, and the conversation's set once it is empty.
    void answered.finally(() => {
      asked.delete(msg.call_id);
      if (asked.size === 0 && this.asked.get(c.conversationId) === asked) this.asked.delete(c.conversationId);
    });
  }

  private async gitDiff(p: GitDiffToRemoteParamsDto) {
    const cwd = path.resolve(p.cwd);
    const result = await gitDiffToRemote(cwd).catch(() => undefined);
    if (!result) throw RpcError.invalidRequest(`failed to compute git diff to remote for cwd: ${JSON.stringify(cwd)}`);
    return result;
  }

  private async userSavedConfig() {
    try {
      return await this.config.getUserSavedConfig();
    } catch (e) {
      throw RpcError.internal(`failed to load config.toml: ${messageOf(e)}`);
    }
  }

  private async resume(p: ResumeConversationParamsDto) {
    const config = await this.loadConfig(p.overrides);
    const file = path.resolve(p.path);
    try {
      await fs.access(file);
    } catch {
      throw RpcError.invalidRequest(`rollout not found: ${file}`);
    }
    try {
      const resumed = await this.conversations.resumeConversation(file, config);
      return { conversationId: resumed.conversationId, model: resumed.sessionConfigured.model, initialMessages: resumed.initialMessages };
    } catch (e) {
      throw RpcError.internal(`error resuming conversation: ${messageOf(e)}`);
    }
  }

  private async archive(p: ArchiveConversationParamsDto) {
    const file = path.resolve(p.rolloutPath);
    const sessions = path.join(this.config.codexHome, 'sessions') + path.sep;
    if (!file.startsWith(sessions) || !path.basename(file).includes(p.conversationId)) {
      throw RpcError.invalidRequest(`rollout path \`${p.rolloutPath}\` does not belong to conversation ${p.conversationId}`);
    }
    await this.conversations.removeConversation(p.conversationId).catch(() => undefined);
    for (const [id, sub] of this.subscriptions) {
      if (sub.conversationId !== p.conversationId) continue;
      this.subscriptions.delete(id);
      sub.dispose();
    }
    const dest = path.join(this.config.codexHome, 'archived_sessions', path.basename(file));
    await fs.mkdir(path.dirname(dest), { recursive: true, mode: 0o700 });
    try {
      await fs.rename(file, dest);
    } catch (e) {
      throw RpcError.invalidRequest(`failed to archive conversation: ${(e as NodeJS.ErrnoException).code ?? messageOf(e)}`);
    }
    return {};
  }

  private userAgent(): string {
    return `codex-mcp-server/${this.options.version} (${os.type()} ${os.release()}; ${os.arch()}) node/${process.versions.node}`;
  }

  private async execOneOff(p: ExecOneOffCommandParamsDto, ctx: RequestContext) {
    if (p.command.length === 0) throw RpcError.invalidParams('Invalid params: command must not be empty');
    const config = await this.loadConfig({ cwd: p.cwd });
    const abort = new AbortController();
    const sub = ctx.token.onCancellationRequested(() => abort.abort());
    try {
      const result = await this.exec.run(
        { command: p.command, commandCwd: config.cwd, timeoutMs: p.timeoutMs ?? DEFAULT_EXEC_TIMEOUT_MS, env: createEnv(config.shell_environment_policy) },
        {
          policy: await resolveSandboxPolicy(p.sandboxPolicy ? toSandboxPolicy(p.sandboxPolicy) : config.sandbox_policy, config.cwd),
          sandboxExe: config.codex_linux_sandbox_exe,
          signal: abort.signal,
        },
      );
      return { exitCode: result.exitCode, stdout: result.stdout, stderr: result.stderr };
    } catch (e) {
      throw RpcError.internal(`exec failed: ${messageOf(e)}`);
    } finally {
      sub.dispose();
    }
  }
}

function toSandboxPolicy(p: SandboxPolicyDto): SandboxPolicy {
  if (p.mode !== 'workspace-write') return { mode: p.mode };
  return {
    mode: 'workspace-write',
    writable_roots: p.writable_roots ?? [],
    network_access: p.network_access ?? false,
    exclude_tmpdir_env_var: p.exclude_tmpdir_env_var ?? false,
    exclude_slash_tmp: p.exclude_slash_tmp ?? false,
  };
}
