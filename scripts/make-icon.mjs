#!/usr/bin/env node
// Draws the app icon (build/icon.png, 512×512 RGBA): a navy tile with a white page carrying a
// red headline bar and grey text lines. Run again after changing the design; electron-builder
// derives the Windows .ico and macOS .icns from this PNG.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 512;
const px = new Uint8Array(SIZE * SIZE * 4);

function insideRounded(x, y, x0, y0, x1, y1, r) {
  if (x < x0 || x >= x1 || y < y0 || y >= y1) return false;
  const cx = x < x0 + r ? x0 + r : x >= x1 - r ? x1 - r - 1 : x;
  const cy = y < y0 + r ? y0 + r : y >= y1 - r ? y1 - r - 1 : y;
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function fill(x0, y0, x1, y1, r, [cr, cg, cb, ca = 255]) {
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      if (!insideRounded(x, y, x0, y0, x1, y1, r)) continue;
      const i = (y * SIZE + x) * 4;
      px[i] = cr;
      px[i + 1] = cg;
      px[i + 2] = cb;
      px[i + 3] = ca;
    }
  }
}

fill(16, 16, 496, 496, 96, [0x1f, 0x3a, 0x5f]); // tile
fill(112, 88, 400, 424, 20, [0xff, 0xff, 0xff]); // page
fill(148, 128, 364, 172, 10, [0xd6, 0x33, 0x2f]); // headline
for (const [y, w] of [
  [204, 216],
  [240, 216],
  [276, 216],
  [312, 160],
  [348, 200],
]) {
  fill(148, y, 148 + w, y + 16, 8, [0x9a, 0xa5, 0xb1]); // text lines
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(SIZE, 0);
ihdr.writeUInt32BE(SIZE, 4);
ihdr[8] = 8; // bit depth
ihdr[9] = 6; // RGBA
const rows = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y++) {
  rows[y * (SIZE * 4 + 1)] = 0; // filter: none
  Buffer.from(px.buffer, y * SIZE * 4, SIZE * 4).copy(rows, y * (SIZE * 4 + 1) + 1);
}
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr),
  chunk('IDAT', deflateSync(rows, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
const out = new URL('../build/icon.png', import.meta.url);
writeFileSync(out, png);
console.log(`wrote build/icon.png (${png.length} bytes)`);
