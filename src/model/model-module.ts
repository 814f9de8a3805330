import { ContainerModule } from 'inversify';
import { bindOnFirstResolve } from '../common/deferred-bindings';
import { ModelClientFactory } from './model-types';

export const modelModule = new ContainerModule((options) => {
  bindOnFirstResolve(options, ModelClientFactory, () => (require('./model-client-factory') as typeof import('./model-client-factory')).ModelClientFactoryImpl);
});
