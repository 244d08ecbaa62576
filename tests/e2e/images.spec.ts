/**
 * Photos of any size in a figure: a camera-size original is scaled to web size in the page as
 * it is picked (EXIF rotation honoured), saved as a JPEG data: URL, and the user is told; broken
 * and non-image files are refused with a message and the figure keeps its image.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { SEED_NAME, openedSeed, saveState, watchErrors, writePng } from './fixtures';
import { makeWorkspace, startHost, type Host, type Workspace } from './host';

let ws: Workspace;
let host: Host;
let errors: string[];

test.beforeEach(async ({ page }) => {
  ws = makeWorkspace();
  host = await startHost(ws, join(ws.dir, SEED_NAME));
  errors = watchErrors(page);
});

test.afterEach(async ({ page }) => {
  await host.stop(page);
  ws.cleanup();
  expect(errors).toEqual([]);
});

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Colour type 2 is RGB, 6 is RGBA; 8 bits a sample. */
function ihdr(width: number, height: number, colourType: 2 | 6 = 2): Buffer {
  const data = Buffer.alloc(13);
  data.writeUInt32BE(width, 0);
  data.writeUInt32BE(height, 4);
  data[8] = 8;
  data[9] = colourType;
  return chunk('IHDR', data);
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * A photo-like RGB PNG: smooth light and colour (sky, a horizon) with sensor-like grain, which
 * PNG cannot compress much (a 4000×3000 one is well over the old 4 MB limit) and JPEG can.
 */
function writePhotoPng(path: string, width: number, height: number): void {
  const row = 1 + width * 3;
  const raw = Buffer.alloc(row * height);
  let seed = 12345;
  const grain = (): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return ((seed >>> 16) % 17) - 8;
  };
  const clamp = (v: number): number => (v < 0 ? 0 : v > 255 ? 255 : v);
  for (let y = 0; y < height; y++) {
    const at = y * row;
    raw[at] = 0; // filter: none
    const sky = y < height * 0.6;
    for (let x = 0; x < width; x++) {
      const fx = x / width;
      const fy = y / height;
      const r = sky ? 90 + 80 * fy : 70 + 60 * Math.sin(fx * 9 + fy * 4);
      const g = sky ? 140 + 60 * fy : 100 + 40 * Math.cos(fx * 7);
      const b = sky ? 220 - 40 * fx : 60 + 30 * fy;
      raw[at + 1 + x * 3] = clamp(Math.round(r) + grain());
      raw[at + 2 + x * 3] = clamp(Math.round(g) + grain());
      raw[at + 3 + x * 3] = clamp(Math.round(b) + grain());
    }
  }
  const png = Buffer.concat([
    SIGNATURE,
    ihdr(width, height),
    chunk('IDAT', deflateSync(raw, { level: 1 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  writeFileSync(path, png);
}

/**
 * An RGBA graphic (a red disc, as in a logo): on a transparent background, or on an opaque white
 * one, where the alpha channel is there but every pixel is 255.
 */
function writeLogoPng(path: string, width: number, height: number, transparent: boolean): void {
  const row = 1 + width * 4;
  const raw = Buffer.alloc(row * height);
  const radius = Math.min(width, height) / 3;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const at = y * row + 1 + x * 4;
      const inside = (x - width / 2) ** 2 + (y - height / 2) ** 2 < radius ** 2;
      raw.set(inside ? [200, 30, 30, 255] : [255, 255, 255, transparent ? 0 : 255], at);
    }
  }
  writeFileSync(
    path,
    Buffer.concat([
      SIGNATURE,
      ihdr(width, height, 6),
      chunk('IDAT', deflateSync(raw)),
      chunk('IEND', Buffer.alloc(0)),
    ]),
  );
}

/** A PNG whose header is right and whose pixel data is garbage. */
function writeBrokenPng(path: string): void {
  let seed = 7;
  const garbage = Buffer.from(
    Array.from({ length: 50_000 }, () => {
      seed = (seed * 48271) % 2147483647;
      return seed & 0xff;
    }),
  );
  writeFileSync(
    path,
    Buffer.concat([
      SIGNATURE,
      ihdr(3000, 2000),
      chunk('IDAT', garbage),
      chunk('IEND', Buffer.alloc(0)),
    ]),
  );
}

/**
 * A camera-style JPEG: encoded by the page's own canvas (no encoder in Node), then given an EXIF
 * block saying "rotate 90° clockwise to view" (orientation 6), as phones and cameras write for a
 * portrait shot stored sideways.
 */
async function writeRotatedJpeg(page: Page, path: string, width: number, height: number) {
  const base64 = await page.evaluate(
    async ([w, h]) => {
      const canvas = new OffscreenCanvas(w, h);
      const ctx = canvas.getContext('2d')!;
      const sky = ctx.createLinearGradient(0, 0, w, h);
      sky.addColorStop(0, '#4a7fc1');
      sky.addColorStop(1, '#d9c38a');
      ctx.fillStyle = sky;
      ctx.fillRect(0, 0, w, h);
      // Grain, so the original is as heavy as a real one.
      const tile = ctx.getImageData(0, 0, 512, 512);
      let seed = 99;
      for (let i = 0; i < tile.data.length; i += 4) {
        seed = (seed * 48271) % 2147483647;
        tile.data[i] = tile.data[i + 1] = tile.data[i + 2] = seed & 0xff;
        tile.data[i + 3] = 40;
      }
      const grain = new OffscreenCanvas(512, 512);
      grain.getContext('2d')!.putImageData(tile, 0, 0);
      ctx.fillStyle = ctx.createPattern(grain, 'repeat')!;
      ctx.fillRect(0, 0, w, h);
      const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.97 });
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let text = '';
      for (let i = 0; i < bytes.length; i += 0x8000)
        text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return btoa(text);
    },
    [width, height] as const,
  );
  const jpeg = Buffer.from(base64, 'base64');
  // EXIF: "Exif\0\0", a big-endian TIFF header, one IFD with Orientation (0x0112) = 6.
  const tiff = Buffer.from([
    0x4d, 0x4d, 0x00, 0x2a, 0x00, 0x00, 0x00, 0x08, 0x00, 0x01, 0x01, 0x12, 0x00, 0x03, 0x00, 0x00,
    0x00, 0x01, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
  ]);
  const payload = Buffer.concat([Buffer.from('Exif\0\0', 'binary'), tiff]);
  const app1 = Buffer.alloc(4);
  app1.writeUInt16BE(0xffe1, 0);
  app1.writeUInt16BE(payload.length + 2, 2);
  writeFileSync(path, Buffer.concat([jpeg.subarray(0, 2), app1, payload, jpeg.subarray(2)]));
}

const mb = (bytes: number): string => `${(bytes / 1048576).toFixed(1)} MB`;

async function pick(page: Page, path: string, button: 'Choose image…' | 'Replace image…') {
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('figure').getByRole('button', { name: button }).click();
  await (await chooser).setFiles(path);
}

/** The figure's image as the page decoded it. */
async function shown(page: Page): Promise<{ src: string; width: number; height: number }> {
  const img = page.getByTestId('figure').locator('img');
  await expect(img).toBeVisible();
  return img.evaluate(async (el: HTMLImageElement) => {
    await el.decode();
    return { src: el.src, width: el.naturalWidth, height: el.naturalHeight };
  });
}

async function decodedSize(page: Page, src: string): Promise<[number, number]> {
  return page.evaluate(async (s) => {
    const img = new Image();
    img.src = s;
    await img.decode();
    return [img.naturalWidth, img.naturalHeight] as [number, number];
  }, src);
}

test('a 4000×3000 photo over 4 MB is scaled to 2560 px, saved as a web JPEG, and the user told', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openedSeed(page, host.url);
  const photo = join(ws.dir, 'kamera.png');
  writePhotoPng(photo, 4000, 3000);
  const original = statSync(photo).size;
  expect(original).toBeGreaterThan(4 * 1024 * 1024);

  const started = Date.now();
  await pick(page, photo, 'Choose image…');
  const notice = page.locator('.notice--info span', { hasText: 'Scaled from' });
  await expect(notice).toContainText(
    new RegExp(
      `^Scaled from 4000 × 3000 \\(${mb(original).replace('.', '\\.')}\\) to 2560 × 1920 \\(\\d+\\.\\d MB\\) for the web\\.$`,
    ),
  );
  const noticeText = (await notice.textContent()) ?? '';
  const inPage = await shown(page);
  const placedMs = Date.now() - started;
  expect([inPage.width, inPage.height]).toEqual([2560, 1920]);
  expect(inPage.src.slice(0, 30)).toMatch(/^data:image\/jpeg;base64,/);

  const target = join(ws.dir, 'foto.newsroom.json');
  await host.answer({ kind: 'save', path: target });
  await page.keyboard.press('Control+s');
  await expect(saveState(page)).toHaveText('Saved');
  const saved = JSON.parse(readFileSync(target, 'utf8')) as {
    blocks: { type: string; src?: string | null }[];
  };
  const src = saved.blocks.find((b) => b.type === 'figure')?.src ?? '';
  expect(src.slice(0, 30)).toMatch(/^data:image\/jpeg;base64,/);
  const bytes = Buffer.from(src.slice(src.indexOf(',') + 1), 'base64');
  expect(bytes.length).toBeLessThanOrEqual(1.5 * 1024 * 1024);
  expect([bytes[0], bytes[1], bytes[2]]).toEqual([0xff, 0xd8, 0xff]);
  // The notice names the size that was stored.
  expect(noticeText).toContain(`to 2560 × 1920 (${mb(bytes.length)})`);
  expect(await decodedSize(page, src)).toEqual([2560, 1920]);
  test.info().annotations.push({
    type: 'measured',
    description: `${mb(original)} PNG → ${mb(bytes.length)} JPEG, shown ${placedMs} ms after the pick`,
  });
  await page.screenshot({ path: 'tests/artifacts/images-scaled.png' });
});

test('a sideways camera JPEG with EXIF rotation is placed upright at web size', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openedSeed(page, host.url);
  const photo = join(ws.dir, 'IMG_0412.JPG');
  // Stored 6000×4000 landscape; the EXIF says it is viewed as a 4000×6000 portrait.
  await writeRotatedJpeg(page, photo, 6000, 4000);
  const original = statSync(photo).size;

  await pick(page, photo, 'Choose image…');
  await expect(page.locator('.notice--info span', { hasText: 'Scaled from' })).toHaveText(
    new RegExp(
      `^Scaled from 4000 × 6000 \\(${mb(original).replace('.', '\\.')}\\) to 1707 × 2560 \\(`,
    ),
  );
  const inPage = await shown(page);
  expect(inPage.src.slice(0, 30)).toMatch(/^data:image\/jpeg;base64,/);
  expect([inPage.width, inPage.height]).toEqual([1707, 2560]);
  const stored = Buffer.from(inPage.src.slice(inPage.src.indexOf(',') + 1), 'base64').length;
  expect(stored).toBeLessThanOrEqual(1.5 * 1024 * 1024);
  test.info().annotations.push({
    type: 'measured',
    description: `${mb(original)} JPEG → ${mb(stored)} JPEG`,
  });
});

test('a broken image or a file that is not an image is refused and the figure keeps its image', async ({
  page,
}) => {
  await openedSeed(page, host.url);
  await pick(page, writePng(ws.dir), 'Choose image…');
  const before = await shown(page);
  expect([before.width, before.height]).toEqual([2, 2]);
  // A small web image is stored as it is: nothing to tell.
  await expect(page.locator('.notice--info')).toHaveCount(0);

  const broken = join(ws.dir, 'rusak.png');
  writeBrokenPng(broken);
  await pick(page, broken, 'Replace image…');
  await expect(page.locator('.notice--error span')).toHaveText(
    'rusak.png could not be read as an image; the file may be damaged. Nothing was changed.',
  );
  expect((await shown(page)).src).toBe(before.src);

  const notImage = join(ws.dir, 'catatan.jpg');
  writeFileSync(notImage, 'Ini bukan foto, hanya catatan liputan.\n'.repeat(100));
  await pick(page, notImage, 'Replace image…');
  await expect(page.locator('.notice--error span', { hasText: 'catatan.jpg' })).toHaveText(
    'catatan.jpg is not an image that can be placed. Choose a PNG, JPEG, GIF or WebP file.',
  );
  expect((await shown(page)).src).toBe(before.src);
  await expect(
    page.getByTestId('figure').getByRole('button', { name: 'Replace image…' }),
  ).toBeEnabled();
});

test('a large graphic with transparency stays transparent; one with an unused alpha channel becomes JPEG', async ({
  page,
}) => {
  await openedSeed(page, host.url);
  const logo = join(ws.dir, 'logo.png');
  writeLogoPng(logo, 3000, 2000, true);
  await pick(page, logo, 'Choose image…');
  await expect(page.locator('.notice--info span', { hasText: 'Scaled from' })).toContainText(
    'Scaled from 3000 × 2000 (',
  );
  const placed = await shown(page);
  expect(placed.src.slice(0, 30)).toMatch(/^data:image\/(png|webp);base64,/);
  expect([placed.width, placed.height]).toEqual([2560, 1707]);
  // The corner is still see-through and the disc's centre solid.
  const alpha = await page
    .getByTestId('figure')
    .locator('img')
    .evaluate((img: HTMLImageElement) => {
      const canvas = new OffscreenCanvas(img.naturalWidth, img.naturalHeight);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const at = (x: number, y: number) => ctx.getImageData(x, y, 1, 1).data[3];
      return [at(0, 0), at(1280, 853)];
    });
  expect(alpha).toEqual([0, 255]);

  const flat = join(ws.dir, 'logo-putih.png');
  writeLogoPng(flat, 3000, 2000, false);
  await pick(page, flat, 'Replace image…');
  const img = page.getByTestId('figure').locator('img');
  await expect
    .poll(async () => ((await img.getAttribute('src')) ?? '').slice(0, 30))
    .toMatch(/^data:image\/jpeg;base64,/);
  const replaced = await shown(page);
  expect([replaced.width, replaced.height]).toEqual([2560, 1707]);
});
