import { inject, injectable, postConstruct } from 'inversify';
import { whenMade } from '../common/deferred-bindings';
import { AuthManager } from '../auth/auth-manager';
import { RpcError } from '../protocol/errors';
import { messageOf } from '../common/errors';
import { ConnectionDisposables } from './connection-disposables';
import {
  AuthStatusChangeNotification,
  CancelLoginChatGptRequest,
  GetAuthStatusRequest,
  LoginApiKeyRequest,
  LoginChatGptCompleteNotification,
  LoginChatGptRequest,
  LogoutChatGptRequest,
  UserInfoRequest,
} from '../protocol/methods';
import { onRequest, type MethodContribution, type RequestHandler } from './method-contribution';
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
    // Subscribed once the auth manager exists: a start that never touches auth never loads its code.
    this.disposables.push(
      whenMade(this.auth, (auth) => {
        this.disposables.push(auth.onDidChange((e) => setImmediate(() => this.outgoing.sendNotification(AuthStatusChangeNotification, e))));
        this.disposables.push(auth.onLoginComplete((e) => setImmediate(() => this.outgoing.sendNotification(LoginChatGptCompleteNotification, e))));
      }),
    );
  }

  requests(): RequestHandler[] {
    return [
      onRequest(GetAuthStatusRequest, (p) => this.auth.status({ includeToken: p.includeToken, refreshToken: p.refreshToken })),
      onRequest(LoginApiKeyRequest, async (p) => {
        await this.auth.loginApiKey(p.apiKey);
        return {};
      }),
      onRequest(LoginChatGptRequest, async () => {
        try {
          return await this.auth.startChatGptLogin();
        } catch (e) {
          throw RpcError.internal(messageOf(e));
        }
      }),
      onRequest(CancelLoginChatGptRequest, (p) => {
        if (!this.auth.cancelChatGptLogin(p.loginId)) throw RpcError.invalidRequest(`login id not found: ${p.loginId}`);
        return {};
      }),
      onRequest(LogoutChatGptRequest, async () => {
        await this.auth.logout();
        return {};
      }),
      onRequest(UserInfoRequest, () => this.auth.userInfo()),
    ];
  }
}
