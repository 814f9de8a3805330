/** The message of anything thrown (an Error's message, anything else stringified). */
export function messageOf(e: unknown): string {
  // Duck-typed: errors from another realm (vm contexts, jest) fail `instanceof Error`.
  if (typeof e === 'object' && e !== null && typeof (e as Error).message === 'string') return (e as Error).message;
  return String(e);
}
