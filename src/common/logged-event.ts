import type { Event } from 'vscode-jsonrpc/node';

/**
 * `event`, but a listener that throws is reported to `onError` and does not stop the others
 * (vscode-jsonrpc's Emitter would print the throw on the console, outside the server's log).
 */
export function loggedEvent<T>(event: Event<T>, onError: (err: unknown, e: T) => void): Event<T> {
  return (listener, thisArgs?: unknown, disposables?) =>
    event(
      (e: T) => {
        try {
          listener.call(thisArgs, e);
        } catch (err) {
          onError(err, e);
        }
      },
      undefined,
      disposables,
    );
}
