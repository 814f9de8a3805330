import { resolveSandboxPolicy, type ResolvedSandboxPolicy } from '../../exec/sandbox/resolved-policy';
import type { TurnContext } from './tool-types';

const resolved = new WeakMap<TurnContext, Promise<ResolvedSandboxPolicy>>();

/**
 * The turn's sandbox, resolved once when a tool first needs it: the session's policy and cwd
 * become concrete writable roots and read-only sub-paths. Commands and patches of the turn are
 * checked and confined by this, never by their own working directory.
 */
export function turnSandboxPolicy(turn: TurnContext): Promise<ResolvedSandboxPolicy> {
  let policy = resolved.get(turn);
  if (policy === undefined) {
    policy = resolveSandboxPolicy(turn.sandboxPolicy, turn.cwd);
    resolved.set(turn, policy);
  }
  return policy;
}
