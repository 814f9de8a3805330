import { REVIEW_DECISION_VALUES, type ReviewDecision } from '../protocol/common-types';

/**
 * Map a client's answer to a decision. Accepts the reference's `{decision}` and the MCP
 * standard ElicitResult `{action: accept|decline|cancel, content?}`; anything else is a denial.
 */
export function decisionFromReply(reply: unknown): ReviewDecision {
  if (!reply || typeof reply !== 'object') return 'denied';
  const r = reply as { decision?: unknown; action?: unknown; content?: unknown };
  const isDecision = (v: unknown): v is ReviewDecision => typeof v === 'string' && (REVIEW_DECISION_VALUES as string[]).includes(v);
  if (isDecision(r.decision)) return r.decision;
  switch (r.action) {
    case 'accept': {
      const inner = r.content && typeof r.content === 'object' ? (r.content as { decision?: unknown }).decision : undefined;
      return isDecision(inner) ? inner : 'approved';
    }
    case 'decline':
      return 'denied';
    case 'cancel':
      return 'abort';
    default:
      return 'denied';
  }
}
