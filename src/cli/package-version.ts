import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * The version in this package's package.json, found by walking up from the running file
 * (dist/codex-mcp-server.js in the bundle, dist/cli/*.js unbundled, src/cli/*.ts under jest).
 */
export function packageVersion(from: string = __dirname): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    try {
      const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'codex-mcp-server' && pkg.version) return pkg.version;
    } catch {
      // no (readable) package.json here: keep walking up
    }
    if (path.dirname(dir) === dir) return '0.0.0';
  }
}
