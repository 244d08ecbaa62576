import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectImporter, importDraft, ImportError } from '../../../shared/import';
import { importNinjs } from '../../../shared/import/ninjs';
import { getBuiltinProfile } from '../../../shared/profiles';
import { repoRoot } from '../../support/standards';

const enc = (s: string) => new TextEncoder().encode(s);
const seedPath = path.join(repoRoot, 'seeds', '101_banjir-rob-semarang.ninjs.json');

describe('ninjs 2.x item (seeds/101_banjir-rob-semarang.ninjs.json)', () => {
  it('is detected as ninjs and read with the Indonesian profile its language asks for', async () => {
    const bytes = readFileSync(seedPath);
    expect(detectImporter({ bytes, name: 'banjir.json' }).id).toBe('ninjs');
    const a = await importDraft({ bytes, name: 'banjir.json' });
    expect(a.metadata.profile).toBe('id');
    expect(a.headline).toBe('Banjir Rob Genangi Pesisir Utara Semarang, Ratusan Warga Mengungsi');
    expect(a.slug).toBe('banjir-rob-semarang');
    expect(a.byline).toEqual({
      authors: [{ name: 'Sari Wulandari' }, { name: 'Budi Santoso' }],
      published: '2025-10-02T08:15:00+07:00',
      raw: 'Oleh Sari Wulandari dan Budi Santoso',
    });
    expect(a.dateline).toEqual({ place: 'Semarang' });
  });

  it('maps people relationships to credits and leaves people the story mentions alone', async () => {
    const a = await importDraft({ bytes: readFileSync(seedPath) });
    expect(a.credits).toEqual([
      { name: 'Dewi Lestari', role: 'editor' },
      { name: 'Agus Salim', role: 'photographer' },
      { name: 'Sari Wulandari', role: 'writer' },
      { name: 'Budi Santoso', role: 'writer' },
    ]);
  });

  it('turns body_html into blocks, drops the repeated dateline and leads with the feature image', async () => {
    const a = await importDraft({ bytes: readFileSync(seedPath) });
    expect(a.blocks.map((b) => b.type)).toEqual([
      'figure',
      'paragraph',
      'paragraph',
      'quote',
      'heading',
      'paragraph',
      'related',
    ]);
    expect(a.blocks[0]).toMatchObject({
      src: 'https://kantorberita.example/foto/banjir-rob.jpg',
      caption:
        'Warga melintasi genangan banjir rob di Kelurahan Tanjung Mas, Semarang, Kamis (2/10/2025).',
      credit: 'ANTARA FOTO/Agus Salim',
    });
    expect(a.blocks[1]).toMatchObject({
      text: 'Banjir rob kembali menggenangi kawasan pesisir utara Semarang, Jawa Tengah, pada Kamis pagi. Air laut yang pasang setinggi 40 sentimeter masuk ke permukiman di Kelurahan Tanjung Mas dan Bandarharjo.',
    });
    expect(a.blocks[2]).toMatchObject({
      marks: [{ type: 'bold', start: 79, end: 121 }],
    });
    expect(a.blocks[6]).toEqual({
      id: 'b7',
      type: 'related',
      label: 'Baca juga',
      title: 'Proyek Tanggul Laut Semarang Molor Lagi',
      url: 'https://kantorberita.example/berita/tanggul-laut-semarang',
    });
    expect(a.importReport.items).toContainEqual({
      reason: 'dateline',
      text: 'Semarang:',
      action: 'moved',
      detail: 'dateline',
    });
    expect(a.metadata.tags).toEqual(['banjir', 'Jawa Tengah']);
  });
});

describe('ninjs 1.x', () => {
  it('reads headline, byline and a plain body_text, one paragraph per blank-line block', async () => {
    const a = await importNinjs(
      JSON.stringify({
        uri: 'http://example.com/2014/gempa-palu',
        type: 'text',
        versioncreated: '2014-03-02T04:05:00Z',
        language: 'id',
        headline: 'Gempa 5,2 SR guncang Palu',
        byline: 'Oleh Rina Marlina',
        body_text: 'Gempa berkekuatan 5,2 SR mengguncang Palu.\n\nTidak ada laporan kerusakan.',
      }),
      {},
    );
    expect(a.metadata.profile).toBe('id');
    expect(a.headline).toBe('Gempa 5,2 SR guncang Palu');
    expect(a.byline).toEqual({
      authors: [{ name: 'Rina Marlina' }],
      published: '2014-03-02T11:05:00+07:00',
      raw: 'Oleh Rina Marlina',
    });
    expect(a.blocks.map((b) => b.type === 'paragraph' && b.text)).toEqual([
      'Gempa berkekuatan 5,2 SR mengguncang Palu.',
      'Tidak ada laporan kerusakan.',
    ]);
  });
});

describe('ninjs 3.x details', () => {
  const profile = getBuiltinProfile('en');
  const item = (extra: Record<string, unknown>) =>
    JSON.stringify({
      uri: 'urn:x:1',
      type: 'text',
      headlines: [{ role: 'main', value: 'Quake hits Palu' }],
      ...extra,
    });

  it('falls back to the plain-text body, one paragraph per blank-line block', async () => {
    const a = await importNinjs(
      item({ bodies: [{ contentType: 'text/plain', value: 'First para.\n\nSecond para.' }] }),
      { profile },
    );
    expect(a.blocks.map((b) => (b.type === 'paragraph' ? b.text : b.type))).toEqual([
      'First para.',
      'Second para.',
    ]);
  });

  it('reads roles from IPTC codes and profile roles, keeps unknown relations out of credits', async () => {
    const a = await importNinjs(
      item({
        people: [
          { name: 'Rina', rel: 'cpprole:contentEditor' },
          { name: 'Tom', rel: 'http://cv.iptc.org/newscodes/contentprodpartyrole/author' },
          { name: 'Mayor', rel: 'about' },
        ],
      }),
      { profile },
    );
    expect(a.byline.authors).toEqual([{ name: 'Tom' }]);
    expect(a.credits).toEqual([
      { name: 'Rina', role: 'editor' },
      { name: 'Tom', role: 'writer' },
    ]);
  });

  it('shows a UTC time in the profile’s zone and keeps an explicit offset as written', async () => {
    const id = getBuiltinProfile('id');
    const utc = await importNinjs(item({ versionCreated: '2025-10-02T01:15:00Z' }), {
      profile: id,
    });
    expect(utc.byline.published).toBe('2025-10-02T08:15:00+07:00');
    const local = await importNinjs(item({ contentCreated: '2025-10-02T08:15:00+08:00' }), {
      profile: id,
    });
    expect(local.byline.published).toBe('2025-10-02T08:15:00+08:00');
  });

  it('never takes a script-capable picture source from an association', async () => {
    const a = await importNinjs(
      item({
        associations: [
          {
            name: 'a1',
            uri: 'urn:x:p',
            type: 'picture',
            descriptions: [{ value: 'Peta gempa' }],
            renditions: [{ name: 'original', href: 'javascript:alert(1)' }],
          },
        ],
      }),
      { profile },
    );
    expect(a.blocks[0]).toMatchObject({ type: 'figure', src: null, caption: 'Peta gempa' });
    expect(a.importReport.items.map((i) => i.reason)).toContain('unsafe-image-src');
  });

  it('warns when the agency has killed or withheld the item', async () => {
    const killed = await importNinjs(item({ pubStatus: 'canceled' }), { profile });
    expect(killed.importReport.items).toContainEqual({
      reason: 'agency-status',
      text: 'canceled',
      action: 'warning',
      detail: 'The agency has cancelled (killed) this item: do not publish it.',
    });
    const usable = await importNinjs(item({ pubStatus: 'usable' }), { profile });
    expect(usable.importReport.items.map((i) => i.reason)).not.toContain('agency-status');
  });

  it('refuses a picture item and names what it is', async () => {
    await expect(
      importNinjs(JSON.stringify({ uri: 'urn:x:2', type: 'picture', headlines: [] }), {
        name: 'foto.json',
      }),
    ).rejects.toThrow(/foto\.json is a ninjs picture item; only text items/);
  });

  it('refuses JSON without a uri as "not a ninjs item", and broken JSON plainly', async () => {
    await expect(importNinjs('{"headline":"x"}', { name: 'a.json' })).rejects.toThrow(
      /a\.json is not a ninjs item: it has no "uri"/,
    );
    const err = await importNinjs('{"uri": ', { name: 'b.json' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportError);
    expect((err as ImportError).code).toBe('invalid-json');
  });

  it('is not chosen for other JSON (our own article files stay native)', () => {
    const native = enc('{"schemaVersion":1,"id":"a","blocks":[],"uri":"x","headline":"y"}');
    expect(detectImporter({ bytes: native }).id).toBe('native');
    expect(detectImporter({ bytes: enc(item({})) }).id).toBe('ninjs');
  });
});
