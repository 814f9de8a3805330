/**
 * Build step: rewrites JavaScript so that it holds no `*` + `/` and can sit inside a block comment
 * unchanged in meaning. The shipped file keeps the application in a comment and hands V8 a slice
 * of that comment as the source; with no character to decode, the source is a slice of the text
 * Node already holds, not a second 1 MB copy. Never part of the bundle itself.
 */
import { parse, type Comment, type Node } from 'acorn';

interface Edit {
  start: number;
  end: number;
  text: string;
}

type AnyNode = Node & { [key: string]: unknown };

/** Every node of the tree with its parent, depth first. */
function visit(node: AnyNode, parent: AnyNode | undefined, fn: (node: AnyNode, parent: AnyNode | undefined) => void): void {
  fn(node, parent);
  for (const value of Object.values(node)) {
    const children = Array.isArray(value) ? value : [value];
    for (const child of children) {
      if (child && typeof child === 'object' && typeof (child as AnyNode).type === 'string') visit(child as AnyNode, node, fn);
    }
  }
}

/** `*` + `/` inside a string or a template chunk: `\/` means `/` there too. */
const escapeSlash = (raw: string) => raw.replaceAll('*/', '*\\/');

/**
 * The same program without `*` + `/`: in strings and untagged templates the `/` is escaped, in a
 * regex the pattern's `/` is escaped and a pattern ending in `*` gets an empty group before its
 * closing slash, block comments become line comments (on lines of their own) or a space, and a
 * line comment's `*` + `/` gets a space between.
 * Throws where no rewrite keeps the meaning (a tagged template's raw text).
 */
export function withoutCommentEnds(code: string): string {
  if (!code.includes('*/')) return code;
  const comments: Comment[] = [];
  const program = parse(code, { ecmaVersion: 'latest', sourceType: 'script', allowHashBang: true, allowReturnOutsideFunction: true, onComment: comments }) as unknown as AnyNode;
  const edits: Edit[] = [];
  const taggedQuasis = new Set<unknown>();
  // Pre-order: a tagged template is seen before the chunks of its quasi.
  visit(program, undefined, (node, parent) => {
    if (node.type === 'TaggedTemplateExpression') taggedQuasis.add(node.quasi);
    if (node.type !== 'Literal' && node.type !== 'TemplateElement') return;
    const raw = code.slice(node.start, node.end);
    if (!raw.includes('*/')) return;
    if (node.type === 'TemplateElement') {
      if (taggedQuasis.has(parent)) throw new Error(`bundle: a tagged template holds */ at offset ${node.start}`);
      edits.push({ start: node.start, end: node.end, text: escapeSlash(raw) });
    } else if (node.regex) {
      const { pattern, flags } = node.regex as { pattern: string; flags: string };
      const body = pattern.replaceAll('*/', '*\\/');
      edits.push({ start: node.start, end: node.end, text: `/${body.endsWith('*') ? `${body}(?:)` : body}/${flags}` });
    } else if (typeof node.value === 'string') {
      edits.push({ start: node.start, end: node.end, text: escapeSlash(raw) });
    }
  });
  for (const c of comments) {
    if (c.type === 'Line') {
      if (c.value.includes('*/')) edits.push({ start: c.start, end: c.end, text: `//${c.value.replaceAll('*/', '* /')}` });
      continue;
    }
    const lineStart = code.lastIndexOf('\n', c.start - 1) + 1;
    const after = code.indexOf('\n', c.end);
    const ownLines = code.slice(lineStart, c.start).trim() === '' && code.slice(c.end, after < 0 ? code.length : after).trim() === '';
    // Kept as line comments where they stand alone (the licence notices at the end); else dropped.
    const text = ownLines
      ? c.value
          .split('\n')
          .map((line) => `//${line}`.trimEnd())
          .join('\n')
      : ' ';
    edits.push({ start: c.start, end: c.end, text });
  }
  edits.sort((a, b) => b.start - a.start);
  let out = code;
  for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  if (out.includes('*/')) throw new Error(`bundle: */ left at offset ${out.indexOf('*/')}`);
  return out;
}
