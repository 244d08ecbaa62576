import { parseDocument } from 'htmlparser2';
import { findAll, findOne, textContent } from 'domutils';
import type { Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { getExporter } from '../../../shared/export';
import { exportNewsml, newsmlExporter } from '../../../shared/export/newsml';
import { createArticle } from '../../../shared/model/create';
import { getBuiltinProfile } from '../../../shared/profiles';
import { seedLikeArticle } from '../ninjs/seedArticle';

const profile = getBuiltinProfile('id');
const now = new Date('2025-09-30T01:00:00Z');

function parse(xml: string) {
  const doc = parseDocument(xml, { xmlMode: true });
  const one = (name: string): Element | null => findOne((e) => e.name === name, doc.children);
  const all = (name: string): Element[] => findAll((e) => e.name === name, doc.children);
  const text = (name: string) => {
    const el = one(name);
    return el ? textContent(el).trim() : null;
  };
  return { one, all, text };
}

describe('NewsML-G2 2.35 export of the seed story', () => {
  const xml = exportNewsml(seedLikeArticle(), { profile, now });
  const item = parse(xml);

  it('is a power-conformance 2.35 news item of class text', () => {
    expect(item.one('newsItem')?.attribs).toMatchObject({
      xmlns: 'http://iptc.org/std/nar/2006-10-01/',
      guid: 'urn:newsroom-desk:article:art-seed-000',
      version: '1',
      standard: 'NewsML-G2',
      standardversion: '2.35',
      conformance: 'power',
      'xml:lang': 'id',
    });
    expect(item.one('itemClass')?.attribs.qcode).toBe('ninat:text');
    expect(item.one('pubStatus')?.attribs.qcode).toBe('stat:usable');
    expect(item.text('versionCreated')).toBe('2025-09-30T08:00:00+07:00');
    expect(item.text('firstCreated')).toBe('2025-09-29T18:33:00+07:00');
    expect(item.one('provider')?.attribs.literal).toBe('Metrotvnews.com');
  });

  it('names creator and contributors with IPTC role codes and their names', () => {
    const parties = [...item.all('creator'), ...item.all('contributor')].map((e) => [
      e.name,
      e.attribs.role,
      textContent(findOne((n) => n.name === 'name', e.children)!),
    ]);
    expect(parties).toEqual([
      ['creator', 'cpprole:author', 'Willy Haryono'],
      ['contributor', 'cpprole:correspondent', 'Kelvin Yurcel'],
      ['contributor', 'cpprole:editor', 'Willy Haryono'],
    ]);
    // Only IPTC codes here, so no catalog of our own is declared.
    expect(item.one('catalog')).toBeNull();
  });

  it('carries headline, dateline, by, located and language as content metadata', () => {
    expect(item.text('headline')).toBe(
      'Tiongkok dan Korea Utara Sepakat Perkuat Kerja Sama, Tolak Dominasi Asing',
    );
    expect(item.text('dateline')).toBe('Beijing');
    expect(item.text('by')).toBe('Willy Haryono');
    expect(item.text('located')).toBe('Beijing');
    expect(item.one('language')?.attribs.tag).toBe('id');
  });

  it('puts the body in inline XHTML', () => {
    const inline = item.one('inlineXML');
    expect(inline?.attribs.contenttype).toBe('application/xhtml+xml');
    const html = findOne((e) => e.name === 'html', inline!.children);
    expect(html?.attribs.xmlns).toBe('http://www.w3.org/1999/xhtml');
    expect(xml).toContain('seperti dikutip <em>The Straits Times</em>, Senin');
    expect(xml).toContain('<small class="credit">@SpoxCHN_LinJian</small>');
  });
});

describe('NewsML-G2 export details', () => {
  it('withholds a draft and says why in an editorial note', () => {
    const item = parse(exportNewsml(seedLikeArticle(), { profile, now, draft: true }));
    expect(item.one('pubStatus')?.attribs.qcode).toBe('stat:withheld');
    expect(item.text('edNote')).toBe(
      'DRAF: belum untuk diterbitkan: naskah ini masih memuat kesalahan.',
    );
  });

  it('declares its own role scheme when a credit has no IPTC code', () => {
    const a = createArticle({
      id: 'art-2',
      language: 'en',
      headline: 'Quake',
      byline: { authors: [], published: '2025-10-02T08:15:00+07:00' },
      dateline: { place: 'Palu', source: 'ANTARA', date: 'Oct 2' },
      credits: [
        { name: 'Rina', role: 'photographer' },
        { name: 'Tom', role: 'translator' },
      ],
    });
    const xml = exportNewsml(a, { profile, now });
    const item = parse(xml);
    expect(item.one('scheme')?.attribs).toEqual({
      alias: 'ndrole',
      uri: 'https://newsroom-desk.org/cv/creditrole/',
    });
    expect(item.all('contributor').map((e) => e.attribs.role)).toEqual([
      'ndrole:photographer',
      'ndrole:translator',
    ]);
    expect(item.text('dateline')).toBe('Palu, Oct 2 (ANTARA)');
    expect(item.one('infoSource')?.attribs.role).toBe('cpprole:origcont');
  });

  it('escapes markup in metadata and body', () => {
    const a = createArticle({
      id: 'art-3',
      language: 'id',
      headline: 'R&D <b>naik</b>',
      blocks: [{ id: 'b1', type: 'paragraph', text: 'a < b & "c"', marks: [] }],
    });
    const xml = exportNewsml(a, { profile, now });
    expect(xml).toContain('<headline>R&amp;D &lt;b&gt;naik&lt;/b&gt;</headline>');
    expect(xml).toContain('<p>a &lt; b &amp; "c"</p>');
  });

  it('names the outlet as provider when known, else the tool; times are whole seconds', () => {
    const a = createArticle({ id: 'art-4', language: 'id', headline: 'Gempa' });
    const item = parse(exportNewsml(a, { profile, now: new Date('2025-09-30T01:00:00.250Z') }));
    expect(item.one('provider')?.attribs.literal).toBe('Newsroom Desk');
    expect(item.text('versionCreated')).toBe('2025-09-30T08:00:00+07:00');
    expect(item.one('firstCreated')).toBeNull();
  });

  it('is registered as "newsml" (also "newsml-g2")', () => {
    expect(getExporter('newsml')).toBe(newsmlExporter);
    expect(getExporter('newsml-g2')).toBe(newsmlExporter);
  });
});
