import { parse } from 'smol-toml';
import { readConfigToml } from '../../../src/config/config-toml';
import { ProfileToml } from '../../../src/config/config-toml-dtos';
import type { TomlTable } from '../../../src/config/toml-tree';

const read = (text: string) => {
  const reports: string[] = [];
  const cfg = readConfigToml(parse(text) as TomlTable, (key, kind) => reports.push(`${kind} ${key}`));
  return { cfg, reports };
};

describe('readConfigToml (through the config DTO classes)', () => {
  it('reports each table\'s upstream-only keys as ignored and anything else as unknown', () => {
    const { reports } = read(
      'notify = []\nmodle = 1\n[profiles.p]\nplan_model = "x"\ncolour = 1\n[model_providers.m]\nexperimental_bearer_token = "t"\n[shell_environment_policy]\nexperimental_use_profile = true\n[history]\nplan_model = 1\n',
    );
    expect(reports.sort()).toEqual(
      [
        'ignored model_providers.m.experimental_bearer_token',
        'ignored notify',
        'ignored profiles.p.plan_model',
        'ignored shell_environment_policy.experimental_use_profile',
        'unknown history.plan_model',
        'unknown modle',
        'unknown profiles.p.colour',
      ].sort(),
    );
  });

  it('gives DTO instances holding only the keys the file sets', () => {
    const { cfg } = read('[profiles.fast]\nmodel = "o3"\n');
    const profile = cfg.profiles?.get('fast');
    expect(profile).toBeInstanceOf(ProfileToml);
    expect(Object.keys(profile!)).toEqual(['model']);
    expect(Object.keys(cfg)).toEqual(['profiles']);
  });

  it('reads `tools.web_search_request` as upstream\'s older name of `web_search`', () => {
    expect(read('[tools]\nweb_search_request = true\n').cfg.tools).toEqual({ web_search: true });
    expect(read('[tools]\nweb_search = false\nweb_search_request = true\n')).toMatchObject({ cfg: { tools: { web_search: false } }, reports: [] });
  });

  it('keeps `__proto__` as a plain key of string tables and of tables of tables', () => {
    const { cfg } = read('[model_providers.__proto__]\nhttp_headers = { "__proto__" = "x" }\n');
    const provider = cfg.model_providers?.get('__proto__');
    expect(Object.keys(provider!.http_headers!)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(provider!.http_headers)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});
