/**
 * Model-facing documentation of the apply_patch format and the JSON function tool that carries a
 * patch (`apply_patch {input}`, offered to models without freeform tools). The texts are our own
 * wording of the grammar the parser accepts.
 */
import type { ToolSpec } from '../model/model-types';
import { ApplyPatchToolArgsDto } from '../protocol/dto/model-tool-dtos';
import { toolParametersSchema } from '../protocol/dto/tool-arguments';

const GRAMMAR = `Patch      := "*** Begin Patch" NEWLINE { FileOp } "*** End Patch" NEWLINE
FileOp     := AddFile | DeleteFile | UpdateFile
AddFile    := "*** Add File: " path NEWLINE { "+" line NEWLINE }
DeleteFile := "*** Delete File: " path NEWLINE
UpdateFile := "*** Update File: " path NEWLINE [ "*** Move to: " newPath NEWLINE ] { Hunk }
Hunk       := "@@" [ " " header ] NEWLINE { HunkLine } [ "*** End of File" NEWLINE ]
HunkLine   := (" " | "-" | "+") text NEWLINE`;

const EXAMPLE = `*** Begin Patch
*** Add File: notes/todo.md
+# TODO
+- write tests
*** Update File: src/server.py
*** Move to: src/app.py
@@ def handle(request):
     user = request.user
-    return render(user)
+    return render(user, theme="dark")
*** Delete File: src/legacy.py
*** End Patch`;

function formatDescription(intro: string): string {
  return `${intro}
A patch is a small, file-oriented diff wrapped in an envelope:

*** Begin Patch
[ one or more file operations ]
*** End Patch

Every operation starts with a header that names the action:

*** Add File: <path> - create a file; each following line is its content, prefixed with +.
*** Delete File: <path> - delete a file; nothing follows the header.
*** Update File: <path> - edit a file in place; may be followed directly by *** Move to: <new path> to rename it.

An update consists of one or more hunks, each starting with @@ (optionally followed by a line of
context such as the enclosing class or function). Inside a hunk every line begins with a space
(unchanged context), - (a line to remove) or + (a line to add).

Context rules:
- Show about 3 unchanged lines before and after each change; when two changes are close, do not
  repeat lines already shown as context of the previous change.
- When 3 lines are not enough to locate the change unambiguously, name the enclosing class or
  function on the @@ line, e.g. "@@ class Session".
- End a hunk with *** End of File when its lines must match the end of the file.

Grammar:
${GRAMMAR}

Example combining several operations:

${EXAMPLE}

Remember:
- Always state the action with a header (Add, Delete or Update).
- Prefix every line of a new file with +.
- Use relative file paths only, never absolute ones.`;
}

/** The instructions for models that call apply_patch through the shell tool (`["apply_patch", patch]`). */
export const APPLY_PATCH_INSTRUCTIONS = `## \`apply_patch\`

${formatDescription('Edit files by running the `apply_patch` shell command with a patch as its single argument.')}

Invoke it through the shell tool like this:

\`\`\`
shell {"command":["apply_patch","*** Begin Patch\\n*** Add File: hello.txt\\n+Hello, world!\\n*** End Patch\\n"]}
\`\`\`
`;

let spec: ToolSpec | undefined;

/** The `apply_patch` JSON function tool; its `input` is the whole patch (parameters from ApplyPatchToolArgsDto). */
export function applyPatchToolSpec(): ToolSpec {
  spec ??= {
    type: 'function',
    name: 'apply_patch',
    description: formatDescription('Use the `apply_patch` tool to edit files.'),
    strict: false,
    parameters: toolParametersSchema(ApplyPatchToolArgsDto),
  };
  return spec;
}
