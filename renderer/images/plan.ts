/**
 * The decisions behind placing a picked image, kept free of the DOM so they can be tested
 * directly: what the file is (from its bytes, not its name or the browser's guess), whether it
 * may be decoded at all, the web size it is scaled to, which formats it is encoded in, which
 * result is kept, and the words the user is told. renderer/images.ts does the decoding and
 * encoding in the page.
 */

/** The long edge a photo is scaled to: sharp on a 1280 px column at 2×, as web CMSs do. */
export const WEB_LONG_EDGE = 2560;
/** Above this a photo is re-encoded even when it is already web size. */
export const WEB_BYTES = 1.5 * 1024 * 1024;
/** The most an image may weigh in the article file: what is kept unchanged, and any result. */
export const MAX_STORED_BYTES = 4 * 1024 * 1024;
/** Beyond these, decoding alone would cost the page too much memory (100 MP is 400 MB RGBA). */
export const MAX_FILE_BYTES = 60 * 1024 * 1024;
export const MAX_PIXELS = 100_000_000;

export type ImageType = 'image/png' | 'image/jpeg' | 'image/gif' | 'image/webp';

export interface ImageHeader {
  type: ImageType;
  /** As stored, before any EXIF rotation; null when the header cannot be parsed. */
  width: number | null;
  height: number | null;
  /** The format can carry transparency here (alpha channel or tRNS); the pixels decide. */
  mayHaveAlpha: boolean;
  /** GIF, APNG or animated WebP: re-encoding through a canvas would keep only the first frame. */
  animated: boolean;
}

const ascii = (b: Uint8Array, at: number, text: string): boolean =>
  b.length >= at + text.length && [...text].every((c, i) => b[at + i] === c.charCodeAt(0));
const be16 = (b: Uint8Array, at: number): number => (b[at]! << 8) | b[at + 1]!;
const be32 = (b: Uint8Array, at: number): number => be16(b, at) * 65536 + be16(b, at + 2);
const le16 = (b: Uint8Array, at: number): number => b[at]! | (b[at + 1]! << 8);
const le24 = (b: Uint8Array, at: number): number => le16(b, at) | (b[at + 2]! << 16);

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function pngHeader(b: Uint8Array): ImageHeader {
  const header: ImageHeader = {
    type: 'image/png',
    width: null,
    height: null,
    mayHaveAlpha: false,
    animated: false,
  };
  if (b.length < 33 || !ascii(b, 12, 'IHDR')) return header;
  header.width = be32(b, 16);
  header.height = be32(b, 20);
  const colourType = b[25]!;
  header.mayHaveAlpha = colourType === 4 || colourType === 6;
  // tRNS (transparency without an alpha channel) and acTL (APNG) both come before the pixels.
  for (let at = 8; at + 8 <= b.length;) {
    const length = be32(b, at);
    if (ascii(b, at + 4, 'IDAT') || ascii(b, at + 4, 'IEND')) break;
    if (ascii(b, at + 4, 'tRNS')) header.mayHaveAlpha = true;
    if (ascii(b, at + 4, 'acTL')) header.animated = true;
    at += 12 + length;
  }
  return header;
}

/** Start-of-frame markers: every JPEG coding process, not DHT (C4), JPG (C8) or DAC (CC). */
const isSof = (m: number): boolean =>
  m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc;

function jpegHeader(b: Uint8Array): ImageHeader {
  const header: ImageHeader = {
    type: 'image/jpeg',
    width: null,
    height: null,
    mayHaveAlpha: false,
    animated: false,
  };
  let at = 2;
  while (at + 4 <= b.length) {
    if (b[at] !== 0xff) return header;
    const marker = b[at + 1]!;
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2; // no length
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return header; // end, or pixels before any frame
    if (isSof(marker)) {
      if (at + 9 > b.length) return header;
      header.height = be16(b, at + 5);
      header.width = be16(b, at + 7);
      return header;
    }
    at += 2 + be16(b, at + 2);
  }
  return header;
}

function webpHeader(b: Uint8Array): ImageHeader {
  const header: ImageHeader = {
    type: 'image/webp',
    width: null,
    height: null,
    mayHaveAlpha: false,
    animated: false,
  };
  if (ascii(b, 12, 'VP8 ') && b.length >= 30) {
    header.width = le16(b, 26) & 0x3fff;
    header.height = le16(b, 28) & 0x3fff;
  } else if (ascii(b, 12, 'VP8L') && b.length >= 25) {
    // 14 bits width - 1, 14 bits height - 1, 1 bit alpha, after the 0x2f signature byte.
    const bits = b[21]! | (b[22]! << 8) | (b[23]! << 16) | (b[24]! << 24);
    header.width = (bits & 0x3fff) + 1;
    header.height = ((bits >>> 14) & 0x3fff) + 1;
    header.mayHaveAlpha = ((bits >>> 28) & 1) === 1;
  } else if (ascii(b, 12, 'VP8X') && b.length >= 30) {
    const flags = b[20]!;
    header.mayHaveAlpha = (flags & 0x10) !== 0;
    header.animated = (flags & 0x02) !== 0;
    header.width = le24(b, 24) + 1;
    header.height = le24(b, 27) + 1;
  }
  return header;
}

/** What the bytes are, whatever the file is called; null when not an image the editor takes. */
export function readHeader(b: Uint8Array): ImageHeader | null {
  if (PNG_SIGNATURE.every((v, i) => b[i] === v)) return pngHeader(b);
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return jpegHeader(b);
  if (ascii(b, 0, 'GIF87a') || ascii(b, 0, 'GIF89a')) {
    const sized = b.length >= 10;
    return {
      type: 'image/gif',
      width: sized ? le16(b, 6) : null,
      height: sized ? le16(b, 8) : null,
      mayHaveAlpha: true,
      // Whether it really has more than one frame would take walking every block; a GIF is
      // kept as it is either way.
      animated: true,
    };
  }
  if (ascii(b, 0, 'RIFF') && ascii(b, 8, 'WEBP')) return webpHeader(b);
  return null;
}

export type Refusal =
  | { kind: 'notImage' }
  | { kind: 'unreadable' }
  | { kind: 'tooLarge'; size: number }
  | { kind: 'tooManyPixels'; width: number; height: number }
  | { kind: 'animatedTooLarge'; size: number }
  | { kind: 'cannotShrink'; size: number; width: number; height: number };

const tooManyPixels = (width: number, height: number): Refusal | null =>
  width * height > MAX_PIXELS ? { kind: 'tooManyPixels', width, height } : null;

export const fileTooLarge = (size: number): Refusal | null =>
  size > MAX_FILE_BYTES ? { kind: 'tooLarge', size } : null;

/** Refusals known before decoding: from the file size and header alone. */
export function checkBeforeDecode(size: number, header: ImageHeader | null): Refusal | null {
  const tooLarge = fileTooLarge(size);
  if (tooLarge) return tooLarge;
  if (!header) return { kind: 'notImage' };
  if (header.width !== null && header.height !== null) {
    const refusal = tooManyPixels(header.width, header.height);
    if (refusal) return refusal;
  }
  if (header.animated && size > MAX_STORED_BYTES) return { kind: 'animatedTooLarge', size };
  return null;
}

/** The long edge brought down to `longEdge`, aspect kept; never enlarged, never below 1 px. */
export function targetSize(
  width: number,
  height: number,
  longEdge = WEB_LONG_EDGE,
): { width: number; height: number } {
  const scale = Math.min(1, longEdge / Math.max(width, height));
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
}

export type Plan =
  | { kind: 'keep' }
  | { kind: 'refuse'; refusal: Refusal }
  /** Draw at width × height; check the pixels for transparency when the format allows it. */
  | { kind: 'encode'; width: number; height: number; checkTransparency: boolean };

/**
 * What to do with a decoded image: `width` and `height` are as displayed (EXIF rotation applied).
 * Web-size images and animations are kept byte for byte; the rest are drawn at web size.
 */
export function planImage(size: number, header: ImageHeader, width: number, height: number): Plan {
  const refusal = checkBeforeDecode(size, header) ?? tooManyPixels(width, height);
  if (refusal) return { kind: 'refuse', refusal };
  if (header.animated) return { kind: 'keep' };
  if (Math.max(width, height) <= WEB_LONG_EDGE && size <= WEB_BYTES) return { kind: 'keep' };
  return { kind: 'encode', ...targetSize(width, height), checkTransparency: header.mayHaveAlpha };
}

export interface Encoding {
  type: 'image/jpeg' | 'image/png' | 'image/webp';
  /** For the lossy formats; PNG ignores it. */
  quality?: number;
}

/**
 * The encodings tried in order until one fits WEB_BYTES: JPEG for photos, stepping the quality
 * down only when 0.85 is too heavy (noisy, high-ISO frames); PNG then lossy WebP (which keeps
 * the alpha channel) for images with transparency, since JPEG would turn it black.
 */
export function encodings(transparent: boolean): Encoding[] {
  return transparent
    ? [
        { type: 'image/png' },
        { type: 'image/webp', quality: 0.9 },
        { type: 'image/webp', quality: 0.8 },
        { type: 'image/webp', quality: 0.7 },
      ]
    : [0.85, 0.75, 0.65, 0.5].map((quality) => ({ type: 'image/jpeg' as const, quality }));
}

export interface Candidate {
  size: number;
  /** The original file, offered only when the picture keeps its dimensions. */
  original?: boolean;
}

/**
 * Which result is stored: the first encoding that fits the web budget (candidates arrive in the
 * order tried, the original last), else the smallest one the article file can hold. The original
 * wins when it is no heavier than the best encoding, since re-encoding it would only lose detail.
 * Null when nothing fits.
 */
export function chooseCandidate<C extends Candidate>(candidates: C[]): C | null {
  const encoded = candidates.filter((c) => !c.original);
  const original = candidates.find((c) => c.original);
  const fits = encoded.find((c) => c.size <= WEB_BYTES);
  const smallest = encoded.reduce<C | null>((a, c) => (a && a.size <= c.size ? a : c), null);
  const best = fits ?? (smallest && smallest.size <= MAX_STORED_BYTES ? smallest : null);
  if (original && original.size <= MAX_STORED_BYTES && (!best || original.size <= best.size))
    return original;
  return best;
}

/** "8.2 MB" or "8,2 MB" (binary megabytes, as file managers mostly show); "85 KB" below 0.1 MB. */
export function formatBytes(bytes: number, language: string): string {
  const locale = language.startsWith('id') ? 'id-ID' : 'en-US';
  if (bytes < 0.1 * 1048576)
    return `${new Intl.NumberFormat(locale).format(Math.max(1, Math.round(bytes / 1024)))} KB`;
  const mb = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return `${mb.format(bytes / 1048576)} MB`;
}

export const formatDimensions = (width: number, height: number): string => `${width} × ${height}`;

/** i18next's `t`, narrowed to what these messages use. */
export type Translate = (key: string, values: Record<string, string>) => string;

export type ImageMessage =
  | { kind: 'scaled' | 'compressed'; from: Dimensions; to: Dimensions }
  | (Refusal & { name: string });

interface Dimensions {
  width: number;
  height: number;
  size: number;
}

/** The words for a result or a refusal, in the interface language. */
export function imageMessage(m: ImageMessage, t: Translate, language: string): string {
  const bytes = (n: number): string => formatBytes(n, language);
  switch (m.kind) {
    case 'scaled':
    case 'compressed':
      return t(`images.${m.kind}`, {
        from: formatDimensions(m.from.width, m.from.height),
        fromSize: bytes(m.from.size),
        to: formatDimensions(m.to.width, m.to.height),
        toSize: bytes(m.to.size),
      });
    case 'notImage':
    case 'unreadable':
      return t(`images.${m.kind}`, { name: m.name });
    case 'tooLarge':
      return t('images.tooLarge', {
        name: m.name,
        size: bytes(m.size),
        max: bytes(MAX_FILE_BYTES),
      });
    case 'animatedTooLarge':
      return t('images.animatedTooLarge', {
        name: m.name,
        size: bytes(m.size),
        max: bytes(MAX_STORED_BYTES),
      });
    case 'tooManyPixels':
      return t('images.tooManyPixels', {
        name: m.name,
        dims: formatDimensions(m.width, m.height),
        megapixels: String(Math.round((m.width * m.height) / 1e6)),
        max: String(MAX_PIXELS / 1e6),
      });
    case 'cannotShrink':
      return t('images.cannotShrink', {
        name: m.name,
        size: bytes(m.size),
        dims: formatDimensions(m.width, m.height),
        max: bytes(MAX_STORED_BYTES),
      });
  }
}
