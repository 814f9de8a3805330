import { Container } from 'inversify';
import { AuthManager } from '../../../src/auth/auth-manager';
import { LoggerFactory } from '../../../src/logging/logger';
import { ChatClient } from '../../../src/model/chat-client';
import { modelModule } from '../../../src/model/model-module';
import { ModelClientFactory } from '../../../src/model/model-types';
import { ResponsesClient } from '../../../src/model/responses-client';
import { FakeAuthManager } from '../../support/fake-auth-manager';
import { modelTestConfig } from '../../support/model-test-config';
import { MemoryLoggerFactory } from '../../support/test-logger';

function factory(): ModelClientFactory {
  const container = new Container();
  container.bind(AuthManager).toConstantValue(new FakeAuthManager());
  container.bind(LoggerFactory).toConstantValue(new MemoryLoggerFactory());
  container.loadSync(modelModule);
  return container.get<ModelClientFactory>(ModelClientFactory);
}

describe('ModelClientFactory', () => {
  test('picks the client by wire_api', () => {
    const f = factory();
    expect(f.create(modelTestConfig('http://x', { wire_api: 'chat' }), 'c')).toBeInstanceOf(ChatClient);
    expect(f.create(modelTestConfig('http://x', { wire_api: 'responses' }), 'c')).toBeInstanceOf(ResponsesClient);
  });

  test('is bound as a singleton', () => {
    const container = new Container();
    container.bind(AuthManager).toConstantValue(new FakeAuthManager());
    container.bind(LoggerFactory).toConstantValue(new MemoryLoggerFactory());
    container.loadSync(modelModule);
    expect(container.get(ModelClientFactory)).toBe(container.get(ModelClientFactory));
  });
});
