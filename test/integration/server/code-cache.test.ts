import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { McpProcess } from '../../support/mcp-process';
import { waitUntil } from '../../support/wait-until';

// The built bundle through its code-cache prelude: the first start compiles and writes the cache,
// a later start runs from it and answers the same.
describe('the bundle code cache', () => {
  let cacheDir: string;
  beforeEach(() => {
    cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bundle-cache-'));
  });
  afterEach(() => fs.rmSync(cacheDir, { recursive: true, force: true }));

  async function startAndInitialize(): Promise<{ status: string; answer: unknown }> {
    const mcp = await McpProcess.start({ env: { CODEX_MCP_CODE_CACHE_DIR: cacheDir, CODEX_MCP_LOG: 'debug' } });
    try {
      const answer = await mcp.initialize();
      await mcp.waitForLog('code cache');
      const status = /code cache \{"status":"(\w+)"\}/.exec(mcp.stderr)?.[1] ?? 'none';
      return { status, answer };
    } finally {
      await mcp.close();
    }
  }

  test('a second start runs from the cache the first one wrote, with the same answers', async () => {
    const first = await startAndInitialize();
    expect(first.status).toBe('miss');
    await waitUntil(() => fs.readdirSync(cacheDir).some((f) => f.endsWith('.v8cache')), 'the cache file');
    const second = await startAndInitialize();
    expect(second.status).toBe('hit');
    expect(second.answer).toEqual(first.answer);
  });
});
