import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { ElicitRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { SERVER_ENTRY } from '../../support/mcp-process';
import { MockModelServer, reply } from '../../support/mock-model-server';

async function connect(configToml?: string) {
  const codexHome = fs.mkdtempSync(path.join(os.tmpdir(), 'codex-home-'));
  if (configToml) fs.writeFileSync(path.join(codexHome, 'config.toml'), configToml);
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [SERVER_ENTRY],
    env: { ...(process.env as Record<string, string>), CODEX_HOME: codexHome },
    stderr: 'pipe',
  });
  const client = new Client({ name: 'sdk-test', version: '1.0.0' }, { capabilities: { elicitation: {} } });
  await client.connect(transport);
  return client;
}

const text = (r: unknown) => ((r as { content: { text: string }[] }).content[0].text);

describe('official MCP TypeScript SDK client', () => {
  let mock: MockModelServer;
  let client: Client | undefined;
  beforeEach(async () => {
    mock = await MockModelServer.start();
  });
  afterEach(async () => {
    await client?.close();
    client = undefined;
    await mock.close();
  });

  it('connects, lists tools, resources and prompts, and pings', async () => {
    client = await connect();
    expect(client.getServerVersion()?.name).toBe('codex-mcp-server');
    const tools = await client.listTools();
    expect(tools.tools.map((t) => t.name)).toEqual(['codex', 'codex-reply']);
    expect(tools.tools[0].inputSchema.required).toEqual(['prompt']);
    expect((await client.listResources()).resources).toEqual([]);
    expect((await client.listPrompts()).prompts).toEqual([]);
    await expect(client.ping()).resolves.toEqual({});
  });

  it('calls codex, gets structuredContent.threadId, continues with codex-reply, and sees progress', async () => {
    client = await connect(mock.configToml());
    mock.enqueue(reply.text('first'), reply.text('second'));
    const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'w-'));
    const progress: unknown[] = [];
    const first = await client.callTool({ name: 'codex', arguments: { prompt: 'hi', cwd } }, undefined, {
      onprogress: (p) => progress.push(p),
      resetTimeoutOnProgress: true,
    });
    expect(text(first)).toBe('first');
    const threadId = (first.structuredContent as { threadId: string }).threadId;
    expect(threadId).toMatch(/^[0-9a-f-]{36}$/);
    expect(progress.length).toBeGreaterThan(0);
    const second = await client.callTool({ name: 'codex-reply', arguments: { prompt: 'more', sessionId: threadId } });
    expect(text(second)).toBe('second');
  });

  it.each([
    ['accept', true],
    ['decline', false],
  ] as const)('an elicitation handler answering {action: "%s"} decides whether the command runs', async (action, runs) => {
    client = await connect(mock.configToml({ approvalPolicy: 'untrusted' }));
    const seen: Record<string, unknown>[] = [];
    client.setRequestHandler(ElicitRequestSchema, async (req) => {
      seen.push(req.params as Record<string, unknown>);
      return { action };
    });
    const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'w-'));
    mock.enqueue(reply.shell('c1', ['touch', 'sdk.txt']), reply.text('done'));
    const res = await client.callTool({ name: 'codex', arguments: { prompt: 'touch', cwd } });
    expect(text(res)).toBe('done');
    expect(fs.existsSync(path.join(cwd, 'sdk.txt'))).toBe(runs);
    expect(seen).toHaveLength(1);
    // The SDK strips unknown top-level params; the codex fields survive under _meta.
    expect((seen[0]._meta as Record<string, unknown>).codex_command).toEqual(['touch', 'sdk.txt']);
    expect(seen[0].message).toBe(`Allow Codex to run \`touch sdk.txt\` in \`${cwd}\`?`);
  });
});
