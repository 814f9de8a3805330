import { inject, injectable } from 'inversify';
import { AuthManager } from '../auth/auth-manager';
import type { CodexConfig } from '../config/config-types';
import { LoggerFactory } from '../logging/logger';
import { ChatClient } from './chat-client';
import type { ModelClient, ModelClientFactory } from './model-types';
import { ResponsesClient } from './responses-client';

/** Picks the wire by `model_provider.wire_api`; one client per conversation. */
@injectable()
export class ModelClientFactoryImpl implements ModelClientFactory {
  constructor(
    @inject(AuthManager) private readonly authManager: AuthManager,
    @inject(LoggerFactory) private readonly loggers: LoggerFactory,
  ) {}

  create(config: CodexConfig, conversationId: string): ModelClient {
    const options = {
      config,
      conversationId,
      authManager: this.authManager,
      logger: this.loggers.get('model'),
    };
    return config.model_provider.wire_api === 'chat' ? new ChatClient(options) : new ResponsesClient(options);
  }
}
