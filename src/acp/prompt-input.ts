import { fileURLToPath } from 'node:url';
import type { InputItem } from '../protocol/common-types';
import { RpcError } from '../protocol/errors';
import type { ContentBlockDto } from './acp-dtos';

/**
 * An ACP prompt as the core's user input: text as is, images as data URLs, resource links as
 * `@path` mentions and embedded text resources inline in a `<context ref="…">` block (the
 * model sees the editor's content, unsaved edits included). Audio and binary resources are
 * not supported (not advertised): -32602.
 */
export function promptToInput(prompt: ContentBlockDto[]): InputItem[] {
  const items: InputItem[] = [];
  prompt.forEach((block, i) => {
    switch (block.type) {
      case 'text':
        items.push({ type: 'text', text: block.text ?? '' });
        break;
      case 'image':
        items.push({ type: 'image', image_url: `data:${block.mimeType};base64,${block.data}` });
        break;
      case 'resource_link':
        items.push({ type: 'text', text: mention(block.uri ?? '', block.name ?? '') });
        break;
      case 'resource': {
        const r = block.resource!;
        if (r.text === undefined) throw RpcError.invalidParams(`Invalid params: prompt.${i}.resource: binary resources are not supported`);
        items.push({ type: 'text', text: `<context ref="${r.uri}">\n${r.text}\n</context>` });
        break;
      }
      case 'audio':
        throw RpcError.invalidParams(`Invalid params: prompt.${i}: audio prompts are not supported`);
    }
  });
  if (items.length === 0) throw RpcError.invalidParams('Invalid params: prompt must not be empty');
  return items;
}

function mention(uri: string, name: string): string {
  if (uri.startsWith('file://')) {
    try {
      return `@${fileURLToPath(uri)}`;
    } catch {
      // not a local file URL: show it as a link
    }
  }
  return `[@${name}](${uri})`;
}
