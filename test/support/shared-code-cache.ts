import * as os from 'node:os';
import * as path from 'node:path';

// Every server a test spawns gets a fresh CODEX_HOME; without this they would each compile the
// bundle and write its code cache there. One cache for the whole run, as one user would have.
// The code-cache tests set their own directory.
process.env.CODEX_MCP_CODE_CACHE_DIR ??= path.join(os.tmpdir(), `codex-mcp-test-code-cache-${process.getuid?.() ?? 'user'}`);
