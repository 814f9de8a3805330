import { APPLY_PATCH_INSTRUCTIONS, applyPatchToolSpec } from '../../../src/apply-patch/tool-spec';
import { maybeParseApplyPatch } from '../../../src/apply-patch/invocation';
import { parsePatch } from '../../../src/apply-patch/parser';

describe('apply_patch tool definitions', () => {
  it('pins the JSON function tool shape', () => {
    const { description, ...rest } = applyPatchToolSpec();
    expect(rest).toEqual({
      type: 'function',
      name: 'apply_patch',
      strict: false,
      parameters: {
        type: 'object',
        properties: { input: { type: 'string', description: 'The entire contents of the apply_patch command' } },
        required: ['input'],
        additionalProperties: false,
      },
    });
    expect(description).toMatch(/^Use the `apply_patch` tool to edit files\./);
    expect(JSON.parse(JSON.stringify(applyPatchToolSpec()))).toEqual(applyPatchToolSpec());
  });

  it('documents an example patch that our parser accepts', () => {
    const example = applyPatchToolSpec().description.match(/\*\*\* Begin Patch\n\*\*\* Add File[\s\S]*?\*\*\* End Patch/);
    expect(example).not.toBeNull();
    expect(parsePatch(example![0]).map((h) => h.type)).toEqual(['add', 'update', 'delete']);
  });

  it('shows a shell invocation that is recognised as a patch', () => {
    const call = APPLY_PATCH_INSTRUCTIONS.match(/shell (\{.*\})/);
    expect(call).not.toBeNull();
    const { command } = JSON.parse(call![1]) as { command: string[] };
    expect(maybeParseApplyPatch(command)).toMatchObject({ kind: 'patch', hunks: [{ type: 'add', path: 'hello.txt' }] });
  });
});
