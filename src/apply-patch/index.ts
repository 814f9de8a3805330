/** The apply_patch library: parsing, fuzzy matching, verification, atomic application, turn diffs. */
export * from './apply-patch-types';
export { parsePatch, parsePatchText, PatchParseError, type ParsedPatch } from './parser';
export { seekSequence } from './seek-sequence';
export { unifiedDiff } from './unified-diff';
export {
  maybeParseApplyPatch,
  maybeParseApplyPatchVerified,
  extractApplyPatchFromBash,
  type MaybeApplyPatch,
  type MaybeApplyPatchVerified,
} from './invocation';
export { verifyPatch, applyAction, deriveNewContents, finalStateOf, successSummary, type ApplyPatchResult, type ReadTextFile } from './apply-patch';
export { TurnDiffTracker, gitBlobOid } from './turn-diff-tracker';
export { applyPatchToolSpec, APPLY_PATCH_INSTRUCTIONS } from './tool-spec';
