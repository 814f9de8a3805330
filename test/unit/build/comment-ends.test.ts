import { withoutCommentEnds } from '../../../src/build/comment-ends';

/** What `code` (a module body setting `module.exports`) exports. */
function run(code: string): unknown {
  const m = { exports: undefined as unknown };
  new Function('module', code)(m);
  return m.exports;
}

describe('withoutCommentEnds', () => {
  const cases: [string, string][] = [
    ['strings', 'module.exports = ["x*/y", \'*/\', "a*\\\\/b"];'],
    ['an untagged template', 'const v = 1; module.exports = `*/${v}*/`;'],
    ['a regex ending in a star', 'module.exports = ["aaa".match(/a*/g), "b*".replace(/\\*/g, "!"), /[*/]+/.test("*/")];'],
    ['a regex with the u flag', 'module.exports = [/x*/u.test("xx"), /[*/]/u.test("/"), /y*/v.test("")];'],
    ['division next to a star', 'const a = 6, b = 3; module.exports = a*/* note */b/2;'],
    ['comments', '/* lead */\nmodule.exports = 1 /* inline */ + 2; // tail */ here\n/*! licence\n * text */\n'],
  ];

  test.each(cases)('keeps the meaning of %s and removes every comment end', (_name, code) => {
    const out = withoutCommentEnds(code);
    expect(out).not.toContain('*/');
    expect(run(out)).toEqual(run(code));
  });

  test('keeps a comment that stands on its own lines as line comments', () => {
    expect(withoutCommentEnds('x();\n/*! MIT licence\n  (c) someone */\n')).toBe('x();\n//! MIT licence\n//  (c) someone\n');
  });

  test('leaves code without comment ends as it is', () => {
    const code = 'module.exports = /a+/.test("a") && "*" + "/";';
    expect(withoutCommentEnds(code)).toBe(code);
  });

  test('refuses a tagged template whose raw text holds a comment end', () => {
    expect(() => withoutCommentEnds('module.exports = String.raw`*/`;')).toThrow(/tagged template/);
  });
});
