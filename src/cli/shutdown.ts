import type { Container } from 'inversify';
import { disposeContainer } from '../container';
import type { Logger } from '../logging/logger';
import { messageOf } from '../common/errors';

/**
 * Stop cleanly on SIGTERM/SIGINT/SIGHUP or when the returned function is called: `before` (stop
 * accepting clients), the container (calls, conversations, processes), `after` (flush), exit 0
 * — never taking longer than 2 s, whatever a service does.
 */
export function installShutdown(container: Container, log: Logger, hooks: { before?: () => Promise<void>; after?: () => Promise<void> } = {}): (why: string) => Promise<void> {
  let stopping = false;
  const stop = async (why: string) => {
    if (stopping) return;
    stopping = true;
    log.info('shutting down', { why });
    setTimeout(() => process.exit(0), 1800).unref();
    try {
      await hooks.before?.();
      await disposeContainer(container);
      await hooks.after?.();
    } catch (e) {
      log.error('error during shutdown', { error: messageOf(e) });
    }
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
  // The terminal or session that started us went away: same orderly stop (Node would just die).
  process.on('SIGHUP', () => void stop('SIGHUP'));
  return stop;
}
