import 'reflect-metadata';
import { Container, ContainerModule, inject, injectable } from 'inversify';
import { bindOnFirstResolve, bindOnFirstUse, onFirstUse, whenMade } from '../../../src/common/deferred-bindings';
import { RootContainer } from '../../../src/common/root-container';

class Counter {
  count = 0;
  disposed = false;
  increment(): number {
    return ++this.count;
  }
  dispose(): void {
    this.disposed = true;
  }
}

describe('onFirstUse', () => {
  test('makes the object on the first member read, once', () => {
    const make = jest.fn(() => new Counter());
    const counter = onFirstUse(make);
    expect(make).not.toHaveBeenCalled();
    expect(counter.increment()).toBe(1);
    expect(counter.count).toBe(1);
    expect(make).toHaveBeenCalledTimes(1);
  });

  test('a promise check and dispose() of an unused stand-in make nothing', async () => {
    const make = jest.fn(() => new Counter());
    const counter = onFirstUse(make);
    expect((counter as unknown as { then?: unknown }).then).toBeUndefined();
    await expect(Promise.resolve(counter)).resolves.toBe(counter);
    counter.dispose();
    expect(make).not.toHaveBeenCalled();
  });

  test('dispose() of a used stand-in reaches the real object', () => {
    const real = new Counter();
    const counter = onFirstUse(() => real);
    counter.increment();
    counter.dispose();
    expect(real.disposed).toBe(true);
  });

  test('methods come bound to the real object, with a stable identity', () => {
    const real = new Counter();
    const counter = onFirstUse(() => real);
    const { increment } = counter;
    expect(increment()).toBe(1);
    expect(real.count).toBe(1);
    expect(counter.increment).toBe(increment);
  });

  test('writes, `in` and instanceof go to the real object', () => {
    const real = new Counter();
    const counter = onFirstUse(() => real);
    counter.count = 41;
    expect(real.count).toBe(41);
    expect('increment' in counter).toBe(true);
    expect(counter).toBeInstanceOf(Counter);
  });
});

describe('whenMade', () => {
  test('waits for the stand-in to be made, without making it', () => {
    const counter = onFirstUse(() => new Counter());
    const seen: Counter[] = [];
    whenMade(counter, (real) => seen.push(real));
    expect(seen).toEqual([]);
    counter.increment();
    expect(seen).toHaveLength(1);
    expect(seen[0]).toBeInstanceOf(Counter);
    expect(seen[0].count).toBe(1);
  });

  test('runs at once for a made stand-in or a plain object', () => {
    const counter = onFirstUse(() => new Counter());
    counter.increment();
    const plain = new Counter();
    const seen: Counter[] = [];
    whenMade(counter, (real) => seen.push(real));
    whenMade(plain, (real) => seen.push(real));
    expect(seen).toHaveLength(2);
    expect(seen[1]).toBe(plain);
  });

  test('a disposed wait never runs', () => {
    const counter = onFirstUse(() => new Counter());
    const use = jest.fn();
    whenMade(counter, use).dispose();
    counter.increment();
    expect(use).not.toHaveBeenCalled();
  });
});

const Clock = Symbol('Clock');
interface Clock {
  now(): string;
}
const Greeter = Symbol('Greeter');
interface Greeter {
  greet(): string;
}
@injectable()
class GreeterImpl implements Greeter {
  constructor(@inject(Clock) private readonly clock: Clock) {}
  greet(): string {
    return `hello at ${this.clock.now()}`;
  }
}

describe('bindOnFirstResolve and bindOnFirstUse', () => {
  /** A root with a connection-like child scope that shadows Clock. */
  function scopes(bind: typeof bindOnFirstUse, load: () => typeof GreeterImpl) {
    const root = new Container({ defaultScope: 'Singleton' });
    root.bind(RootContainer).toConstantValue(root);
    root.bind<Clock>(Clock).toConstantValue({ now: () => 'root time' });
    root.loadSync(new ContainerModule((options) => bind(options, Greeter, load)));
    const child = new Container({ parent: root, defaultScope: 'Singleton' });
    child.bind<Clock>(Clock).toConstantValue({ now: () => 'child time' });
    return { root, child };
  }

  test('bindOnFirstResolve loads the implementation on the first resolution and makes it in the root', () => {
    const load = jest.fn(() => GreeterImpl);
    const { root, child } = scopes(bindOnFirstResolve, load);
    expect(load).not.toHaveBeenCalled();
    const greeter = child.get<Greeter>(Greeter);
    expect(load).toHaveBeenCalledTimes(1);
    // Resolved in the root: the child's Clock is not the one it got.
    expect(greeter.greet()).toBe('hello at root time');
    expect(greeter).toBeInstanceOf(GreeterImpl);
    expect(root.get(Greeter)).toBe(greeter);
    expect(root.isCurrentBound(GreeterImpl)).toBe(true);
    expect(child.isCurrentBound(GreeterImpl)).toBe(false);
  });

  test('bindOnFirstUse loads it only when a member is read', () => {
    const load = jest.fn(() => GreeterImpl);
    const { root, child } = scopes(bindOnFirstUse, load);
    const greeter = child.get<Greeter>(Greeter);
    expect(root.get(Greeter)).toBe(greeter);
    expect(load).not.toHaveBeenCalled();
    expect(greeter.greet()).toBe('hello at root time');
    expect(load).toHaveBeenCalledTimes(1);
  });

  test('a container without RootContainer resolves in itself', () => {
    const container = new Container({ defaultScope: 'Singleton' });
    container.bind<Clock>(Clock).toConstantValue({ now: () => 'plain time' });
    container.loadSync(new ContainerModule((options) => bindOnFirstUse(options, Greeter, () => GreeterImpl)));
    expect(container.get<Greeter>(Greeter).greet()).toBe('hello at plain time');
  });
});
