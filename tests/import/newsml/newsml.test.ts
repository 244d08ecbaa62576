import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectImporter, importDraft } from '../../../shared/import';
import { importNewsml, newsmlImporter } from '../../../shared/import/newsml';
import { getBuiltinProfile } from '../../../shared/profiles';
import { repoRoot } from '../../support/standards';

const enc = (s: string) => new TextEncoder().encode(s);
const seedPath = path.join(repoRoot, 'seeds', '102_harga-beras-naik.newsml.xml');

describe('NewsML-G2 news item with an XHTML body (seeds/102_harga-beras-naik.newsml.xml)', () => {
  it('is detected by its namespace and read with the profile for its language', async () => {
    const bytes = readFileSync(seedPath);
    expect(detectImporter({ bytes, name: 'item.xml' }).id).toBe('newsml');
    const a = await importDraft({ bytes, name: 'item.xml' });
    expect(a.metadata.profile).toBe('id');
    expect(a.headline).toBe(
      'Harga Beras di Pasar Tradisional Surabaya Naik Dua Pekan Berturut-turut',
    );
    expect(a.subheadline).toBe(
      'Pedagang menyebut pasokan dari Jawa Tengah berkurang setelah panen mundur.',
    );
    expect(a.byline).toEqual({
      authors: [{ name: 'Ni Luh Putu Ayu' }],
      published: '2025-10-03T10:30:00+07:00',
    });
    expect(a.dateline).toEqual({ place: 'Surabaya', source: 'ANTARA' });
  });

  it('reads IPTC role codes into credits', async () => {
    const a = await importDraft({ bytes: readFileSync(seedPath) });
    expect(a.credits).toEqual([
      { name: 'Dewi Lestari', role: 'editor' },
      { name: 'Rudi Hartono', role: 'contributor' },
      { name: 'Ni Luh Putu Ayu', role: 'writer' },
    ]);
  });

  it('turns the XHTML body into blocks without the marked dateline', async () => {
    const a = await importDraft({ bytes: readFileSync(seedPath) });
    expect(a.blocks.map((b) => b.type)).toEqual([
      'paragraph',
      'paragraph',
      'figure',
      'list',
      'paragraph',
    ]);
    expect(a.blocks[0]).toMatchObject({
      text: 'Harga beras medium di sejumlah pasar tradisional Surabaya naik menjadi Rp14.500 per kilogram, dua pekan berturut-turut setelah sebelumnya bertahan di Rp13.800.',
    });
    expect(a.blocks[2]).toEqual({
      id: 'b3',
      type: 'figure',
      src: 'https://kantorberita.example/foto/pasar-wonokromo.jpg',
      alt: 'Pedagang beras di Pasar Wonokromo',
      caption: 'Pedagang menata karung beras di Pasar Wonokromo, Surabaya, Jumat (3/10/2025).',
      credit: 'ANTARA FOTO/Rudi Hartono',
    });
    expect(a.blocks[4]).toMatchObject({ marks: [{ type: 'italic', start: 49, end: 62 }] });
  });
});

describe('NewsML-G2 details', () => {
  const profile = getBuiltinProfile('en');

  it('reads prefixed elements and a NITF body with hl2 subheads', async () => {
    const xml = `<?xml version="1.0"?>
<nar:newsItem xmlns:nar="http://iptc.org/std/nar/2006-10-01/" guid="urn:x:9" version="3" standard="NewsML-G2" standardversion="2.35">
  <nar:itemMeta><nar:itemClass qcode="ninat:text"/><nar:provider qcode="nprov:X"/><nar:versionCreated>2025-10-02T01:00:00Z</nar:versionCreated></nar:itemMeta>
  <nar:contentMeta>
    <nar:contributor role="crol:photographer"><nar:name>Rina</nar:name></nar:contributor>
    <nar:headline>Quake hits Palu</nar:headline>
    <nar:by>By Tom Allen and Sara Lim</nar:by>
  </nar:contentMeta>
  <nar:contentSet><nar:inlineXML contenttype="application/nitf+xml">
    <nitf xmlns="http://iptc.org/std/NITF/2006-10-18/"><body><body.content>
      <p>PALU, Indonesia — A strong quake struck.</p><hl2>Aftershocks</hl2><p>More <em>followed</em>.</p>
    </body.content></body></nitf>
  </nar:inlineXML></nar:contentSet>
</nar:newsItem>`;
    const a = await importNewsml(xml, { profile });
    expect(a.headline).toBe('Quake hits Palu');
    expect(a.byline.authors).toEqual([{ name: 'Tom Allen' }, { name: 'Sara Lim' }]);
    expect(a.credits).toContainEqual({ name: 'Rina', role: 'photographer' });
    expect(a.blocks.map((b) => b.type)).toEqual(['paragraph', 'heading', 'paragraph']);
    expect(a.blocks[2]).toMatchObject({
      text: 'More followed.',
      marks: [{ type: 'italic', start: 5, end: 13 }],
    });
    expect(a.metadata.extra['newsml:version']).toBe('3');
  });

  it('takes the first news item of a newsMessage', async () => {
    const xml = `<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/">
  <header><sent>2025-10-02T01:00:00Z</sent></header>
  <itemSet>
    <newsItem guid="urn:x:1" standard="NewsML-G2" standardversion="2.35">
      <itemMeta><itemClass qcode="ninat:text"/><provider qcode="nprov:X"/><versionCreated>2025-10-02T01:00:00Z</versionCreated></itemMeta>
      <contentMeta><language tag="id"/><headline>Harga cabai turun</headline></contentMeta>
      <contentSet><inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><body><p>Harga cabai rawit turun.</p></body></html></inlineXML></contentSet>
    </newsItem>
  </itemSet>
</newsMessage>`;
    expect(detectImporter({ bytes: enc(xml) }).id).toBe('newsml');
    const a = await importNewsml(xml, {});
    expect([a.headline, a.language, a.metadata.profile]).toEqual(['Harga cabai turun', 'id', 'id']);
    expect(a.byline.published).toBe('2025-10-02T08:00:00+07:00');
    expect(a.blocks).toEqual([
      { id: 'b1', type: 'paragraph', text: 'Harga cabai rawit turun.', marks: [] },
    ]);
  });

  it('warns when the item is withheld (our own draft exports say so too)', async () => {
    const xml = readFileSync(seedPath, 'utf8').replace('stat:usable', 'stat:withheld');
    const a = await importNewsml(xml, {});
    expect(a.importReport.items).toContainEqual(
      expect.objectContaining({
        reason: 'agency-status',
        text: 'stat:withheld',
        action: 'warning',
      }),
    );
  });

  it('refuses other G2 item kinds by name', async () => {
    const xml =
      '<conceptItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="x" standard="NewsML-G2" standardversion="2.35"/>';
    await expect(importNewsml(xml, { name: 'c.xml' })).rejects.toThrow(
      /c\.xml is a NewsML-G2 conceptItem; only news items/,
    );
  });

  it('leaves XML that is not NewsML-G2 to other importers', () => {
    expect(
      newsmlImporter.detect({ bytes: enc('<?xml version="1.0"?><rss><channel/></rss>') }),
    ).toBe(0);
    const xml = enc('<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/"/>');
    expect(detectImporter({ bytes: xml }).id).toBe('newsml');
  });
});
