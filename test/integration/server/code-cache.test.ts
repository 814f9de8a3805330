import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { McpProcess } from '../../support/mcp-process';
import { HttpServerProcess } from '../../support/http-server-process';
import { MockModelServer, reply } from '../../support/mock-model-server';
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

  const cacheFile = () => fs.readdirSync(cacheDir).find((f) => f.endsWith('.v8cache'));
  /** Byte 4 of the file: 0 the start path, 1 a turn as well. */
  const stage = () => {
    const f = cacheFile();
    return f ? fs.readFileSync(path.join(cacheDir, f))[4] : undefined;
  };

  test('a first turn adds its code to the cache once; a start from that cache writes nothing', async () => {
    const mock = await MockModelServer.start();
    const turn = async () => {
      const mcp = await McpProcess.start({ configToml: mock.configToml({ wireApi: 'chat' }), env: { CODEX_MCP_CODE_CACHE_DIR: cacheDir } });
      try {
        await mcp.initialize();
        await waitUntil(() => stage() !== undefined, 'the start-path cache');
        mock.enqueue(reply.text('Hello'));
        const res = await mcp.call('tools/call', { name: 'codex', arguments: { prompt: 'hi', cwd: os.tmpdir() } });
        expect(res.result.content[0].text).toBe('Hello');
        await waitUntil(() => stage() === 1, 'the cache with a turn');
      } finally {
        await mcp.close();
      }
    };
    try {
      await turn();
      const written = fs.statSync(path.join(cacheDir, cacheFile()!));
      await turn();
      const after = fs.statSync(path.join(cacheDir, cacheFile()!));
      expect([after.mtimeMs, after.size]).toEqual([written.mtimeMs, written.size]);
      expect(fs.readdirSync(cacheDir)).toHaveLength(1);
    } finally {
      await mock.close();
    }
  });

  test('over HTTP, a first turn adds its code to the cache too', async () => {
    const mock = await MockModelServer.start();
    const shared = process.env.CODEX_MCP_CODE_CACHE_DIR;
    process.env.CODEX_MCP_CODE_CACHE_DIR = cacheDir;
    const server = await HttpServerProcess.start({ configToml: mock.configToml({ wireApi: 'chat' }) }).finally(() => {
      process.env.CODEX_MCP_CODE_CACHE_DIR = shared;
    });
    try {
      const { client } = await server.connect();
      mock.enqueue(reply.text('Hello'));
      const res = (await client.callTool({ name: 'codex', arguments: { prompt: 'hi', cwd: os.tmpdir() } })) as { content: { text: string }[] };
      expect(res.content[0].text).toBe('Hello');
      await waitUntil(() => stage() === 1, 'the cache with a turn');
      await client.close();
    } finally {
      await server.stop();
      await mock.close();
    }
  });
});
