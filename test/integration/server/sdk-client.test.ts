import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { SERVER_ENTRY } from '../../support/mcp-process';

describe('official MCP TypeScript SDK client', () => {
  it('connects, lists tools, resources and prompts, and pings', async () => {
    const codexHome = fs.mkdtempSync(path.join(os.tmpdir(), 'codex-home-'));
    const transport = new StdioClientTransport({
      command: process.execPath,
      args: [SERVER_ENTRY],
      env: { ...(process.env as Record<string, string>), CODEX_HOME: codexHome },
      stderr: 'pipe',
    });
    const client = new Client({ name: 'sdk-test', version: '1.0.0' }, { capabilities: { elicitation: {} } });
    await client.connect(transport);
    try {
      expect(client.getServerVersion()?.name).toBe('codex-mcp-server');
      const tools = await client.listTools();
      expect(tools.tools.map((t) => t.name)).toEqual(['codex', 'codex-reply']);
      expect(tools.tools[0].inputSchema.required).toEqual(['prompt']);
      expect((await client.listResources()).resources).toEqual([]);
      expect((await client.listPrompts()).prompts).toEqual([]);
      await expect(client.ping()).resolves.toEqual({});
    } finally {
      await client.close();
    }
  });
});
