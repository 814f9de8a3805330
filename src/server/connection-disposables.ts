import type { DisposableCollection } from '../common/disposable-collection';

export const ConnectionDisposables = Symbol('ConnectionDisposables');
/**
 * Everything a connection scope made that holds a listener, a timer or a subscription pushes
 * its release here; closing the connection disposes it (newest first).
 */
export type ConnectionDisposables = DisposableCollection;
