import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { ContentItem, ResponseItem } from '../model/model-types';
import type { InputItem } from '../protocol/common-types';
import type { Logger } from '../logging/logger';

const IMAGE_MIME_TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.bmp': 'image/bmp',
  '.svg': 'image/svg+xml',
  '.tif': 'image/tiff',
  '.tiff': 'image/tiff',
  '.ico': 'image/x-icon',
};

/**
 * Turn user input into one history message (role user). Local images are read from disk into a
 * `data:` URL; an unreadable image is left out (and logged) rather than failing the turn, as upstream.
 */
export async function userInputToResponseItem(items: InputItem[], logger?: Logger): Promise<ResponseItem> {
  const content: ContentItem[] = [];
  for (const item of items) {
    switch (item.type) {
      case 'text':
        content.push({ type: 'input_text', text: item.text });
        break;
      case 'image':
        content.push({ type: 'input_image', image_url: item.image_url });
        break;
      case 'localImage': {
        try {
          const data = await fs.readFile(item.path);
          const mime = IMAGE_MIME_TYPES[path.extname(item.path).toLowerCase()] ?? 'application/octet-stream';
          content.push({ type: 'input_image', image_url: `data:${mime};base64,${data.toString('base64')}` });
        } catch (err) {
          logger?.warn('skipping unreadable local image', { path: item.path, error: String(err) });
        }
        break;
      }
    }
  }
  return { type: 'message', id: null, role: 'user', content };
}
