import type { Container, ContainerModuleLoadOptions, Newable, ResolutionContext, ServiceIdentifier } from 'inversify';
import { RootContainer } from './root-container';

/**
 * Bindings whose implementation's code loads late, so a start runs (and V8 deserialises) only
 * the code that answering `initialize` needs. `load` must `require` the implementation's module
 * inside the function: the bundler then initialises that module on the first call, not at start.
 * The implementation is resolved in the root container with autobind (the root's default scope,
 * Singleton), so its own `@inject`s work as with `.to(Impl)`. Resolving in the asking context
 * instead would autobind it into whichever connection's scope asked first.
 */

function resolveInRoot<T>(ctx: ResolutionContext, load: () => Newable<T>): T {
  // A container without connection scopes (a test's) has no RootContainer: it is the root.
  const root: Pick<ResolutionContext, 'get'> = ctx.get<Container>(RootContainer, { optional: true }) ?? ctx;
  return root.get<T>(load(), { autobind: true });
}

/** `id` resolves to the implementation, whose module is required on the first resolution. */
export function bindOnFirstResolve<T>(options: ContainerModuleLoadOptions, id: ServiceIdentifier<T>, load: () => Newable<T>): void {
  options
    .bind<T>(id)
    .toDynamicValue((ctx) => resolveInRoot(ctx, load))
    .inSingletonScope();
}

/**
 * `id` resolves to a stand-in; the implementation is loaded and made on the first read of one of
 * its members. For services that start-up code injects but only a later request uses.
 */
export function bindOnFirstUse<T extends object>(options: ContainerModuleLoadOptions, id: ServiceIdentifier<T>, load: () => Newable<T>): void {
  options
    .bind<T>(id)
    .toDynamicValue((ctx) => onFirstUse(() => resolveInRoot(ctx, load)))
    .inSingletonScope();
}

const IDLE_DISPOSE = (): void => undefined;

/** Per stand-in: the real object once made, and who waits for it. */
interface StandIn<T> {
  real?: T;
  waiters: Set<(real: T) => void>;
}
const standIns = new WeakMap<object, StandIn<object>>();

/**
 * Run `use` with the real object behind `service` as soon as it is made (now, when `service` is
 * not a stand-in or is made already), without making it. For listeners: an event of a service
 * nobody made cannot fire. Dispose the result to stop waiting.
 */
export function whenMade<T extends object>(service: T, use: (real: T) => void): { dispose(): void } {
  const state = standIns.get(service) as StandIn<T> | undefined;
  if (state === undefined || state.real !== undefined) {
    use(state?.real ?? service);
    return { dispose: IDLE_DISPOSE };
  }
  state.waiters.add(use);
  return { dispose: () => state.waiters.delete(use) };
}

/**
 * A stand-in for the object `make` returns, made on the first member read. Until then, `then`
 * reads undefined (a promise check is not a use) and `dispose()` does nothing: a service nobody
 * used holds no process, timer or listener. Methods come bound to the real object, so their
 * own `this` reads never go through the stand-in.
 */
export function onFirstUse<T extends object>(make: () => T): T {
  const state: StandIn<T> = { waiters: new Set() };
  const target = (): T => {
    if (state.real !== undefined) return state.real;
    const real = (state.real = make());
    for (const use of state.waiters) use(real);
    state.waiters.clear();
    return real;
  };
  // key -> [the method read, that method bound to the real object]
  const bound = new Map<PropertyKey, [unknown, unknown]>();
  const standIn = new Proxy({} as T, {
    get(_, key) {
      if (state.real === undefined && (key === 'then' || key === 'dispose')) return key === 'dispose' ? IDLE_DISPOSE : undefined;
      const object = target();
      const value: unknown = Reflect.get(object, key);
      if (typeof value !== 'function') return value;
      const known = bound.get(key);
      if (known?.[0] === value) return known[1];
      const method = (value as (...args: unknown[]) => unknown).bind(object);
      bound.set(key, [value, method]);
      return method;
    },
    set: (_, key, value) => Reflect.set(target(), key, value),
    has: (_, key) => Reflect.has(target(), key),
    getPrototypeOf: () => Reflect.getPrototypeOf(target()),
  });
  standIns.set(standIn, state as unknown as StandIn<object>);
  return standIn;
}
