/**
 * Bundled in place of `libphonenumber-js/max` (an esbuild alias in the build script):
 * class-validator's CommonJS entry loads every decorator, and `IsPhoneNumber` alone would add
 * the 450 KB phone-number library to every start. No DTO of this server validates a phone
 * number, so reaching this is a programming error, reported loudly.
 */
export function parsePhoneNumber(): never {
  throw new Error('phone-number validation is not bundled in codex-mcp-server (IsPhoneNumber is unsupported)');
}
