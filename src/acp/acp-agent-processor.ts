import * as fs from 'node:fs';
import * as path from 'node:path';
import { inject, injectable } from 'inversify';
import { AuthManager } from '../auth/auth-manager';
import { ConfigService } from '../config/config-service';
import type { CodexConfig } from '../config/config-types';
import { ConversationManager, type Conversation } from '../core/conversation';
import { RolloutStore } from '../core/rollout/rollout-types';
import { LoggerFactory, type Logger } from '../logging/logger';
import { ErrorCode, RpcError } from '../protocol/errors';
import { ServerOptions } from '../server-options';
import { ApprovalHandlers } from '../server/approval-handler';
import { ConnectionDisposables } from '../server/connection-disposables';
import { onNotification, onRequest, type MethodContribution, type NotificationHandler, type RequestHandler } from '../server/method-contribution';
import { OutgoingMessageSender } from '../server/outgoing-message-sender';
import type {
  AuthenticateParamsDto,
  InitializeParamsDto,
  ListSessionsParamsDto,
  LoadSessionParamsDto,
  McpServerDto,
  NewSessionParamsDto,
  PromptParamsDto,
} from './acp-dtos';
import {
  AcpAuthenticateRequest,
  AcpCancelNotification,
  AcpInitializeRequest,
  AcpListSessionsRequest,
  AcpLoadSessionRequest,
  AcpLogoutRequest,
  AcpNewSessionRequest,
  AcpPromptRequest,
  AcpSetSessionModeRequest,
} from './acp-methods';
import {
  ACP_PROTOCOL_VERSION,
  type AuthMethod,
  type ClientCapabilities,
  type InitializeResult,
  type ListSessionsResult,
  type LoadSessionResult,
  type NewSessionResult,
  type PromptResult,
} from './acp-protocol';
import { AcpSession } from './acp-session';
import { ClientPatchWriter } from './client-patch-writer';
import { promptToInput } from './prompt-input';
import { replayUpdates } from './rollout-replay';
import { messageOf } from '../common/errors';

/** How much of a deleted file is read to show it in the patch's diff. */
const MAX_DELETED_PREVIEW_BYTES = 256 * 1024;

const AUTH_METHODS: readonly AuthMethod[] = [
  { id: 'chatgpt', name: 'Log in with ChatGPT', description: 'Opens the ChatGPT sign-in page (the login callback listens on localhost); credentials are kept in CODEX_HOME/auth.json.' },
  { id: 'openai-api-key', name: 'Use OPENAI_API_KEY', description: 'Saves the OPENAI_API_KEY of the agent\'s environment to CODEX_HOME/auth.json.' },
  { id: 'codex-api-key', name: 'Use CODEX_API_KEY', description: 'Saves the CODEX_API_KEY of the agent\'s environment to CODEX_HOME/auth.json.' },
];

/**
 * The ACP agent methods (`initialize`, `authenticate`, `session/*`) of one ACP connection.
 * Sessions are Codex conversations of the shared core; this connection owns the ones it made
 * or loaded and removes them when it closes.
 */
@injectable()
export class AcpAgentProcessor implements MethodContribution {
  private readonly sessions = new Map<string, AcpSession>();
  private clientCapabilities: ClientCapabilities | undefined;
  private readonly log: Logger;

  constructor(
    @inject(ConversationManager) private readonly conversations: ConversationManager,
    @inject(ConfigService) private readonly configs: ConfigService,
    @inject(AuthManager) private readonly auth: AuthManager,
    @inject(RolloutStore) private readonly rollouts: RolloutStore,
    @inject(OutgoingMessageSender) private readonly outgoing: OutgoingMessageSender,
    @inject(ApprovalHandlers) private readonly approvals: ApprovalHandlers,
    @inject(ConnectionDisposables) disposables: ConnectionDisposables,
    @inject(ServerOptions) private readonly options: ServerOptions,
    @inject(LoggerFactory) private readonly loggers: LoggerFactory,
  ) {
    this.log = loggers.get('acp');
    // Closing the connection ends its sessions.
    disposables.push(this);
  }

  requests(): RequestHandler[] {
    return [
      onRequest(AcpInitializeRequest, (p) => this.initialize(p)),
      onRequest(AcpAuthenticateRequest, (p) => this.authenticate(p)),
      onRequest(AcpLogoutRequest, () => this.initialized(() => this.auth.logout().then(() => ({})))),
      onRequest(AcpNewSessionRequest, (p) => this.initialized(() => this.newSession(p))),
      onRequest(AcpLoadSessionRequest, (p) => this.initialized(() => this.loadSession(p))),
      onRequest(AcpListSessionsRequest, (p) => this.initialized(() => this.listSessions(p))),
      onRequest(AcpPromptRequest, (p) => this.initialized(() => this.prompt(p))),
      onRequest(AcpSetSessionModeRequest, (p) =>
        this.initialized(() => {
          this.session(p.sessionId).setMode(p.modeId);
          return {};
        }),
      ),
    ];
  }

  notifications(): NotificationHandler[] {
    return [
      onNotification(AcpCancelNotification, async (p) => {
        const session = this.sessions.get(p.sessionId);
        if (!session) {
          this.log.warn('session/cancel for an unknown session', { sessionId: p.sessionId });
          return;
        }
        await session.cancel();
      }),
    ];
  }

  /** The connection closed: its sessions stop, their conversations (turns, commands) are removed. */
  async dispose(): Promise<void> {
    const sessions = [...this.sessions.values()];
    this.sessions.clear();
    for (const s of sessions) s.dispose();
    await Promise.all(sessions.map((s) => this.conversations.removeConversation(s.sessionId)));
  }

  private initialize(p: InitializeParamsDto): Promise<InitializeResult> {
    this.clientCapabilities = {
      fs: { readTextFile: p.clientCapabilities?.fs?.readTextFile === true, writeTextFile: p.clientCapabilities?.fs?.writeTextFile === true },
      terminal: p.clientCapabilities?.terminal === true,
    };
    this.log.info('acp client initialized', { protocolVersion: p.protocolVersion, client: p.clientInfo?.name, fs: this.clientCapabilities.fs });
    return this.authMethods().then((authMethods) => ({
      // The client's version when we speak it, else the latest we speak (the client decides).
      protocolVersion: ACP_PROTOCOL_VERSION,
      agentCapabilities: {
        loadSession: true,
        promptCapabilities: { image: true, audio: false, embeddedContext: true },
        mcpCapabilities: { http: false, sse: false },
        sessionCapabilities: { list: {} },
      },
      authMethods,
      agentInfo: { name: 'codex-mcp-server', title: 'Codex', version: this.options.version },
    }));
  }

  /** No methods when the configured provider needs no OpenAI credentials (the client then never asks). */
  private async authMethods(): Promise<AuthMethod[]> {
    return (await this.needsAuth()) === 'no-auth-needed' ? [] : [...AUTH_METHODS];
  }

  /** Whether sessions can run: the provider needs no OpenAI auth, or credentials are there. */
  private async needsAuth(config?: CodexConfig): Promise<'no-auth-needed' | 'signed-in' | 'required'> {
    let cfg = config;
    if (!cfg) {
      try {
        cfg = await this.configs.load({});
      } catch {
        return 'required';
      }
    }
    const provider = cfg.model_provider;
    if (!provider.requires_openai_auth) return 'no-auth-needed';
    if (provider.env_key && process.env[provider.env_key]) return 'signed-in';
    return this.auth.currentMode() !== undefined ? 'signed-in' : 'required';
  }

  private async authenticate(p: AuthenticateParamsDto): Promise<Record<string, never>> {
    this.requireInitialized();
    if ((await this.needsAuth()) === 'no-auth-needed') {
      this.log.info('authenticate: no auth needed for the configured provider', { methodId: p.methodId });
      return {};
    }
    switch (p.methodId) {
      case 'openai-api-key':
      case 'codex-api-key': {
        const name = p.methodId === 'openai-api-key' ? 'OPENAI_API_KEY' : 'CODEX_API_KEY';
        const key = process.env[name];
        if (!key) throw new RpcError(ErrorCode.AuthRequired, `${name} is not set in the agent's environment`);
        await this.auth.loginApiKey(key);
        return {};
      }
      case 'chatgpt':
        await this.chatGptLogin();
        return {};
      default:
        throw RpcError.invalidParams(`Invalid params: unknown auth method: ${p.methodId}`, { authMethods: AUTH_METHODS.map((m) => m.id) });
    }
  }

  /** Starts the local callback server, logs the URL to open, and answers when the login ends. */
  private async chatGptLogin(): Promise<void> {
    let started: { loginId: string; authUrl: string };
    try {
      started = await this.auth.startChatGptLogin();
    } catch (e) {
      throw RpcError.internal(messageOf(e));
    }
    this.log.warn(`open this URL to sign in with ChatGPT: ${started.authUrl}`);
    const result = await new Promise<{ success: boolean; error?: string }>((resolve) => {
      const sub = this.auth.onLoginComplete((e) => {
        if (e.loginId !== started.loginId) return;
        sub.dispose();
        resolve(e);
      });
    });
    if (!result.success) throw new RpcError(ErrorCode.AuthRequired, result.error ?? 'ChatGPT login failed');
  }

  private async newSession(p: NewSessionParamsDto): Promise<NewSessionResult> {
    const config = await this.sessionConfig(p.cwd, p.mcpServers);
    let sessionId = '';
    const created = await this.conversations.newConversation(config, { patchWriter: this.patchWriterFor(() => sessionId) });
    sessionId = created.conversationId;
    const session = this.track(created.conversation, config);
    return { sessionId: session.sessionId, modes: session.modes };
  }

  private async loadSession(p: LoadSessionParamsDto): Promise<LoadSessionResult> {
    const config = await this.sessionConfig(p.cwd, p.mcpServers);
    const rolloutPath = await this.conversations.findRollout(p.sessionId);
    if (!rolloutPath) throw RpcError.notFound(`session not found: ${p.sessionId}`, { sessionId: p.sessionId });
    let contents;
    try {
      contents = await this.rollouts.read(rolloutPath);
    } catch (e) {
      throw RpcError.internal(`cannot read the session's rollout: ${messageOf(e)}`);
    }
    let session = this.sessions.get(p.sessionId);
    if (!session) {
      const resumed = await this.conversations.resumeConversation(rolloutPath, config, { patchWriter: this.patchWriterFor(() => p.sessionId) });
      session = this.track(resumed.conversation, config);
    }
    // The whole history goes out before the answer, as ACP asks.
    session.sendUpdates(replayUpdates(contents.items));
    return { modes: session.modes };
  }

  private async listSessions(p: ListSessionsParamsDto): Promise<ListSessionsResult> {
    const page = await this.conversations.listConversations(50, p.cursor ?? undefined);
    const sessions = [];
    for (const item of page.items) {
      let cwd = '';
      try {
        cwd = (await this.rollouts.read(item.path)).meta.cwd ?? '';
      } catch {
        continue;
      }
      if (p.cwd && path.resolve(p.cwd) !== cwd) continue;
      sessions.push({ sessionId: item.conversationId, cwd, title: item.preview || null, updatedAt: item.timestamp });
    }
    return { sessions, ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) };
  }

  private async prompt(p: PromptParamsDto): Promise<PromptResult> {
    const session = this.session(p.sessionId);
    const items = promptToInput(p.prompt);
    return { stopReason: await session.prompt(items) };
  }

  private session(sessionId: string): AcpSession {
    const session = this.sessions.get(sessionId);
    if (!session) throw RpcError.notFound(`session not found: ${sessionId}`, { sessionId });
    return session;
  }

  private track(conversation: Conversation, config: CodexConfig): AcpSession {
    const session = new AcpSession(
      { conversation, config },
      { outgoing: this.outgoing, approvals: this.approvals, logger: this.loggers.get('acp-session'), oldContents: readForPreview },
    );
    this.sessions.set(session.sessionId, session);
    return session;
  }

  /** Patches go through the client when it can write files; `sessionId` is known once the conversation exists. */
  private patchWriterFor(sessionId: () => string): ClientPatchWriter | undefined {
    if (!this.clientCapabilities?.fs?.writeTextFile) return undefined;
    return new ClientPatchWriter(sessionId, this.outgoing, this.clientCapabilities.fs.readTextFile === true);
  }

  private async sessionConfig(cwd: string, mcpServers: McpServerDto[]): Promise<CodexConfig> {
    if (!path.isAbsolute(cwd)) throw RpcError.invalidParams(`Invalid params: cwd must be an absolute path: ${cwd}`);
    if (mcpServers.length > 0) {
      this.log.warn('mcpServers are not used: this agent has no MCP client tools', { servers: mcpServers.map((s) => s.name) });
    }
    let config: CodexConfig;
    try {
      config = await this.configs.load({ cwd });
    } catch (e) {
      throw RpcError.invalidRequest(`error deriving config: ${messageOf(e)}`);
    }
    if ((await this.needsAuth(config)) === 'required') throw new RpcError(ErrorCode.AuthRequired, 'Authentication required: call authenticate first');
    return config;
  }

  private initialized<T>(fn: () => T): T {
    this.requireInitialized();
    return fn();
  }

  private requireInitialized(): void {
    if (!this.clientCapabilities) throw RpcError.invalidRequest('initialize must be called first');
  }
}

/** The text of a file a patch is about to delete (bounded), for the diff shown to the user. */
function readForPreview(p: string): string | undefined {
  try {
    const st = fs.statSync(p);
    if (!st.isFile() || st.size > MAX_DELETED_PREVIEW_BYTES) return undefined;
    return fs.readFileSync(p, 'utf8');
  } catch {
    return undefined;
  }
}
