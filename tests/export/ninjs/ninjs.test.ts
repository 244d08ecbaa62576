import { describe, expect, it } from 'vitest';
import { articleToNinjs, exportNinjs, ninjsExporter } from '../../../shared/export/ninjs';
import { getExporter } from '../../../shared/export';
import { createArticle } from '../../../shared/model/create';
import { getBuiltinProfile } from '../../../shared/profiles';
import { seedLikeArticle } from './seedArticle';

const profile = getBuiltinProfile('id');
const now = new Date('2025-09-30T01:00:00Z');

describe('ninjs 3.1 export of the seed story', () => {
  const item = articleToNinjs(seedLikeArticle(), { profile, now });

  it('identifies a usable text item, dated in the desk’s zone', () => {
    expect(item).toMatchObject({
      uri: 'urn:newsroom-desk:article:art-seed-000',
      type: 'text',
      version: '1',
      firstCreated: '2025-09-29T18:33:00+07:00',
      contentCreated: '2025-09-29T18:33:00+07:00',
      versionCreated: '2025-09-30T08:00:00+07:00',
      pubStatus: 'usable',
      language: 'id',
      headlines: [
        {
          role: 'main',
          value: 'Tiongkok dan Korea Utara Sepakat Perkuat Kerja Sama, Tolak Dominasi Asing',
        },
      ],
      by: 'Willy Haryono',
      located: 'Beijing',
    });
  });

  it('credits people in ninjs relationships: the byline as author, credits by role', () => {
    expect(item.people).toEqual([
      { name: 'Willy Haryono', rel: 'author' },
      { name: 'Kelvin Yurcel', rel: 'contributor' },
      { name: 'Willy Haryono', rel: 'editor' },
    ]);
  });

  it('writes the body as HTML with the dateline at its head and the marks as tags', () => {
    const [body] = item.bodies ?? [];
    expect(body?.contentType).toBe('text/html');
    expect(body?.value).toContain('<p><span class="dateline">Beijing:</span> Menteri Luar Negeri');
    expect(body?.value).toContain('seperti dikutip <em>The Straits Times</em>, Senin');
    expect(body?.value).toContain(
      '<span class="related-label">Baca juga:</span> Korea Utara Tegaskan Statusnya',
    );
    expect(body?.wordCount).toBe(66);
  });

  it('also lists the photo as a picture association with its caption and credit', () => {
    expect(item.associations).toEqual([
      {
        name: 'figure-1',
        rel: 'figure',
        uri: 'urn:newsroom-desk:article:art-seed-000:figure:b1',
        type: 'picture',
        language: 'id',
        descriptions: [
          {
            role: 'caption',
            value: 'Menlu Tiongkok Wang Yi berjabat tangan dengan Menlu Korea Utara Choe Son-hui.',
          },
        ],
        by: '@SpoxCHN_LinJian',
      },
    ]);
  });

  it('is repeatable: the same article and "now" give the same bytes', () => {
    const a = exportNinjs(seedLikeArticle(), { profile, now });
    expect(exportNinjs(seedLikeArticle(), { profile, now })).toBe(a);
    expect(a.endsWith('}\n')).toBe(true);
  });
});

describe('ninjs export details', () => {
  const base = {
    id: 'art-x',
    language: 'en',
    headline: 'Flood <warning> & "evacuation"',
    byline: { authors: [{ name: 'Ana Putri' }, { name: 'Budi Santoso' }], published: null },
    dateline: { place: 'Semarang', source: 'ANTARA' },
  };

  it('marks a draft export as withheld, the schema’s word for "not for publication"', () => {
    const a = createArticle(base);
    const item = articleToNinjs(a, { profile, now, draft: true });
    expect(item.pubStatus).toBe('withheld');
    expect(item.edNote).toBe('DRAFT: not for publication: this copy still has errors.');
    expect(articleToNinjs(a, { profile, now }).edNote).toBeUndefined();
  });

  it('joins several authors in the profile’s language and names the dateline agency', () => {
    const item = articleToNinjs(createArticle(base), { profile, now });
    expect(item.by).toBe('Ana Putri dan Budi Santoso');
    expect(item.infoSources).toEqual([{ name: 'ANTARA', role: 'dateline' }]);
    expect(item.firstCreated).toBeUndefined();
  });

  it('keeps markup out of the JSON structure and unsafe links out of the body', () => {
    const a = createArticle({
      ...base,
      blocks: [
        {
          id: 'b1',
          type: 'paragraph',
          text: 'Klik <script>alert(1)</script> di sini',
          marks: [{ type: 'link', start: 0, end: 4, href: 'javascript:alert(1)' }],
        },
      ],
    });
    const item = articleToNinjs(a, { profile, now });
    expect(item.headlines?.[0]?.value).toBe('Flood <warning> & "evacuation"');
    const html = item.bodies?.[0]?.value ?? '';
    expect(html).toContain('Klik &lt;script&gt;alert(1)&lt;/script&gt; di sini');
    expect(html).not.toContain('javascript:');
  });

  it('keeps an agency item’s own uri and version on re-export', () => {
    const a = createArticle({
      ...base,
      metadata: { tags: [], extra: { 'ninjs:uri': 'urn:newsml:dpa.com:1', 'ninjs:version': '4' } },
    });
    const item = articleToNinjs(a, { profile, now });
    expect([item.uri, item.version]).toEqual(['urn:newsml:dpa.com:1', '4']);
  });

  it('uses a NewsML-G2 guid as the uri of a story that came as NewsML, never a non-URI', () => {
    const fromNewsml = createArticle({
      ...base,
      metadata: { tags: [], extra: { 'newsml:guid': 'urn:newsml:antaranews.com:20251002:123' } },
    });
    expect(articleToNinjs(fromNewsml, { profile, now }).uri).toBe(
      'urn:newsml:antaranews.com:20251002:123',
    );
    const broken = createArticle({
      ...base,
      metadata: { tags: [], extra: { 'ninjs:uri': 'berita banjir {draft}' } },
    });
    expect(articleToNinjs(broken, { profile, now }).uri).toBe('urn:newsroom-desk:article:art-x');
  });

  it('carries a picture with a relative path as an alternative id (ninjs hrefs are absolute)', () => {
    const a = createArticle({
      ...base,
      blocks: [
        {
          id: 'b1',
          type: 'figure',
          src: 'foto/banjir.jpg',
          alt: 'Banjir',
          caption: 'Warga mengungsi.',
          credit: null,
        },
        {
          id: 'b2',
          type: 'figure',
          src: 'https://cdn.example.com/a.png',
          alt: '',
          caption: 'Peta.',
          credit: 'BMKG',
        },
      ],
    });
    const [rel, abs] = articleToNinjs(a, { profile, now }).associations ?? [];
    expect(rel?.altIds).toEqual([{ role: 'src', value: 'foto/banjir.jpg' }]);
    expect(rel?.renditions).toBeUndefined();
    expect(rel?.descriptions).toContainEqual({ role: 'alternative', value: 'Banjir' });
    expect(abs?.uri).toBe('https://cdn.example.com/a.png');
    expect(abs?.renditions).toEqual([
      { name: 'original', href: 'https://cdn.example.com/a.png', contentType: 'image/png' },
    ]);
  });

  it('is registered as "ninjs"', () => {
    expect(getExporter('ninjs')).toBe(ninjsExporter);
    expect(ninjsExporter.extension).toBe('.ninjs.json');
  });
});
