import { inject, injectable } from 'inversify';
import { LoggerFactory } from '../logging/logger';
import type { CallToolParamsDto, InitializeParamsDto } from '../protocol/dto/mcp-dtos';
import { RpcError } from '../protocol/errors';
import {
  CallToolRequest,
  CancelledNotification,
  InitializedNotification,
  InitializeRequest,
  ListPromptsRequest,
  ListResourcesRequest,
  ListResourceTemplatesRequest,
  ListToolsRequest,
  PingRequest,
  SetLevelRequest,
  type CallToolResult,
} from '../protocol/methods';
import { SERVER_TASKS_CAPABILITY, type CreateTaskResult } from '../protocol/task-types';
import { ServerOptions } from '../server-options';
import { TaskProcessor } from '../tasks/task-processor';
import { ClientSession } from './client-session';
import { CodexToolRunner } from './codex-tool-runner';
import { MethodContribution, NotificationHandler, onNotification, onRequest, RequestContext, RequestHandler } from './method-contribution';
import { toolDefinitions } from './tool-definitions';

/** Protocol revisions we speak; a client asking for another one gets our latest. */
export const SUPPORTED_PROTOCOL_VERSIONS = ['2024-11-05', '2025-03-26', '2025-06-18', '2025-11-25'];
export const LATEST_PROTOCOL_VERSION = '2025-11-25';

/** The MCP methods: handshake, ping, tools, empty resources/prompts, logging level, cancellation. */
@injectable()
export class MessageProcessor implements MethodContribution {
  constructor(
    @inject(ClientSession) private readonly session: ClientSession,
    @inject(ServerOptions) private readonly options: ServerOptions,
    @inject(LoggerFactory) private readonly loggers: LoggerFactory,
    @inject(CodexToolRunner) private readonly toolRunner: CodexToolRunner,
    @inject(TaskProcessor) private readonly tasks: TaskProcessor,
  ) {}

  requests(): RequestHandler[] {
    return [
      onRequest(InitializeRequest, (p) => this.initialize(p)),
      onRequest(PingRequest, () => ({})),
      onRequest(ListToolsRequest, () => ({ tools: this.tasks.enabled() ? toolDefinitions().map((t) => ({ ...t, execution: { taskSupport: 'optional' as const } })) : toolDefinitions() })),
      onRequest(CallToolRequest, (p, ctx) => this.callTool(p, ctx)),
      onRequest(ListResourcesRequest, () => ({ resources: [] })),
      onRequest(ListResourceTemplatesRequest, () => ({ resourceTemplates: [] })),
      onRequest(ListPromptsRequest, () => ({ prompts: [] })),
      onRequest(SetLevelRequest, (p) => {
        this.loggers.setLevel(p.level);
        return {};
      }),
    ];
  }

  notifications(): NotificationHandler[] {
    return [
      onNotification(InitializedNotification, () => undefined),
      // The transport fires the cancelled request's token (the one cancellation path); this only validates.
      onNotification(CancelledNotification, () => undefined),
    ];
  }

  private initialize(p: InitializeParamsDto) {
    if (this.session.initialized) throw RpcError.invalidRequest('initialize called more than once');
    const protocolVersion = SUPPORTED_PROTOCOL_VERSIONS.includes(p.protocolVersion) ? p.protocolVersion : LATEST_PROTOCOL_VERSION;
    this.session.record({ protocolVersion, capabilities: p.capabilities, clientInfo: p.clientInfo });
    return {
      // MCP tasks only for clients that negotiated them; older ones see today's exact answer.
      capabilities: this.tasks.enabled() ? { tasks: SERVER_TASKS_CAPABILITY, tools: { listChanged: true } } : { tools: { listChanged: true } },
      protocolVersion,
      serverInfo: { name: 'codex-mcp-server', title: 'Codex', version: this.options.version },
    };
  }

  private async callTool(p: CallToolParamsDto, ctx: RequestContext): Promise<CallToolResult | CreateTaskResult> {
    switch (p.name) {
      case 'codex':
        if (p.task && this.tasks.enabled()) return this.tasks.startToolCall(p.task, ctx, (c) => this.toolRunner.runCodex(p.arguments, c, p._meta));
        return this.toolRunner.runCodex(p.arguments, ctx, p._meta);
      case 'codex-reply':
        if (p.task && this.tasks.enabled()) return this.tasks.startToolCall(p.task, ctx, (c) => this.toolRunner.runCodexReply(p.arguments, c, p._meta));
        return this.toolRunner.runCodexReply(p.arguments, ctx, p._meta);
      default:
        return { content: [{ text: `Unknown tool '${p.name}'`, type: 'text' }], isError: true };
    }
  }
}
