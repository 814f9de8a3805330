import { inject, injectable, postConstruct } from 'inversify';
import { AuthManager } from '../auth/auth-manager';
import { CancelLoginChatGptParamsDto, GetAuthStatusParamsDto, LoginApiKeyParamsDto } from '../protocol/dto/auth-dtos';
import { RpcError } from '../protocol/errors';
import { messageOf } from '../common/errors';
import { ConnectionDisposables } from './connection-disposables';
import type { MethodContribution, RequestMethod } from './method-contribution';
import { OutgoingMessageSender } from './outgoing-message-sender';

/** getAuthStatus, loginApiKey, loginChatGpt, cancelLoginChatGpt, logoutChatGpt, userInfo. */
@injectable()
export class AuthApiProcessor implements MethodContribution {
  constructor(
    @inject(AuthManager) private readonly auth: AuthManager,
    @inject(OutgoingMessageSender) private readonly outgoing: OutgoingMessageSender,
    @inject(ConnectionDisposables) private readonly disposables: ConnectionDisposables,
  ) {}

  @postConstruct()
  protected listen(): void {
    // Deferred a macrotask so the answer to logout/login goes out before the notification.
    // Every connection hears about auth changes; a closed one stops listening.
    this.disposables.push(this.auth.onDidChange((e) => setImmediate(() => this.outgoing.sendNotification('codex/event/auth_status_change', e))));
    this.disposables.push(this.auth.onLoginComplete((e) => setImmediate(() => this.outgoing.sendNotification('codex/event/login_chat_gpt_complete', e))));
  }

  requests(): RequestMethod<any>[] { // eslint-disable-line @typescript-eslint/no-explicit-any
    return [
      {
        method: 'getAuthStatus',
        params: GetAuthStatusParamsDto,
        handle: (p: GetAuthStatusParamsDto) => this.auth.status({ includeToken: p.includeToken, refreshToken: p.refreshToken }),
      },
      {
        method: 'loginApiKey',
        serial: true,
        params: LoginApiKeyParamsDto,
        handle: async (p: LoginApiKeyParamsDto) => {
          await this.auth.loginApiKey(p.apiKey);
          return {};
        },
      },
      {
        method: 'loginChatGpt',
        serial: true,
        handle: async () => {
          try {
            return await this.auth.startChatGptLogin();
          } catch (e) {
            throw RpcError.internal(messageOf(e));
          }
        },
      },
      {
        method: 'cancelLoginChatGpt',
        serial: true,
        params: CancelLoginChatGptParamsDto,
        handle: (p: CancelLoginChatGptParamsDto) => {
          if (!this.auth.cancelChatGptLogin(p.loginId)) throw RpcError.invalidRequest(`login id not found: ${p.loginId}`);
          return {};
        },
      },
      {
        method: 'logoutChatGpt',
        serial: true,
        handle: async () => {
          await this.auth.logout();
          return {};
        },
      },
      { method: 'userInfo', handle: () => this.auth.userInfo() },
    ];
  }
}
