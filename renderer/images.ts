/**
 * Images for figures. The contract has no image channel, so a picked image is read in the page
 * and stored in the model as a data: URL, which every door can show and every exporter can
 * write. Photos straight from a camera or agency (5–20 MB, 6000 px) would bloat the article
 * file, so, as a web CMS does, a picked photo is decoded in the page (EXIF rotation applied),
 * scaled to web size (long edge 2560 px) and encoded as JPEG, or PNG/WebP when it has
 * transparency; the user is told what was done. Web-size images and GIFs (animation) are stored
 * as they are. Files that are not images, do not decode, or are too big to decode safely are
 * refused with a message, and the figure keeps what it had. The decisions and their words are
 * in renderer/images/plan.ts.
 */
import type { Candidate, Encoding, ImageMessage, Refusal, Translate } from './images/plan';
import type * as Plan from './images/plan';

/**
 * The decisions and their words load with the first picked image, not with the app: nothing on
 * screen at start needs them. The app prefetches them when idle (`prefetchImagePlan`).
 */
const loadPlan = (): Promise<typeof Plan> => import('./images/plan');
export const prefetchImagePlan = (): void => void loadPlan().catch(() => undefined);

/** A refusal, its message already in the interface language. */
export class ImageRefusedError extends Error {
  override readonly name = 'ImageRefusedError';
  constructor(
    message: string,
    readonly refusal: Refusal,
  ) {
    super(message);
  }
}

export interface PickImageOptions {
  t: Translate;
  language: string;
  /** Told what was done to the picked image (scaled, made smaller); not called when kept. */
  onNotice?: (text: string) => void;
}

export function pickImageFile(options: PickImageOptions): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = 'image/png,image/jpeg,image/gif,image/webp';
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (!file) return resolve(null);
      placeableImage(file, options).then(resolve, reject);
    });
    input.addEventListener('cancel', () => resolve(null));
    input.click();
  });
}

/** The data: URL to store for `file`, scaled to web size when it is larger. */
export async function placeableImage(file: File, options: PickImageOptions): Promise<string> {
  const { t, language, onNotice } = options;
  const {
    checkBeforeDecode,
    chooseCandidate,
    encodings,
    fileTooLarge,
    imageMessage,
    planImage,
    readHeader,
    WEB_BYTES,
  } = await loadPlan();
  const refuse = (refusal: Refusal): ImageRefusedError =>
    new ImageRefusedError(imageMessage({ ...refusal, name: file.name }, t, language), refusal);

  // Refused before reading a byte: a 200 MB file is not loaded just to be turned away.
  const tooLarge = fileTooLarge(file.size);
  if (tooLarge) throw refuse(tooLarge);
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    throw refuse({ kind: 'unreadable' });
  }
  const header = readHeader(bytes);
  const before = checkBeforeDecode(bytes.length, header);
  if (before) throw refuse(before);
  // checkBeforeDecode refuses a null header as not an image.
  const known = header!;
  // The browser's type comes from the file name; the stored one must be what the bytes are.
  const original = new Blob([bytes], { type: known.type });

  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(original, { imageOrientation: 'from-image' });
  } catch {
    throw refuse({ kind: 'unreadable' });
  }
  try {
    const plan = planImage(bytes.length, known, bitmap.width, bitmap.height);
    if (plan.kind === 'refuse') throw refuse(plan.refusal);
    if (plan.kind === 'keep') return await dataUrl(original);

    const canvas = drawScaled(bitmap, plan.width, plan.height, plan.checkTransparency);
    const transparent = plan.checkTransparency && hasTransparency(canvas);
    const tried: (Candidate & { blob: Blob })[] = [];
    for (const encoding of encodings(transparent)) {
      const blob = await encode(canvas, encoding).catch(() => null);
      // A browser that cannot write WebP hands back PNG, already tried.
      if (!blob || blob.type !== encoding.type) continue;
      tried.push({ blob, size: blob.size });
      if (blob.size <= WEB_BYTES) break;
    }
    const sameSize = plan.width === bitmap.width && plan.height === bitmap.height;
    if (sameSize) tried.push({ blob: original, size: original.size, original: true });
    const chosen = chooseCandidate(tried);
    if (!chosen) {
      const smallest = tried.length ? Math.min(...tried.map((c) => c.size)) : bytes.length;
      throw refuse({
        kind: 'cannotShrink',
        size: smallest,
        width: plan.width,
        height: plan.height,
      });
    }
    if (!chosen.original && onNotice) {
      const message: ImageMessage = {
        kind: sameSize ? 'compressed' : 'scaled',
        from: { width: bitmap.width, height: bitmap.height, size: bytes.length },
        to: { width: plan.width, height: plan.height, size: chosen.size },
      };
      onNotice(imageMessage(message, t, language));
    }
    return await dataUrl(chosen.blob);
  } finally {
    bitmap.close();
  }
}

type Canvas = OffscreenCanvas | HTMLCanvasElement;
type Context = OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D;

function drawScaled(bitmap: ImageBitmap, width: number, height: number, alpha: boolean): Canvas {
  const canvas: Canvas =
    typeof OffscreenCanvas === 'function'
      ? new OffscreenCanvas(width, height)
      : Object.assign(document.createElement('canvas'), { width, height });
  // willReadFrequently keeps the pixels on the CPU for the one transparency read.
  const ctx = canvas.getContext('2d', { alpha, willReadFrequently: alpha }) as Context | null;
  if (!ctx) throw new Error('This browser cannot draw images (no 2D canvas).');
  ctx.imageSmoothingEnabled = true;
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(bitmap, 0, 0, width, height);
  return canvas;
}

function hasTransparency(canvas: Canvas): boolean {
  const ctx = canvas.getContext('2d') as Context;
  const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
  for (let i = 3; i < data.length; i += 4) if (data[i]! < 255) return true;
  return false;
}

function encode(canvas: Canvas, { type, quality }: Encoding): Promise<Blob | null> {
  if ('convertToBlob' in canvas) return canvas.convertToBlob({ type, quality });
  return new Promise((resolve) => canvas.toBlob(resolve, type, quality));
}

function dataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () =>
      typeof reader.result === 'string'
        ? resolve(reader.result)
        : reject(new Error('The image could not be read.'));
    reader.onerror = () => reject(reader.error ?? new Error('The image could not be read.'));
    reader.readAsDataURL(blob);
  });
}

/**
 * What the page can show: embedded images only. The app loads no remote content (CSP img-src
 * 'self' data: blob:), and a path on disk is not reachable from the page; both are shown as a
 * placeholder naming the src.
 */
export function resolveImageSrc(src: string): string | null {
  return /^data:image\/(png|jpeg|gif|webp);base64,/i.test(src) ? src : null;
}
