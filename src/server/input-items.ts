import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import type { InputItem } from '../protocol/common-types';
import type { InputItemDto } from '../protocol/dto/conversation-dtos';
import { RpcError } from '../protocol/errors';

const IMAGE_TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
};

/**
 * Wire items (adjacently tagged or flat) → core items; `localImage` is read and sent as a
 * data URL. Missing fields are -32602 naming the field.
 */
export async function normalizeInputItems(items: InputItemDto[], cwd: string): Promise<InputItem[]> {
  const out: InputItem[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const field = (name: 'text' | 'image_url' | 'path'): string => {
      const v = item.data?.[name] ?? item[name];
      if (typeof v !== 'string') throw RpcError.invalidParams(`Invalid params: items.${i}.data.${name} must be a string`);
      return v;
    };
    switch (item.type) {
      case 'text':
        out.push({ type: 'text', text: field('text') });
        break;
      case 'image':
        out.push({ type: 'image', image_url: field('image_url') });
        break;
      case 'localImage': {
        const p = path.resolve(cwd, field('path'));
        let bytes: Buffer;
        try {
          bytes = await fs.readFile(p);
        } catch (e) {
          throw RpcError.invalidParams(`Invalid params: items.${i}.data.path cannot be read: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
        }
        const mime = IMAGE_TYPES[path.extname(p).toLowerCase()] ?? 'application/octet-stream';
        out.push({ type: 'image', image_url: `data:${mime};base64,${bytes.toString('base64')}` });
        break;
      }
    }
  }
  return out;
}
