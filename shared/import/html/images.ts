import type { ImportReportItem } from '../../model/article';
import { isUnsafeUrl, reportItem } from './safety';

/**
 * Largest image kept inline as a data: URI. Articles are saved whole on every autosave and carried
 * over IPC, so a 5 MB photo inside the JSON would make every keystroke cost 5 MB; small pictures
 * (logos, charts, thumbnails) stay self-contained, larger ones keep their alt text and caption
 * with `src: null` and a report item, and the editor asks for the file.
 */
export const MAX_EMBEDDED_IMAGE_BYTES = 100 * 1024;

export interface ResolvedImage {
  src: string | null;
  item?: ImportReportItem;
}

/** Decoded size of a base64 data: URI's payload, without decoding it. */
export function dataUriBytes(uri: string): number {
  const comma = uri.indexOf(',');
  const payload = comma >= 0 ? uri.slice(comma + 1) : '';
  if (!/;base64,/i.test(uri.slice(0, comma + 1))) return payload.length;
  const padding = payload.endsWith('==') ? 2 : payload.endsWith('=') ? 1 : 0;
  return Math.floor((payload.replace(/\s+/g, '').length * 3) / 4) - padding;
}

/** How an <img src> from HTML or Markdown becomes a figure's `src`. */
export function resolveImageSrc(raw: string | undefined): ResolvedImage {
  const src = raw?.trim() ?? '';
  if (src === '') return { src: null };
  if (/^data:image\/(?!svg)[\w.+-]+[;,]/i.test(src)) {
    const bytes = dataUriBytes(src);
    if (bytes <= MAX_EMBEDDED_IMAGE_BYTES) return { src };
    return {
      src: null,
      item: reportItem(
        'image-not-embedded',
        src.slice(0, 40),
        'dropped',
        `embedded image of ${bytes} bytes is over the ${MAX_EMBEDDED_IMAGE_BYTES}-byte limit; attach the file instead`,
      ),
    };
  }
  // SVG can carry script, and javascript:/vbscript: sources are never pictures.
  if (isUnsafeUrl(src)) {
    return { src: null, item: reportItem('unsafe-image-src', src, 'dropped') };
  }
  return { src };
}
