import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** Reads a file of the built tab; null for anything outside the folder or missing. */
export async function readStatic(root: string, urlPath: string): Promise<{ body: Buffer; contentType: string; immutable: boolean } | null> {
  const relative = urlPath === '/' ? 'index.html' : decodeURIComponent(urlPath).replace(/^\/+/, '');
  const file = normalize(join(root, relative));
  if (!file.startsWith(normalize(root) + sep)) return null;
  try {
    const body = await readFile(file);
    return { body, contentType: contentTypes[extname(file)] ?? 'application/octet-stream', immutable: relative.startsWith('assets/') };
  } catch {
    return null;
  }
}
