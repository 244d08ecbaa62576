/**
 * The pure half of placing a picked image (renderer/images/plan.ts): what the bytes are, what is
 * refused before and after decoding, the web size, the encodings tried, the result kept, and the
 * words in both languages. The decoding and encoding themselves run in Chromium
 * (tests/e2e/images.spec.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { initI18n } from '../../renderer/i18n';
import {
  MAX_FILE_BYTES,
  MAX_STORED_BYTES,
  WEB_BYTES,
  checkBeforeDecode,
  chooseCandidate,
  encodings,
  formatBytes,
  imageMessage,
  planImage,
  readHeader,
  targetSize,
  type ImageHeader,
} from '../../renderer/images/plan';

const MB = 1024 * 1024;
const bytes = (...parts: (number[] | string)[]): Uint8Array =>
  new Uint8Array(
    parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)),
  );
const be32 = (n: number): number[] => [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
const le16 = (n: number): number[] => [n & 255, n >>> 8];
const le24 = (n: number): number[] => [n & 255, (n >>> 8) & 255, n >>> 16];
const fromBase64 = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'base64'));

/** Written by Chromium's own encoders (OffscreenCanvas.convertToBlob), 3×2, with an ICC profile. */
const CHROMIUM_JPEG =
  '/9j/4AAQSkZJRgABAQAAAQABAAD/4gHYSUNDX1BST0ZJTEUAAQEAAAHIAAAAAAQwAABtbnRyUkdCIFhZWiAH4AABAAEA' +
  'AAAAAABhY3NwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAA9tYAAQAAAADTLQAAAAAAAAAAAAAAAAAAAAAAAAAA' +
  'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlkZXNjAAAA8AAAACRyWFlaAAABFAAAABRnWFlaAAABKAAAABRi' +
  'WFlaAAABPAAAABR3dHB0AAABUAAAABRyVFJDAAABZAAAAChnVFJDAAABZAAAAChiVFJDAAABZAAAAChjcHJ0AAABjAAA' +
  'ADxtbHVjAAAAAAAAAAEAAAAMZW5VUwAAAAgAAAAcAHMAUgBHAEJYWVogAAAAAAAAb6IAADj1AAADkFhZWiAAAAAAAABi' +
  'mQAAt4UAABjaWFlaIAAAAAAAACSgAAAPhAAAts9YWVogAAAAAAAA9tYAAQAAAADTLXBhcmEAAAAAAAQAAAACZmYAAPKn' +
  'AAANWQAAE9AAAApbAAAAAAAAAABtbHVjAAAAAAAAAAEAAAAMZW5VUwAAACAAAAAcAEcAbwBvAGcAbABlACAASQBuAGMA' +
  'LgAgADIAMAAxADb/2wBDAAUDBAQEAwUEBAQFBQUGBwwIBwcHBw8LCwkMEQ8SEhEPERETFhwXExQaFRERGCEYGh0dHx8f' +
  'ExciJCIeJBweHx7/2wBDAQUFBQcGBw4ICA4eFBEUHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4e' +
  'Hh4eHh4eHh4eHh7/wAARCAACAAMDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAf/xAAUEAEAAAAAAAAAAAAA' +
  'AAAAAAAA/8QAFQEBAQAAAAAAAAAAAAAAAAAABgj/xAAUEQEAAAAAAAAAAAAAAAAAAAAA/9oADAMBAAIRAxEAPwCaACKi' +
  'H//Z';
const CHROMIUM_WEBP_OPAQUE =
  'UklGRhwCAABXRUJQVlA4WAoAAAAgAAAAAgAAAQAASUNDUMgBAAAAAAHIAAAAAAQwAABtbnRyUkdCIFhZWiAH4AABAAEA' +
  'AAAAAABhY3NwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAA9tYAAQAAAADTLQAAAAAAAAAAAAAAAAAAAAAAAAAA' +
  'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlkZXNjAAAA8AAAACRyWFlaAAABFAAAABRnWFlaAAABKAAAABRi' +
  'WFlaAAABPAAAABR3dHB0AAABUAAAABRyVFJDAAABZAAAAChnVFJDAAABZAAAAChiVFJDAAABZAAAAChjcHJ0AAABjAAA' +
  'ADxtbHVjAAAAAAAAAAEAAAAMZW5VUwAAAAgAAAAcAHMAUgBHAEJYWVogAAAAAAAAb6IAADj1AAADkFhZWiAAAAAAAABi' +
  'mQAAt4UAABjaWFlaIAAAAAAAACSgAAAPhAAAts9YWVogAAAAAAAA9tYAAQAAAADTLXBhcmEAAAAAAAQAAAACZmYAAPKn' +
  'AAANWQAAE9AAAApbAAAAAAAAAABtbHVjAAAAAAAAAAEAAAAMZW5VUwAAACAAAAAcAEcAbwBvAGcAbABlACAASQBuAGMA' +
  'LgAgADIAMAAxADZWUDggLgAAALABAJ0BKgMAAgABQCYloAJ0ugAEMAAA/vHcj/gN18W0y/+9gv/dgv/dgv9bAAA=';
const CHROMIUM_WEBP_ALPHA =
  'UklGRiwCAABXRUJQVlA4WAoAAAAwAAAAAgAAAQAASUNDUMgBAAAAAAHIAAAAAAQwAABtbnRyUkdCIFhZWiAH4AABAAEA' +
  'AAAAAABhY3NwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAA9tYAAQAAAADTLQAAAAAAAAAAAAAAAAAAAAAAAAAA' +
  'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlkZXNjAAAA8AAAACRyWFlaAAABFAAAABRnWFlaAAABKAAAABRi' +
  'WFlaAAABPAAAABR3dHB0AAABUAAAABRyVFJDAAABZAAAAChnVFJDAAABZAAAAChiVFJDAAABZAAAAChjcHJ0AAABjAAA' +
  'ADxtbHVjAAAAAAAAAAEAAAAMZW5VUwAAAAgAAAAcAHMAUgBHAEJYWVogAAAAAAAAb6IAADj1AAADkFhZWiAAAAAAAABi' +
  'mQAAt4UAABjaWFlaIAAAAAAAACSgAAAPhAAAts9YWVogAAAAAAAA9tYAAQAAAADTLXBhcmEAAAAAAAQAAAACZmYAAPKn' +
  'AAANWQAAE9AAAApbAAAAAAAAAABtbHVjAAAAAAAAAAEAAAAMZW5VUwAAACAAAAAcAEcAbwBvAGcAbABlACAASQBuAGMA' +
  'LgAgADIAMAAxADZBTFBIBwAAAACAgICAgIAAVlA4IC4AAACwAQCdASoDAAIAAUAmJaACdLoABDAAAP7x3I/4DdfFtMv/' +
  'vYL/3Gf/3Gf/T4AA';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** A PNG's chunks up to the pixels (CRCs are not read by the header parser, so zeros). */
function png(width: number, height: number, colourType: number, extra: string[] = []): Uint8Array {
  const chunks = [
    [...be32(13), ...bytes('IHDR'), ...be32(width), ...be32(height), 8, colourType, 0, 0, 0],
    ...extra.map((type) => [...be32(2), ...bytes(type), 0, 0]),
    [...be32(4), ...bytes('IDAT'), 1, 2, 3, 4],
  ].map((c) => [...c, 0, 0, 0, 0]);
  return bytes(PNG_SIGNATURE, ...chunks);
}

const header = (over: Partial<ImageHeader> = {}): ImageHeader => ({
  type: 'image/jpeg',
  width: 6000,
  height: 4000,
  mayHaveAlpha: false,
  animated: false,
  ...over,
});

describe('readHeader: what the bytes are, not what the file is called', () => {
  it('reads a real RGBA PNG (the app icon) as 512×512 that may be transparent', () => {
    const icon = new Uint8Array(readFileSync(join(import.meta.dirname, '../../build/icon.png')));
    expect(readHeader(icon)).toEqual({
      type: 'image/png',
      width: 512,
      height: 512,
      mayHaveAlpha: true,
      animated: false,
    });
  });

  it('PNG: RGB is opaque unless a tRNS chunk says otherwise; acTL is an animation', () => {
    expect(readHeader(png(4000, 3000, 2))).toEqual({
      type: 'image/png',
      width: 4000,
      height: 3000,
      mayHaveAlpha: false,
      animated: false,
    });
    expect(readHeader(png(10, 10, 3, ['PLTE', 'tRNS']))?.mayHaveAlpha).toBe(true);
    expect(readHeader(png(10, 10, 4))?.mayHaveAlpha).toBe(true);
    expect(readHeader(png(10, 10, 2, ['acTL']))?.animated).toBe(true);
    // A PNG signature with garbage after it is still "a PNG", of unknown size: decoding decides.
    expect(readHeader(bytes(PNG_SIGNATURE, 'garbage garbage garbage garbage'))).toMatchObject({
      type: 'image/png',
      width: null,
      height: null,
    });
  });

  it('JPEG: the frame size, past the APP segments (JFIF, ICC profile)', () => {
    expect(readHeader(fromBase64(CHROMIUM_JPEG))).toEqual({
      type: 'image/jpeg',
      width: 3,
      height: 2,
      mayHaveAlpha: false,
      animated: false,
    });
    // A progressive frame (SOF2) after an EXIF segment, with a fill byte before the marker.
    const exif = [0xff, 0xe1, ...[0, 8], ...bytes('Exif\0\0')];
    const sof2 = [0xff, 0xff, 0xc2, 0, 17, 8, ...[0x0f, 0xa0], ...[0x17, 0x70], 3];
    expect(readHeader(bytes([0xff, 0xd8], exif, sof2))).toMatchObject({
      width: 6000,
      height: 4000,
    });
    // DHT (C4) is not a frame: the size comes from the SOF0 after it.
    const dht = [0xff, 0xc4, 0, 4, 0, 0];
    const sof0 = [0xff, 0xc0, 0, 17, 8, 0, 2, 0, 3, 3];
    expect(readHeader(bytes([0xff, 0xd8], dht, sof0))).toMatchObject({ width: 3, height: 2 });
    // Cut off before any frame: a JPEG of unknown size.
    expect(readHeader(bytes([0xff, 0xd8], exif))).toMatchObject({ width: null, height: null });
  });

  it('WebP: simple lossy, lossless with its alpha bit, and the extended header', () => {
    expect(readHeader(fromBase64(CHROMIUM_WEBP_OPAQUE))).toEqual({
      type: 'image/webp',
      width: 3,
      height: 2,
      mayHaveAlpha: false,
      animated: false,
    });
    expect(readHeader(fromBase64(CHROMIUM_WEBP_ALPHA))).toMatchObject({
      width: 3,
      height: 2,
      mayHaveAlpha: true,
    });
    const riff = (chunk: string, body: number[]) =>
      bytes('RIFF', [0, 0, 0, 0], 'WEBP', chunk, [0, 0, 0, 0], body);
    const vp8 = riff('VP8 ', [0, 0, 0, 0x9d, 0x01, 0x2a, ...le16(2560), ...le16(1707)]);
    expect(readHeader(vp8)).toMatchObject({ width: 2560, height: 1707, mayHaveAlpha: false });
    // 14 bits width - 1 (2999), 14 bits height - 1 (1999), alpha bit set.
    const bits = 2999 | (1999 << 14) | (1 << 28);
    const vp8l = riff('VP8L', [
      0x2f,
      bits & 255,
      (bits >>> 8) & 255,
      (bits >>> 16) & 255,
      bits >>> 24,
    ]);
    expect(readHeader(vp8l)).toMatchObject({ width: 3000, height: 2000, mayHaveAlpha: true });
    const animatedX = riff('VP8X', [0x02, 0, 0, 0, ...le24(479), ...le24(269)]);
    expect(readHeader(animatedX)).toMatchObject({ width: 480, height: 270, animated: true });
  });

  it('GIF is always kept as it is (it may be animated)', () => {
    expect(readHeader(bytes('GIF89a', le16(320), le16(240), [0xf7, 0, 0]))).toEqual({
      type: 'image/gif',
      width: 320,
      height: 240,
      mayHaveAlpha: true,
      animated: true,
    });
  });

  it('anything else is not an image it takes: text, HEIC, a PDF, nothing', () => {
    expect(readHeader(bytes('Ini bukan foto.\n'))).toBeNull();
    expect(readHeader(bytes([0, 0, 0, 0x18], 'ftypheic'))).toBeNull();
    expect(readHeader(bytes('%PDF-1.7\n'))).toBeNull();
    expect(readHeader(new Uint8Array(0))).toBeNull();
  });
});

describe('refusals', () => {
  it('before decoding: file size, not an image, too many pixels, a heavy animation', () => {
    expect(checkBeforeDecode(MAX_FILE_BYTES + 1, header())).toEqual({
      kind: 'tooLarge',
      size: MAX_FILE_BYTES + 1,
    });
    expect(checkBeforeDecode(MAX_FILE_BYTES, header())).toBeNull();
    expect(checkBeforeDecode(1000, null)).toEqual({ kind: 'notImage' });
    // 12000 × 9000 is 108 MP; 10000 × 10000 is exactly the limit.
    expect(checkBeforeDecode(20 * MB, header({ width: 12000, height: 9000 }))).toEqual({
      kind: 'tooManyPixels',
      width: 12000,
      height: 9000,
    });
    expect(checkBeforeDecode(20 * MB, header({ width: 10000, height: 10000 }))).toBeNull();
    const gif = header({ type: 'image/gif', animated: true, width: 800, height: 600 });
    expect(checkBeforeDecode(MAX_STORED_BYTES, gif)).toBeNull();
    expect(checkBeforeDecode(MAX_STORED_BYTES + 1, gif)).toEqual({
      kind: 'animatedTooLarge',
      size: MAX_STORED_BYTES + 1,
    });
    // Unknown size in the header: decoding decides.
    expect(checkBeforeDecode(20 * MB, header({ width: null, height: null }))).toBeNull();
  });
});

describe('targetSize', () => {
  it('brings the long edge to 2560 px, keeping the aspect, rounding to whole pixels', () => {
    expect(targetSize(6000, 4000)).toEqual({ width: 2560, height: 1707 });
    expect(targetSize(4000, 6000)).toEqual({ width: 1707, height: 2560 });
    expect(targetSize(4000, 3000)).toEqual({ width: 2560, height: 1920 });
    expect(targetSize(5472, 3648)).toEqual({ width: 2560, height: 1707 });
    expect(targetSize(8000, 8000)).toEqual({ width: 2560, height: 2560 });
  });

  it('never enlarges, and a sliver keeps at least one pixel', () => {
    expect(targetSize(2560, 1440)).toEqual({ width: 2560, height: 1440 });
    expect(targetSize(800, 600)).toEqual({ width: 800, height: 600 });
    expect(targetSize(100000, 3)).toEqual({ width: 2560, height: 1 });
  });
});

describe('planImage', () => {
  it('keeps web-size images byte for byte', () => {
    expect(planImage(900_000, header(), 2048, 1365)).toEqual({ kind: 'keep' });
    expect(planImage(WEB_BYTES, header(), 2560, 1707)).toEqual({ kind: 'keep' });
  });

  it('scales a camera original, and re-encodes a web-size but heavy file at its size', () => {
    expect(planImage(8.6 * MB, header(), 6000, 4000)).toEqual({
      kind: 'encode',
      width: 2560,
      height: 1707,
      checkTransparency: false,
    });
    expect(planImage(WEB_BYTES + 1, header(), 2400, 1600)).toEqual({
      kind: 'encode',
      width: 2400,
      height: 1600,
      checkTransparency: false,
    });
    // A PNG that may have transparency has its pixels checked before JPEG is chosen.
    expect(
      planImage(12 * MB, header({ type: 'image/png', mayHaveAlpha: true }), 4000, 3000),
    ).toMatchObject({ kind: 'encode', width: 2560, height: 1920, checkTransparency: true });
  });

  it('keeps animations unchanged whatever their size in pixels', () => {
    const gif = header({ type: 'image/gif', animated: true });
    expect(planImage(3 * MB, gif, 3000, 2000)).toEqual({ kind: 'keep' });
  });

  it('refuses after decoding what the header did not say: too many pixels', () => {
    expect(planImage(30 * MB, header({ width: null, height: null }), 14000, 9000)).toEqual({
      kind: 'refuse',
      refusal: { kind: 'tooManyPixels', width: 14000, height: 9000 },
    });
  });
});

describe('encodings and the result kept', () => {
  it('photos as JPEG from quality 0.85 down; transparency as PNG, then WebP', () => {
    expect(encodings(false)).toEqual([
      { type: 'image/jpeg', quality: 0.85 },
      { type: 'image/jpeg', quality: 0.75 },
      { type: 'image/jpeg', quality: 0.65 },
      { type: 'image/jpeg', quality: 0.5 },
    ]);
    expect(encodings(true).map((e) => e.type)).toEqual([
      'image/png',
      'image/webp',
      'image/webp',
      'image/webp',
    ]);
  });

  it('the first encoding within the web budget wins', () => {
    const a = { size: 2 * MB };
    const b = { size: 1.2 * MB };
    const c = { size: 0.8 * MB };
    expect(chooseCandidate([a, b, c])).toBe(b);
  });

  it('over budget: the smallest the article can hold, else nothing', () => {
    const a = { size: 3.9 * MB };
    const b = { size: 3.5 * MB };
    expect(chooseCandidate([a, b])).toBe(b);
    expect(chooseCandidate([{ size: 5 * MB }, { size: 4.5 * MB }])).toBeNull();
    expect(chooseCandidate([])).toBeNull();
  });

  it('an original at the same size wins when no heavier than the best encoding', () => {
    const encoded = { size: 1.7 * MB };
    const original = { size: 1.6 * MB, original: true };
    expect(chooseCandidate([encoded, original])).toBe(original);
    const lighter = { size: 0.9 * MB };
    expect(chooseCandidate([lighter, original])).toBe(lighter);
    // Never an original the article cannot hold.
    const huge = { size: 4.5 * MB, original: true };
    expect(chooseCandidate([{ size: 5 * MB }, huge])).toBeNull();
  });
});

describe('what the user is told', () => {
  const en = initI18n('en');
  const id = initI18n('id');

  it("sizes in binary megabytes with the language's decimal sign; small ones in KB", () => {
    expect(formatBytes(8.2 * MB, 'en')).toBe('8.2 MB');
    expect(formatBytes(8.2 * MB, 'id')).toBe('8,2 MB');
    expect(formatBytes(0.6 * MB, 'en')).toBe('0.6 MB');
    expect(formatBytes(0.1 * MB, 'en')).toBe('0.1 MB');
    expect(formatBytes(85 * 1024, 'id')).toBe('85 KB');
    expect(formatBytes(12, 'en')).toBe('1 KB');
  });

  it('a scaled photo, in English and Bahasa Indonesia', () => {
    const scaled = {
      kind: 'scaled' as const,
      from: { width: 6000, height: 4000, size: 8.2 * MB },
      to: { width: 2560, height: 1707, size: 0.6 * MB },
    };
    expect(imageMessage(scaled, en.t, 'en')).toBe(
      'Scaled from 6000 × 4000 (8.2 MB) to 2560 × 1707 (0.6 MB) for the web.',
    );
    expect(imageMessage(scaled, id.t, 'id')).toBe(
      'Diperkecil dari 6000 × 4000 (8,2 MB) menjadi 2560 × 1707 (0,6 MB) untuk web.',
    );
    const compressed = { ...scaled, kind: 'compressed' as const };
    expect(imageMessage(compressed, en.t, 'en')).toBe(
      'Made smaller for the web: 2560 × 1707, from 8.2 MB to 0.6 MB.',
    );
  });

  it('every refusal names the file and says what can be placed', () => {
    const name = 'DSC_0412.NEF';
    expect(imageMessage({ kind: 'notImage', name }, en.t, 'en')).toBe(
      'DSC_0412.NEF is not an image that can be placed. Choose a PNG, JPEG, GIF or WebP file.',
    );
    expect(imageMessage({ kind: 'unreadable', name: 'rusak.jpg' }, id.t, 'id')).toBe(
      'rusak.jpg tidak terbaca sebagai gambar; berkasnya mungkin rusak. Tidak ada yang diubah.',
    );
    expect(imageMessage({ kind: 'tooLarge', size: 75.5 * MB, name: 'a.tif' }, en.t, 'en')).toBe(
      'a.tif is 75.5 MB; image files up to 60.0 MB can be placed.',
    );
    expect(
      imageMessage(
        { kind: 'tooManyPixels', width: 12000, height: 9000, name: 'pano.jpg' },
        id.t,
        'id',
      ),
    ).toBe(
      'pano.jpg berukuran 12000 × 9000 (108 megapiksel); gambar yang bisa dipasang paling besar 100 megapiksel.',
    );
    expect(
      imageMessage({ kind: 'animatedTooLarge', size: 6.3 * MB, name: 'g.gif' }, en.t, 'en'),
    ).toBe(
      'g.gif is 6.3 MB. GIFs and animated images are placed unchanged, to keep the animation, so they can be at most 4.0 MB.',
    );
    expect(
      imageMessage(
        { kind: 'cannotShrink', size: 4.4 * MB, width: 2560, height: 2560, name: 'noise.png' },
        en.t,
        'en',
      ),
    ).toBe(
      'noise.png could not be made small enough for the web (4.4 MB at 2560 × 2560); files up to 4.0 MB can be placed.',
    );
  });
});
