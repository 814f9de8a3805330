import { ContainerModule } from 'inversify';
import { bindOnFirstUse } from '../common/deferred-bindings';
import { AuthManager } from './auth-manager';

/** Binds the AuthManager (one per server: it owns the cache, the refresh and the login server). */
export const authModule = new ContainerModule((options) => {
  bindOnFirstUse(options, AuthManager, () => (require('./auth-manager-impl') as typeof import('./auth-manager-impl')).AuthManagerImpl);
});
