import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { SERVER_ENTRY } from '../../support/mcp-process';
import { mcpHandshake } from '../../support/mcp-handshake';

const README = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'README.md'), 'utf8');

interface Block {
  /** The `###` (or `##`) heading the block sits under. */
  section: string;
  lang: string;
  text: string;
}

interface Snippet {
  section: string;
  command: string;
  args: string[];
  env: Record<string, string>;
}

function codeBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  let section = '';
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heading = /^#{2,3} (.+)$/.exec(lines[i]);
    if (heading) section = heading[1];
    const fence = /^\s*```(\w*)\s*$/.exec(lines[i]);
    if (!fence) continue;
    const indent = lines[i].indexOf('`');
    const body: string[] = [];
    for (i++; i < lines.length && !/^\s*```\s*$/.test(lines[i]); i++) body.push(lines[i].slice(indent));
    blocks.push({ section, lang: fence[1], text: body.join('\n') });
  }
  return blocks;
}

/** The top-level key each client's JSON file keeps its servers under. */
const JSON_SERVERS_KEY: Record<string, string> = {
  'Claude Code': 'mcpServers',
  'Claude Desktop': 'mcpServers',
  Cursor: 'mcpServers',
  'VS Code': 'servers',
  Zed: 'context_servers',
  Windsurf: 'mcpServers',
};

function fromJson(block: Block): Snippet[] {
  const doc = JSON.parse(block.text) as Record<string, Record<string, { command: string; args?: string[]; env?: Record<string, string>; type?: string }>>;
  const key = JSON_SERVERS_KEY[block.section];
  expect({ section: block.section, keys: Object.keys(doc) }).toEqual({ section: block.section, keys: [key] });
  return Object.values(doc[key]).map((s) => {
    if (block.section === 'VS Code') expect(s.type).toBe('stdio');
    return { section: block.section, command: s.command, args: s.args ?? [], env: s.env ?? {} };
  });
}

function fromToml(block: Block): Snippet[] {
  const doc = parseToml(block.text) as { mcp_servers?: Record<string, { command: string; args?: string[]; env?: Record<string, string>; tool_timeout_sec?: number }> };
  expect(Object.keys(doc.mcp_servers ?? {})).toEqual(['codex']);
  const s = doc.mcp_servers!.codex;
  expect(typeof s.tool_timeout_sec).toBe('number');
  return [{ section: block.section, command: s.command, args: s.args ?? [], env: s.env ?? {} }];
}

/** `claude mcp add [--scope s] [-e K=V]... <name> -- <command> [args...]` */
function fromClaudeAdd(line: string, section: string): Snippet {
  const words = line.trim().split(/\s+/);
  const dash = words.indexOf('--');
  expect(words.slice(0, 3)).toEqual(['claude', 'mcp', 'add']);
  expect(dash).toBeGreaterThan(3);
  const env: Record<string, string> = {};
  const opts = words.slice(3, dash);
  for (let i = 0; i < opts.length; i++) {
    if (opts[i] === '-e' || opts[i] === '--env') {
      const [k, ...v] = opts[++i].split('=');
      env[k] = v.join('=');
    }
  }
  expect(opts[opts.length - 1]).toBe('codex');
  const [command, ...args] = words.slice(dash + 1);
  return { section, command, args, env };
}

/** `command` and `args` of the Python (`params={...}`) and TypeScript (`{ command: '...' }`) snippets. */
function fromCode(block: Block): Snippet[] {
  const m = /["']?command["']?\s*:\s*["']([^"']+)["']\s*,\s*["']?args["']?\s*:\s*\[([^\]]*)\]/.exec(block.text);
  expect(m).not.toBeNull();
  const args = m![2].trim() === '' ? [] : (JSON.parse(`[${m![2].replace(/'/g, '"')}]`) as string[]);
  return [{ section: block.section, command: m![1], args, env: {} }];
}

function snippets(): Snippet[] {
  const out: Snippet[] = [];
  for (const block of codeBlocks(README)) {
    // ACP agent entries start an ACP agent, not an MCP server (test/integration/acp checks them).
    if (block.section.startsWith('ACP')) continue;
    // The protocol types example is a library import (test/integration/cli/package.test.ts type-checks it).
    if (block.section.startsWith('Protocol types')) continue;
    if (block.lang === 'json') out.push(...fromJson(block));
    else if (block.lang === 'toml') out.push(...fromToml(block));
    else if (block.lang === 'python' || block.lang === 'ts') out.push(...fromCode(block));
    else if (block.lang === 'sh') {
      for (const line of block.text.split('\n')) if (/^\s*claude mcp add /.test(line)) out.push(fromClaudeAdd(line, block.section));
    }
  }
  return out;
}

/** The snippet's command as this checkout runs it: the package's bin (or `node <bundle>`) is the built bundle. */
function resolveCommand(s: Snippet): string[] {
  if (s.command === 'codex-mcp-server') return [process.execPath, SERVER_ENTRY, ...s.args];
  if (s.command === 'node' && s.args[0]?.endsWith('/dist/codex-mcp-server.js')) return [process.execPath, SERVER_ENTRY, ...s.args.slice(1)];
  throw new Error(`${s.section}: the snippet runs \`${s.command}\`, which is not this package's command`);
}

describe('README', () => {
  const all = snippets();

  it('has a snippet for every client it promises', () => {
    const sections = new Set(all.map((s) => s.section));
    for (const client of ['Claude Code', 'Claude Desktop', 'Cursor', 'VS Code', 'Zed', 'Windsurf', 'Codex CLI', 'OpenAI Agents SDK (Python)', 'Vercel AI SDK']) {
      expect([client, sections.has(client)]).toEqual([client, true]);
    }
  });

  it('never points outside the repository', () => {
    expect(README).not.toMatch(/\.\.\/shared|WIRE\.md|STYLE\.md|RESEARCH\.md/);
    // The npm registry name is someone else's package: no snippet may fetch it.
    const code = codeBlocks(README).map((b) => b.text).join('\n');
    expect(code).not.toMatch(/npx (-y )?codex-mcp-server(?![-\w])/);
  });

  it('every snippet starts a server that completes the MCP handshake', async () => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'codex-home-'));
    // Snippets that start the very same process (command, arguments, environment) share one run.
    const distinct = new Map<string, Snippet>();
    for (const s of all) distinct.set(JSON.stringify([resolveCommand(s), s.env]), s);
    const queue = [...distinct.values()];
    const failures: string[] = [];
    const worker = async () => {
      for (let s = queue.shift(); s; s = queue.shift()) {
        try {
          const hs = await mcpHandshake(resolveCommand(s), { env: { CODEX_HOME: home, ...s.env } });
          expect(hs.serverInfo.name).toBe('codex-mcp-server');
          expect(hs.tools).toEqual(expect.arrayContaining(['codex', 'codex-reply']));
          expect(hs.exitCode).toBe(0);
        } catch (e) {
          failures.push(`${s.section}: ${e instanceof Error ? e.message : String(e)}`);
        }
      }
    };
    await Promise.all([worker(), worker()]);
    expect(failures).toEqual([]);
    expect(all.length).toBeGreaterThanOrEqual(10);
  }, 60_000);
});
