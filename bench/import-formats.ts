/**
 * Markdown, HTML and DOCX import benchmark: parse, the shared HTML→blocks converter and the wire
 * recogniser, on the shipped seeds and on long drafts built from them (every paragraph numbered
 * so none repeats). Targets: a seed-sized draft of any format in well under 100 ms; 1 MB of
 * Markdown or HTML in under 1 s. Long DOCX is dominated by mammoth's own conversion (about three
 * quarters of the time for 5 500 paragraphs, some 60 pages); our converter is the rest.
 *
 *   npm run bench -- import-formats
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { importDraft } from '../shared/import';

const seeds = join(dirname(fileURLToPath(import.meta.url)), '..', 'seeds');
const read = (f: string) => new Uint8Array(readFileSync(join(seeds, f)));
const enc = (s: string) => new TextEncoder().encode(s);

const PARAGRAPH =
  'Pemerintah kota menyiagakan pompa di tiga titik dan meminta warga di pesisir utara tetap waspada terhadap pasang maksimum yang diperkirakan terjadi hingga akhir pekan';

function longMarkdown(bytes: number): Uint8Array {
  const parts = ['---\ntitle: Laporan panjang\nlanguage: id\n---\n'];
  for (let i = 0, size = 0; size < bytes; i++) {
    const p =
      i % 25 === 0
        ? `## Bagian ${i}\n`
        : i % 10 === 0
          ? `> Kutipan nomor ${i} dari warga.\n>\n> — Warga ${i}\n`
          : `${PARAGRAPH} (${i}), kata **petugas** dalam [laporan](https://example.id/${i}).\n`;
    parts.push(p);
    size += p.length + 1;
  }
  return enc(parts.join('\n'));
}

function longHtml(bytes: number): Uint8Array {
  const parts = ['<!doctype html><html lang="id"><body><article><h1>Laporan panjang</h1>'];
  for (let i = 0, size = 0; size < bytes; i++) {
    const p =
      i % 25 === 0
        ? `<h2>Bagian ${i}</h2>`
        : i % 10 === 0
          ? `<figure><img src="f${i}.jpg" alt="Foto ${i}"><figcaption>Warga di tanggul ${i}. (Warta/Dimas)</figcaption></figure>`
          : `<p>${PARAGRAPH} (${i}), kata <b>petugas</b> dalam <a href="https://example.id/${i}">laporan</a>.</p>`;
    parts.push(p);
    size += p.length;
  }
  parts.push('</article></body></html>');
  return enc(parts.join('\n'));
}

async function longDocx(paragraphs: number): Promise<Uint8Array> {
  const children = [new Paragraph({ text: 'Laporan panjang', heading: HeadingLevel.TITLE })];
  for (let i = 0; i < paragraphs; i++) {
    children.push(
      i % 25 === 0
        ? new Paragraph({ text: `Bagian ${i}`, heading: HeadingLevel.HEADING_2 })
        : new Paragraph({
            children: [
              new TextRun(`${PARAGRAPH} (${i}), kata `),
              new TextRun({ text: 'petugas', bold: true }),
              new TextRun('.'),
            ],
          }),
    );
  }
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

async function median(
  bytes: Uint8Array,
  name: string,
  runs: number,
): Promise<{ ms: number; blocks: number }> {
  const xs: number[] = [];
  let blocks = 0;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const a = await importDraft({ bytes, name });
    xs.push(performance.now() - t);
    blocks = a.blocks.length;
  }
  xs.sort((a, b) => a - b);
  return { ms: xs[Math.floor(xs.length / 2)]!, blocks };
}

const rows: [string, string, Uint8Array, number][] = [
  ['Markdown seed', 'seed.md', read('pasar-apung-banjarmasin.md'), 30],
  ['HTML seed', 'seed.html', read('banjir-rob-semarang.html'), 30],
  ['DOCX seed', 'seed.docx', read('petani-garam-madura.docx'), 30],
  ['Markdown ~1 MB', 'long.md', longMarkdown(1_000_000), 3],
  ['HTML ~1 MB', 'long.html', longHtml(1_000_000), 3],
  // ~5 500 paragraphs: about 1 MB of document.xml.
  ['DOCX ~5 500 paragraphs', 'long.docx', await longDocx(5_500), 3],
];

for (const [, name, bytes] of rows.slice(0, 3)) await median(bytes, name, 5); // warm-up
console.log('| draft | bytes | blocks | median ms |');
console.log('| --- | ---: | ---: | ---: |');
for (const [label, name, bytes, runs] of rows) {
  const { ms, blocks } = await median(bytes, name, runs);
  console.log(`| ${label} | ${bytes.length} | ${blocks} | ${ms.toFixed(1)} |`);
}
