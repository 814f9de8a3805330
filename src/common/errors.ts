/** The message of anything thrown (an Error's message, anything else stringified). */
export function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
