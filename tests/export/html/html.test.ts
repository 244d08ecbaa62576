import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { htmlExporter } from '../../../shared/export/html';
import { createArticle } from '../../../shared/model/create';
import { getBuiltinProfile } from '../../../shared/profiles';
import { SEED_HEADLINE, seedArticle } from './seedArticle';

const id = getBuiltinProfile('id');
const en = getBuiltinProfile('en');
const page = (html: string | Uint8Array) => new JSDOM(String(html)).window.document;
const jsonLd = (doc: Document) =>
  JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent!) as Record<
    string,
    unknown
  >;

describe('html: the seed as a publish-ready page', () => {
  const html = String(htmlExporter.export(seedArticle(), { profile: id }));
  const doc = page(html);

  it('is a complete HTML5 document in the article language', () => {
    expect(
      html.startsWith(
        '<!DOCTYPE html>\n<html lang="id" prefix="og: https://ogp.me/ns# article: https://ogp.me/ns/article#">\n<head>\n<meta charset="utf-8">',
      ),
    ).toBe(true);
    expect(doc.title).toBe(SEED_HEADLINE);
    expect(doc.querySelector('article > header > h1')!.textContent).toBe(SEED_HEADLINE);
    expect(doc.querySelectorAll('h1')).toHaveLength(1);
    expect(doc.querySelector('style')!.textContent).toContain('.credit');
    expect(doc.querySelector('meta[name="robots"]')).toBeNull();
    expect(doc.querySelector('.draft-marker')).toBeNull();
  });

  it('carries the byline with a machine-readable time in the story’s own offset', () => {
    const byline = doc.querySelector('header .byline')!;
    expect(byline.textContent).toBe('Oleh Willy Haryono · 29 September 2025 18.33 WIB');
    expect(byline.querySelector('time')!.getAttribute('datetime')).toBe(
      '2025-09-29T18:33:00+07:00',
    );
  });

  it('opens the lede with the dateline even though a photo comes first', () => {
    const body = [...doc.querySelectorAll('article > *')].map((e) => e.tagName.toLowerCase());
    expect(body.slice(0, 3)).toEqual(['header', 'figure', 'p']);
    const lede = doc.querySelector('article > p')!;
    expect(lede.querySelector('.dateline')!.textContent).toBe('Beijing:');
    expect(lede.textContent).toMatch(/^Beijing: Menteri Luar Negeri Tiongkok Wang Yi menyatakan/);
  });

  it('marks the photo credit up inside the caption', () => {
    const caption = doc.querySelector('figure > figcaption')!;
    expect(caption.querySelector('small.credit')!.textContent).toBe('@SpoxCHN_LinJian');
    expect(caption.textContent).toBe(
      'Menlu Tiongkok Wang Yi berjabat tangan dengan Menlu Korea Utara Choe Son-hui. @SpoxCHN_LinJian',
    );
    // The draft named no image file: no <img> with an empty or made-up src.
    expect(doc.querySelector('figure img')).toBeNull();
  });

  it('keeps the related link where it stood, as an aside with its label', () => {
    const aside = doc.querySelector('article > aside.related')!;
    expect(aside.previousElementSibling!.textContent).toMatch(/^Kim sebelumnya/);
    expect(aside.textContent!.trim()).toBe(
      'Baca juga: Korea Utara Tegaskan Statusnya sebagai Negara Nuklir Bersifat ‘Permanen’',
    );
  });

  it('credits people by role in the footer, in Indonesian', () => {
    const dl = doc.querySelector('article > footer.credits dl')!;
    expect([...dl.children].map((e) => `${e.tagName}:${e.textContent}`)).toEqual([
      'DT:Penulis',
      'DD:Willy Haryono',
      'DT:Editor',
      'DD:Kelvin Yurcel',
    ]);
  });

  it('describes the story as a schema.org NewsArticle', () => {
    expect(jsonLd(doc)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: SEED_HEADLINE,
      inLanguage: 'id',
      description:
        'Menteri Luar Negeri Tiongkok Wang Yi menyatakan bahwa Beijing ingin memperkuat kerja sama dengan Korea Utara dan bersama-sama menolak dominasi asing…',
      datePublished: '2025-09-29T18:33:00+07:00',
      author: [{ '@type': 'Person', name: 'Willy Haryono' }],
      editor: [{ '@type': 'Person', name: 'Kelvin Yurcel' }],
      dateline: 'Beijing',
      publisher: { '@type': 'Organization', name: 'Metrotvnews.com' },
      wordCount: 246,
    });
  });

  it('carries Open Graph tags for link previews (no image: the draft named no photo file)', () => {
    const og = [...doc.querySelectorAll('meta[property], meta[name="twitter:card"]')].map(
      (m) => `${m.getAttribute('property') ?? m.getAttribute('name')}=${m.getAttribute('content')}`,
    );
    expect(og).toEqual([
      'og:type=article',
      `og:title=${SEED_HEADLINE}`,
      'og:description=Menteri Luar Negeri Tiongkok Wang Yi menyatakan bahwa Beijing ingin memperkuat kerja sama dengan Korea Utara dan bersama-sama menolak dominasi asing…',
      'og:locale=id_ID',
      'og:site_name=Metrotvnews.com',
      'article:published_time=2025-09-29T18:33:00+07:00',
      'article:author=Willy Haryono',
      'twitter:card=summary',
    ]);
  });

  it('is the same bytes every time', () => {
    expect(String(htmlExporter.export(seedArticle(), { profile: id }))).toBe(html);
  });
});

describe('html: drafts and edge cases', () => {
  it('marks a draft export noindex, with a visible marker and a draft status', () => {
    const doc = page(htmlExporter.export(seedArticle(), { profile: id, draft: true }));
    expect(doc.querySelector('meta[name="robots"]')!.getAttribute('content')).toBe('noindex');
    expect(doc.querySelector('article > .draft-marker')!.textContent).toMatch(
      /^DRAF — belum untuk diterbitkan/,
    );
    expect(jsonLd(doc).creativeWorkStatus).toBe('Draft');
  });

  it('uses English words for English copy, and names several authors', () => {
    const a = createArticle({
      language: 'en',
      headline: 'Floods hit the north coast',
      byline: {
        authors: [{ name: 'Sari Wulandari' }, { name: 'Budi Santoso' }, { name: 'Karl Melander' }],
        published: '2025-10-02T08:15:00+00:00',
      },
      dateline: { place: 'SEMARANG', source: 'Reuters' },
      blocks: [{ id: 'b1', type: 'paragraph', text: 'Sea water rose.', marks: [] }],
      credits: [
        { name: 'Karl Melander', role: 'editor' },
        { name: 'Dewi Lestari', role: 'photographer', note: 'photo' },
      ],
    });
    const doc = page(htmlExporter.export(a, { profile: en, draft: true }));
    expect(doc.documentElement.lang).toBe('en');
    expect(doc.querySelector('.byline')!.textContent).toBe(
      'By Sari Wulandari, Budi Santoso and Karl Melander · October 2, 2025 08:15 UTC',
    );
    expect(doc.querySelector('article > p:not(.draft-marker)')!.textContent).toBe(
      'SEMARANG (Reuters) - Sea water rose.',
    );
    expect(doc.querySelector('.draft-marker')!.textContent).toMatch(/^DRAFT — not for publication/);
    expect(
      [...doc.querySelectorAll('footer.credits dt, footer.credits dd')].map((e) => e.textContent),
    ).toEqual(['Editor', 'Karl Melander', 'Photographer', 'Dewi Lestari (photo)']);
    expect(jsonLd(doc).contributor).toEqual([{ '@type': 'Person', name: 'Dewi Lestari' }]);
  });

  it('still has a title when the headline is empty', () => {
    const doc = page(htmlExporter.export(createArticle({ language: 'id' }), { profile: id }));
    expect(doc.title).toBe('(tanpa judul)');
  });

  it('lists the pictures as JSON-LD images with caption and credit, never a hostile source', () => {
    const a = createArticle({
      language: 'id',
      headline: 'Banjir rob',
      byline: { authors: [{ name: 'Sari Wulandari' }], published: '2025-10-02T08:15:00+07:00' },
      blocks: [
        {
          id: 'b1',
          type: 'figure',
          src: 'https://example.com/foto/rob.jpg',
          alt: 'Warga melintasi banjir',
          caption: 'Warga melintasi banjir rob.',
          credit: 'ANTARA FOTO/Budi',
        },
        {
          id: 'b2',
          type: 'figure',
          src: 'foto/banjir rob.jpg',
          alt: '',
          caption: '',
          credit: null,
        },
        {
          id: 'b3',
          type: 'figure',
          src: 'javascript:alert(1)',
          alt: 'x',
          caption: 'Tidak dimuat',
          credit: null,
        },
      ],
      credits: [{ name: 'Kelvin Yurcel', role: 'editor' }],
    });
    const data = jsonLd(page(htmlExporter.export(a, { profile: id })));
    expect(data.image).toEqual([
      {
        '@type': 'ImageObject',
        contentUrl: 'https://example.com/foto/rob.jpg',
        caption: 'Warga melintasi banjir rob.',
        creditText: 'ANTARA FOTO/Budi',
      },
      // Relative, as the page's own <img> has it: JSON-LD resolves it against the page address.
      { '@type': 'ImageObject', contentUrl: 'foto/banjir%20rob.jpg' },
    ]);
    expect([data.headline, data.datePublished, data.inLanguage]).toEqual([
      'Banjir rob',
      '2025-10-02T08:15:00+07:00',
      'id',
    ]);
    expect([data.author, data.editor]).toEqual([
      [{ '@type': 'Person', name: 'Sari Wulandari' }],
      [{ '@type': 'Person', name: 'Kelvin Yurcel' }],
    ]);
  });

  it('keeps a `</script>` headline inside the JSON-LD string', () => {
    const a = createArticle({ headline: 'Hi </script><script>alert(1)</script> & <!-- bye' });
    const html = String(htmlExporter.export(a, { profile: en }));
    expect(html).not.toMatch(/<\/script><script>/);
    const doc = page(html);
    expect(doc.querySelectorAll('script')).toHaveLength(1);
    expect(jsonLd(doc).headline).toBe('Hi </script><script>alert(1)</script> & <!-- bye');
    expect(doc.querySelector('h1')!.textContent).toBe(a.headline);
  });

  it('renders crossing bold and italic as properly nested elements', () => {
    const a = createArticle({
      blocks: [
        {
          id: 'b1',
          type: 'paragraph',
          text: 'one two three',
          marks: [
            { type: 'bold', start: 0, end: 7 },
            { type: 'italic', start: 4, end: 13 },
          ],
        },
      ],
    });
    const html = String(htmlExporter.export(a, { profile: en }));
    expect(html).toContain('<p><strong>one <em>two</em></strong><em> three</em></p>');
  });

  it('writes lists, headings, quotes with attribution and pictures', () => {
    const a = createArticle({
      blocks: [
        { id: 'b1', type: 'heading', level: 2, text: 'Latar', marks: [] },
        {
          id: 'b2',
          type: 'quote',
          text: 'Kami siap.',
          marks: [],
          attribution: 'Wang Yi',
        },
        {
          id: 'b3',
          type: 'list',
          ordered: true,
          items: [
            { text: 'satu', marks: [] },
            {
              text: 'dua',
              marks: [{ type: 'link', start: 0, end: 3, href: 'https://example.com/dua' }],
            },
          ],
        },
        {
          id: 'b4',
          type: 'figure',
          src: 'foto/banjir rob.jpg',
          alt: 'Banjir rob di Semarang',
          caption: 'Warga melintasi banjir rob.',
          credit: 'ANTARA FOTO/Budi',
        },
      ],
    });
    const html = String(htmlExporter.export(a, { profile: id }));
    // A relative image is not shared in link previews: they fetch it from elsewhere.
    expect(html).not.toContain('og:image');
    expect(html).toContain(
      [
        '<h2>Latar</h2>',
        '<figure class="quote">',
        '  <blockquote><p>Kami siap.</p></blockquote>',
        '  <figcaption>— Wang Yi</figcaption>',
        '</figure>',
        '<ol>',
        '  <li>satu</li>',
        '  <li><a href="https://example.com/dua">dua</a></li>',
        '</ol>',
        '<figure>',
        '  <img src="foto/banjir%20rob.jpg" alt="Banjir rob di Semarang">',
        '  <figcaption>Warga melintasi banjir rob. <small class="credit">ANTARA FOTO/Budi</small></figcaption>',
        '</figure>',
      ].join('\n'),
    );
  });
});
