import { Disposable } from 'vscode-jsonrpc/node';

/**
 * What one scope made and must release: closing the scope disposes everything pushed here,
 * newest first, once. A member whose dispose() returns a promise (a conversation, a connection
 * scope) is awaited before the next; one that throws is reported and does not stop the others.
 */
export class DisposableCollection implements Disposable {
  private readonly members: Disposable[] = [];
  private disposed = false;

  constructor(private readonly onError: (e: unknown) => void = () => undefined) {}

  get isDisposed(): boolean {
    return this.disposed;
  }

  /** Add a member; disposing the returned handle removes it without disposing it. Pushed after dispose: released at once. */
  push(member: Disposable): Disposable {
    if (this.disposed) {
      void this.release(member);
      return Disposable.create(() => undefined);
    }
    this.members.push(member);
    return Disposable.create(() => {
      const i = this.members.indexOf(member);
      if (i >= 0) this.members.splice(i, 1);
    });
  }

  async dispose(): Promise<void> {
    if (this.disposed) return;
    this.disposed = true;
    while (this.members.length > 0) await this.release(this.members.pop() as Disposable);
  }

  private async release(member: Disposable): Promise<void> {
    try {
      // Disposable.dispose() is typed void; asynchronous members return a promise anyway.
      await (member.dispose() as unknown);
    } catch (e) {
      this.onError(e);
    }
  }
}
