import { inject, injectable } from 'inversify';
import { LoggerFactory } from '../logging/logger';
import { CallToolParamsDto, CancelledParamsDto, InitializeParamsDto, SetLevelParamsDto } from '../protocol/dto/mcp-dtos';
import { RpcError } from '../protocol/errors';
import { ServerOptions } from '../server-options';
import { ClientSession } from './client-session';
import { CodexToolRunner } from './codex-tool-runner';
import { MethodContribution, NotificationMethod, RequestContext, RequestMethod } from './method-contribution';
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
  ) {}

  requests(): RequestMethod<any>[] { // eslint-disable-line @typescript-eslint/no-explicit-any
    return [
      { method: 'initialize', params: InitializeParamsDto, handle: (p: InitializeParamsDto) => this.initialize(p) },
      { method: 'ping', handle: () => ({}) },
      { method: 'tools/list', handle: () => ({ tools: toolDefinitions() }) },
      { method: 'tools/call', params: CallToolParamsDto, handle: (p: CallToolParamsDto, ctx: RequestContext) => this.callTool(p, ctx) },
      { method: 'resources/list', handle: () => ({ resources: [] }) },
      { method: 'resources/templates/list', handle: () => ({ resourceTemplates: [] }) },
      { method: 'prompts/list', handle: () => ({ prompts: [] }) },
      {
        method: 'logging/setLevel',
        params: SetLevelParamsDto,
        handle: (p: SetLevelParamsDto) => {
          this.loggers.setLevel(p.level);
          return {};
        },
      },
    ];
  }

  notifications(): NotificationMethod<any>[] { // eslint-disable-line @typescript-eslint/no-explicit-any
    return [
      { method: 'notifications/initialized', handle: () => undefined },
      // The transport fires the cancelled request's token (the one cancellation path); this only validates.
      { method: 'notifications/cancelled', params: CancelledParamsDto, handle: () => undefined },
    ];
  }

  private initialize(p: InitializeParamsDto) {
    if (this.session.initialized) throw RpcError.invalidRequest('initialize called more than once');
    this.session.record({ protocolVersion: p.protocolVersion, capabilities: p.capabilities, clientInfo: p.clientInfo });
    const protocolVersion = SUPPORTED_PROTOCOL_VERSIONS.includes(p.protocolVersion) ? p.protocolVersion : LATEST_PROTOCOL_VERSION;
    return {
      capabilities: { tools: { listChanged: true } },
      protocolVersion,
      serverInfo: { name: 'codex-mcp-server', title: 'Codex', version: this.options.version },
    };
  }

  private async callTool(p: CallToolParamsDto, ctx: RequestContext) {
    switch (p.name) {
      case 'codex':
        return this.toolRunner.runCodex(p.arguments, ctx, p._meta);
      case 'codex-reply':
        return this.toolRunner.runCodexReply(p.arguments, ctx, p._meta);
      default:
        return { content: [{ text: `Unknown tool '${p.name}'`, type: 'text' }], isError: true };
    }
  }
}
