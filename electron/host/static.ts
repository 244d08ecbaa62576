/**
 * Serves the built renderer (dist/renderer) read-only. A request path is decoded once, must not
 * contain NUL or a `..` segment, and its real path must stay inside the renderer folder.
 * Paths without a file extension fall back to index.html so client-side routes load.
 */
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

export const contentTypeFor = (path: string): string =>
  TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';

export type StaticLookup =
  | { kind: 'file'; path: string; size: number; type: string }
  | { kind: 'missing' }
  | { kind: 'refused' };

/** Resolves a URL path to a file inside `root`, or says why not. */
export async function lookupStatic(
  root: string,
  urlPath: string,
  // Inside an asar archive there are no links to follow, and realpath is not reliable there.
  options: { followLinks?: boolean } = {},
): Promise<StaticLookup> {
  const resolveReal = options.followLinks === false ? async (p: string) => p : realpath;
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return { kind: 'refused' };
  }
  if (decoded.includes('\0') || decoded.split(/[\\/]+/).includes('..')) return { kind: 'refused' };
  const relativePath = decoded.replace(/^\/+/, '') || 'index.html';
  let realRoot: string;
  try {
    realRoot = await resolveReal(resolve(root));
  } catch {
    return { kind: 'missing' };
  }
  const candidates = [join(realRoot, relativePath)];
  if (!extname(relativePath)) candidates.push(join(realRoot, 'index.html'));
  for (const candidate of candidates) {
    try {
      const real = await resolveReal(candidate);
      if (real !== realRoot && !real.startsWith(realRoot + sep)) return { kind: 'refused' };
      const info = await stat(real);
      if (info.isFile()) {
        return { kind: 'file', path: real, size: info.size, type: contentTypeFor(real) };
      }
    } catch {
      // Try the next candidate.
    }
  }
  return { kind: 'missing' };
}

export const streamFile = (path: string) => createReadStream(path);
