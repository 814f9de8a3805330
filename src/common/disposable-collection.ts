import { Disposable } from 'vscode-jsonrpc/node';

/** Something whose release may take a while (a conversation, a connection scope). */
export interface AsyncDisposable {
  dispose(): void | Promise<void>;
}

/**
 * What one scope made and must release: closing the scope disposes everything pushed here,
 * newest first, once. A member that throws is reported and does not stop the others.
 */
export class DisposableCollection {
  private readonly members: AsyncDisposable[] = [];
  private disposed = false;

  constructor(private readonly onError: (e: unknown) => void = () => undefined) {}

  get isDisposed(): boolean {
    return this.disposed;
  }

  /** Add a member; disposing the returned handle removes it without disposing it. Pushed after dispose: released at once. */
  push(member: AsyncDisposable): Disposable {
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
    while (this.members.length > 0) await this.release(this.members.pop() as AsyncDisposable);
  }

  private async release(member: AsyncDisposable): Promise<void> {
    try {
      await member.dispose();
    } catch (e) {
      this.onError(e);
    }
  }
}
