import { describe, expect, it } from 'vitest';
import { convertHtml } from '../../../shared/import/html/convert';
import { getBuiltinProfile } from '../../../shared/profiles';

const id = getBuiltinProfile('id');
const en = getBuiltinProfile('en');
const convert = (html: string, profile = id, knownHeadline: string | null = null) =>
  convertHtml(html, { profile, knownHeadline });

describe('HTML → blocks: text and marks', () => {
  it('keeps bold, italic and links as ranges over collapsed text', () => {
    const { blocks } = convert(
      '<p>Harga  beras\n medium di <strong>Pasar Johar</strong> naik, kata <em>pedagang</em> di <a href="https://example.id/x">Semarang</a>.</p>',
    );
    expect(blocks).toEqual([
      {
        id: '',
        type: 'paragraph',
        text: 'Harga beras medium di Pasar Johar naik, kata pedagang di Semarang.',
        marks: [
          { type: 'bold', start: 22, end: 33 },
          { type: 'italic', start: 45, end: 53 },
          { type: 'link', start: 57, end: 65, href: 'https://example.id/x' },
        ],
      },
    ]);
  });

  it('merges the pieces Word splits a bold run into and trims marks to their words', () => {
    const { blocks } = convert('<p>Di <b>Jaka</b><b>rta </b>hujan <i> deras</i></p>');
    expect(blocks[0]).toMatchObject({
      text: 'Di Jakarta hujan deras',
      marks: [
        { type: 'bold', start: 3, end: 10 },
        { type: 'italic', start: 17, end: 22 },
      ],
    });
  });

  it('reads bold and italic from inline styles, as Google Docs writes them', () => {
    const { blocks } = convert(
      '<b style="font-weight:normal;" id="docs-internal-guid-1"><p dir="ltr"><span style="font-weight:400">Harga </span><span style="font-weight:700">cabai</span><span style="font-style:italic"> rawit</span> naik.</p></b>',
    );
    expect(blocks).toEqual([
      {
        id: '',
        type: 'paragraph',
        text: 'Harga cabai rawit naik.',
        marks: [
          { type: 'bold', start: 6, end: 11 },
          { type: 'italic', start: 12, end: 17 },
        ],
      },
    ]);
  });

  it('keeps a link href exactly as written', () => {
    const { blocks } = convert('<p><a href="../arsip/2024?id=7&amp;x=1#a">arsip</a></p>');
    expect(blocks[0]).toMatchObject({
      marks: [{ type: 'link', start: 0, end: 5, href: '../arsip/2024?id=7&x=1#a' }],
    });
  });

  it('turns <br> into a line break and <br><br> into a new paragraph', () => {
    const { blocks } = convert(
      '<div>Penulis: Ana Putri<br>Editor: Budi<br><br>Paragraf kedua.</div>',
    );
    expect(blocks.map((b) => (b.type === 'paragraph' ? b.text : b.type))).toEqual([
      'Penulis: Ana Putri\nEditor: Budi',
      'Paragraf kedua.',
    ]);
  });

  it('makes a paragraph of text loose in a fragment, between blocks', () => {
    const { blocks } = convert('Teks lepas <b>tebal</b><h2>Sub</h2>ekor');
    expect(blocks).toEqual([
      {
        id: '',
        type: 'paragraph',
        text: 'Teks lepas tebal',
        marks: [{ type: 'bold', start: 11, end: 16 }],
      },
      { id: '', type: 'heading', level: 2, text: 'Sub', marks: [] },
      { id: '', type: 'paragraph', text: 'ekor', marks: [] },
    ]);
  });

  it('keeps <pre> line breaks', () => {
    const { blocks } = convert('<pre>baris satu\n  baris dua</pre>');
    expect(blocks[0]).toMatchObject({ type: 'paragraph', text: 'baris satu\n  baris dua' });
  });
});

describe('HTML → blocks: headings and headline', () => {
  it('takes the first <h1> as the headline and h2–h6 as headings', () => {
    const { blocks, hints } = convert(
      '<h1>Banjir rob</h1><p>Isi.</p><h3>Dampak</h3><h6>Kecil</h6>',
    );
    expect(hints.headline).toBe('Banjir rob');
    expect(blocks).toEqual([
      { id: '', type: 'paragraph', text: 'Isi.', marks: [] },
      { id: '', type: 'heading', level: 3, text: 'Dampak', marks: [] },
      { id: '', type: 'heading', level: 6, text: 'Kecil', marks: [] },
    ]);
  });

  it('drops an <h1> that repeats the known headline and reports it', () => {
    const { blocks, hints, items } = convert('<h1>Banjir  Rob</h1><p>Isi.</p>', id, 'Banjir rob');
    expect(hints.headline).toBeNull();
    expect(blocks).toHaveLength(1);
    expect(items).toEqual([
      { reason: 'duplicate-headline', text: 'Banjir Rob', action: 'dropped' },
    ]);
  });

  it('makes an <h1> below the copy a section heading', () => {
    const { blocks, hints } = convert('<p>Pembuka.</p><h1>Kronologi</h1>');
    expect(hints.headline).toBeNull();
    expect(blocks[1]).toEqual({ id: '', type: 'heading', level: 2, text: 'Kronologi', marks: [] });
  });

  it('prefers a Title-styled <h1> and demotes the plain ones', () => {
    const { blocks, hints } = convert('<h1>Bagian</h1><h1 class="title">Judul</h1>');
    expect(hints.headline).toBe('Judul');
    expect(blocks).toEqual([{ id: '', type: 'heading', level: 2, text: 'Bagian', marks: [] }]);
  });
});

describe('HTML → blocks: quotes', () => {
  it('takes the attribution from <cite>', () => {
    const { blocks } = convert(
      '<blockquote><p>“Kami sudah biasa,” katanya.</p><footer><cite>Siti Aminah</cite></footer></blockquote>',
    );
    expect(blocks).toEqual([
      {
        id: '',
        type: 'quote',
        text: '“Kami sudah biasa,” katanya.',
        marks: [],
        attribution: 'Siti Aminah',
      },
    ]);
  });

  it('takes the attribution from a trailing dash line', () => {
    const { blocks } = convert(
      '<blockquote><p>Satu.</p><p>Dua <b>tebal</b>.</p><p>— Wang Yi, Menlu</p></blockquote>',
    );
    expect(blocks).toEqual([
      {
        id: '',
        type: 'quote',
        text: 'Satu.\nDua tebal.',
        marks: [{ type: 'bold', start: 10, end: 15 }],
        attribution: 'Wang Yi, Menlu',
      },
    ]);
  });

  it('reads a figure-wrapped quote with its figcaption as attribution', () => {
    const { blocks } = convert(
      '<figure><blockquote>Pelan-pelan saja.</blockquote><figcaption>— Pak Harjo</figcaption></figure>',
    );
    expect(blocks).toEqual([
      { id: '', type: 'quote', text: 'Pelan-pelan saja.', marks: [], attribution: 'Pak Harjo' },
    ]);
  });

  it('keeps a quote whose only line starts with a dash (dialogue), rather than losing it', () => {
    const { blocks } = convert('<blockquote><p>— Kami menolak, katanya.</p></blockquote>');
    expect(blocks).toEqual([
      { id: '', type: 'quote', text: '— Kami menolak, katanya.', marks: [], attribution: null },
    ]);
  });

  it('has no attribution when nothing names the speaker', () => {
    const { blocks } = convert('<blockquote>Tanpa nama.</blockquote>');
    expect(blocks[0]).toMatchObject({ type: 'quote', attribution: null });
  });
});

describe('HTML → blocks: lists', () => {
  it('maps ul and ol, flattening nested items and saying so', () => {
    const { blocks, items } = convert(
      '<ol><li>Satu <i>a</i></li><li><p>Dua</p><ul><li>dua-a</li></ul></li></ol><ul><li>X</li></ul>',
    );
    expect(blocks).toEqual([
      {
        id: '',
        type: 'list',
        ordered: true,
        items: [
          { text: 'Satu a', marks: [{ type: 'italic', start: 5, end: 6 }] },
          { text: 'Dua', marks: [] },
          { text: 'dua-a', marks: [] },
        ],
      },
      { id: '', type: 'list', ordered: false, items: [{ text: 'X', marks: [] }] },
    ]);
    expect(items).toEqual([
      {
        reason: 'list-flattened',
        text: 'Satu a / Dua / dua-a',
        action: 'warning',
        detail: 'nested list items became items of the outer list',
      },
    ]);
  });
});

describe('HTML → blocks: figures', () => {
  it('splits a figcaption into caption and a trailing parenthetical credit', () => {
    const { blocks } = convert(
      '<figure><img src="/f/rob.jpg" alt="Warga"><figcaption>Warga menembus rob di Tambak Lorok. (ANTARA FOTO/Budi Santoso)</figcaption></figure>',
    );
    expect(blocks).toEqual([
      {
        id: '',
        type: 'figure',
        src: '/f/rob.jpg',
        alt: 'Warga',
        caption: 'Warga menembus rob di Tambak Lorok.',
        credit: 'ANTARA FOTO/Budi Santoso',
      },
    ]);
  });

  it('takes an explicit credit element inside the figcaption', () => {
    const { blocks } = convert(
      '<figure><img src="a.jpg"><figcaption>Ferry at dawn. <span class="credit">Nur Aisyah/Desk</span></figcaption></figure>',
      en,
    );
    expect(blocks[0]).toMatchObject({ caption: 'Ferry at dawn.', credit: 'Nur Aisyah/Desk' });
  });

  it('reads "Photo: …" credits and leaves positional parentheticals in the caption', () => {
    const a = convert(
      '<figure><img src="a.jpg"><figcaption>Passengers board. Photo: Nur Aisyah</figcaption></figure>',
      en,
    );
    expect(a.blocks[0]).toMatchObject({ caption: 'Passengers board.', credit: 'Nur Aisyah' });
    const b = convert(
      '<figure><img src="a.jpg"><figcaption>Menlu Wang Yi (kanan)</figcaption></figure>',
    );
    expect(b.blocks[0]).toMatchObject({ caption: 'Menlu Wang Yi (kanan)', credit: null });
  });

  it('lifts an image out of running text into its own figure', () => {
    const { blocks } = convert('<p>Sebelum <img src="x.png" title="Keterangan"> sesudah</p>');
    expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'figure', 'paragraph']);
    expect(blocks[1]).toMatchObject({ src: 'x.png', caption: 'Keterangan', credit: null });
  });

  it('joins a caption-styled paragraph to the picture before it, or keeps it as a figure', () => {
    const joined = convert(
      '<p><img src="a.png" alt="A"></p><p class="caption">Petani di tambak. (Dok. Warga)</p>',
    );
    expect(joined.blocks).toEqual([
      {
        id: '',
        type: 'figure',
        src: 'a.png',
        alt: 'A',
        caption: 'Petani di tambak.',
        credit: 'Dok. Warga',
      },
    ]);
    const orphan = convert('<p>Isi.</p><p class="caption">Foto hilang</p>');
    expect(orphan.blocks[1]).toEqual({
      id: '',
      type: 'figure',
      src: null,
      alt: '',
      caption: 'Foto hilang',
      credit: null,
    });
  });

  it('takes a "Foto:" line or an italic line under an uncaptioned picture as its caption', () => {
    const a = convert(
      '<p><img src="a.jpg"></p><p>Foto: Warga menembus rob. (ANTARA/Budi)</p><p>Isi.</p>',
    );
    expect(a.blocks).toEqual([
      {
        id: '',
        type: 'figure',
        src: 'a.jpg',
        alt: '',
        caption: 'Warga menembus rob.',
        credit: 'ANTARA/Budi',
      },
      { id: '', type: 'paragraph', text: 'Isi.', marks: [] },
    ]);
    const b = convert('<p><img src="a.jpg"></p><p>Foto: Andi Saputra</p>');
    expect(b.blocks).toEqual([
      { id: '', type: 'figure', src: 'a.jpg', alt: '', caption: '', credit: 'Andi Saputra' },
    ]);
    const c = convert('<img src="a.jpg"><p><em>Ferry at dawn (Nur Aisyah)</em></p>', en);
    expect(c.blocks).toEqual([
      {
        id: '',
        type: 'figure',
        src: 'a.jpg',
        alt: '',
        caption: 'Ferry at dawn',
        credit: 'Nur Aisyah',
      },
    ]);
    const d = convert('<img src="a.jpg" title="Sudah ada"><p><em>Catatan redaksi.</em></p>');
    expect(d.blocks.map((x) => x.type)).toEqual(['figure', 'paragraph']);
  });

  it('keeps small data: images and refuses large or scripted ones', () => {
    const small = `data:image/png;base64,${'A'.repeat(400)}`;
    const large = `data:image/png;base64,${'A'.repeat(200_000)}`;
    const { blocks, items } = convert(
      `<img src="${small}"><img src="${large}"><img src="data:image/svg+xml,<svg onload=alert(1)>"><img src="javascript:alert(1)">`,
    );
    expect(blocks.map((b) => (b.type === 'figure' ? b.src : b.type))).toEqual([
      small,
      null,
      null,
      null,
    ]);
    expect(items.map((i) => i.reason)).toEqual([
      'image-not-embedded',
      'unsafe-image-src',
      'unsafe-image-src',
    ]);
  });
});

describe('HTML → blocks: what other tools write', () => {
  it('rebuilds lists from HTML saved by Word', () => {
    const { blocks } = convert(
      `<p class=MsoNormal>Tiga syarat:<o:p></o:p></p>
       <p class=MsoListParagraphCxSpFirst style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;</span></span></span><![endif]>KTP <b>asli</b><o:p></o:p></p>
       <p class=MsoListParagraphCxSpLast style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>·&nbsp;&nbsp;</span><![endif]>Surat domisili<o:p></o:p></p>
       <p class=MsoListParagraph><![if !supportLists]><span style='mso-list:Ignore'>1.&nbsp;</span><![endif]>Daftar daring</p>`,
    );
    expect(blocks).toEqual([
      { id: '', type: 'paragraph', text: 'Tiga syarat:', marks: [] },
      {
        id: '',
        type: 'list',
        ordered: false,
        items: [
          { text: 'KTP asli', marks: [{ type: 'bold', start: 4, end: 8 }] },
          { text: 'Surat domisili', marks: [] },
        ],
      },
      { id: '', type: 'list', ordered: true, items: [{ text: 'Daftar daring', marks: [] }] },
    ]);
  });

  it('reads the title, subtitle, quote and caption styles of HTML saved from Word', () => {
    const { blocks, hints } = convert(
      `<div class=WordSection1><p class=MsoTitle>Jembatan Gantung Putus<o:p></o:p></p>
       <p class=MsoSubtitle>Warga memutar 12 kilometer</p>
       <h1>Kronologi</h1>
       <p class=MsoNormal>Hujan deras turun sejak sore.</p>
       <p class=MsoQuote>Kami tidak bisa ke pasar.</p>
       <p class=MsoNormal><img src="jembatan_files/image001.jpg" alt="Jembatan"></p>
       <p class=MsoCaption>Sisa jembatan di Sungai Ciberang. (Dok. Warga)</p></div>`,
    );
    expect(hints).toMatchObject({
      headline: 'Jembatan Gantung Putus',
      subheadline: 'Warga memutar 12 kilometer',
    });
    expect(blocks).toEqual([
      { id: '', type: 'heading', level: 2, text: 'Kronologi', marks: [] },
      { id: '', type: 'paragraph', text: 'Hujan deras turun sejak sore.', marks: [] },
      { id: '', type: 'quote', text: 'Kami tidak bisa ke pasar.', marks: [], attribution: null },
      {
        id: '',
        type: 'figure',
        src: 'jembatan_files/image001.jpg',
        alt: 'Jembatan',
        caption: 'Sisa jembatan di Sungai Ciberang.',
        credit: 'Dok. Warga',
      },
    ]);
  });

  it("keeps mammoth's footnote references as text and drops the back-links", () => {
    const { blocks } = convert(
      '<p>Data BPS<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup> menunjukkan kenaikan.</p><ol><li id="footnote-1"><p> Berita Resmi Statistik, Oktober 2025. <a href="#footnote-ref-1">↑</a></p></li></ol>',
    );
    expect(blocks).toEqual([
      { id: '', type: 'paragraph', text: 'Data BPS[1] menunjukkan kenaikan.', marks: [] },
      {
        id: '',
        type: 'list',
        ordered: true,
        items: [{ text: 'Berita Resmi Statistik, Oktober 2025.', marks: [] }],
      },
    ]);
  });

  it('finds lazy-loaded pictures behind their placeholders', () => {
    const { blocks } = convert(
      '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="https://cdn.example/rob.jpg" alt="Rob"><img src="/img/blank.gif" data-original="/f/2.jpg"><img src="/f/3.jpg" data-src="/f/other.jpg">',
    );
    expect(blocks.map((b) => (b.type === 'figure' ? b.src : null))).toEqual([
      'https://cdn.example/rob.jpg',
      '/f/2.jpg',
      '/f/3.jpg',
    ]);
  });
});

describe('HTML → blocks: related links', () => {
  it('turns a "Baca juga:" paragraph into a related block per link', () => {
    const { blocks } = convert(
      '<p><strong>Baca juga:</strong> <a href="https://example.id/a">Rob makin sering</a> dan <a href="/b">Tanggul jebol</a></p>',
    );
    expect(blocks).toEqual([
      {
        id: '',
        type: 'related',
        label: 'Baca juga',
        title: 'Rob makin sering',
        url: 'https://example.id/a',
      },
      { id: '', type: 'related', label: 'Baca juga', title: 'Tanggul jebol', url: '/b' },
    ]);
  });

  it('keeps a link-less related line with a null URL, and reads a label followed by a list', () => {
    const a = convert('<p>Related: Port traffic falls</p>', en);
    expect(a.blocks).toEqual([
      { id: '', type: 'related', label: 'Related', title: 'Port traffic falls', url: null },
    ]);
    const b = convert(
      '<p>BACA JUGA:</p><ul><li><a href="/1">Satu</a></li><li><a href="/2">Dua</a></li></ul>',
    );
    expect(b.blocks).toEqual([
      { id: '', type: 'related', label: 'BACA JUGA', title: 'Satu', url: '/1' },
      { id: '', type: 'related', label: 'BACA JUGA', title: 'Dua', url: '/2' },
    ]);
  });

  it('leaves "baca juga" inside a sentence alone', () => {
    const { blocks } = convert('<p>Warga diminta baca juga: aturan baru.</p>');
    expect(blocks[0]?.type).toBe('paragraph');
  });
});

describe('HTML → blocks: tables', () => {
  it('flattens rows into paragraphs and reports it once', () => {
    const { blocks, items } = convert(
      '<table><thead><tr><th>Kota</th><th>Curah</th></tr></thead><tbody><tr><td>Bogor</td><td><b>120</b> mm</td></tr></tbody></table>',
    );
    expect(blocks).toEqual([
      { id: '', type: 'paragraph', text: 'Kota | Curah', marks: [] },
      {
        id: '',
        type: 'paragraph',
        text: 'Bogor | 120 mm',
        marks: [{ type: 'bold', start: 8, end: 11 }],
      },
    ]);
    expect(items).toEqual([
      {
        reason: 'table-flattened',
        text: 'Kota | Curah',
        action: 'warning',
        detail: '2 table rows became paragraphs (cells joined with " | ")',
      },
    ]);
  });
});

describe('HTML → blocks: hostile markup is inert', () => {
  it('drops scripts, styles, embeds, forms and handlers, reporting what a reader would miss', () => {
    const { blocks, items } = convert(
      `<style>p{color:red}</style><p onclick="steal()">Teks <script>document.cookie</script>aman.</p>
       <iframe src="https://video.example/embed/1"></iframe>
       <form action="/login"><input name="u"><button>Masuk</button></form>
       <p><a href="  JaVa&#x09;Script:alert(1)">klik</a> <a href="vbscript:x">dua</a></p>
       <object data="x.swf"></object><svg><script>1</script></svg><noscript>aktifkan JS</noscript>`,
    );
    expect(blocks).toEqual([
      { id: '', type: 'paragraph', text: 'Teks', marks: [] },
      { id: '', type: 'paragraph', text: 'aman.', marks: [] },
      { id: '', type: 'paragraph', text: 'klik dua', marks: [] },
    ]);
    expect(items.map((i) => [i.reason, i.text])).toEqual([
      ['event-handler-removed', 'onclick="steal()"'],
      ['script-removed', 'document.cookie'],
      ['embed-removed', '<iframe src="https://video.example/embed/1">'],
      ['form-removed', '<form action="/login">'],
      ['unsafe-link', 'JaVa\tScript:alert(1)'],
      ['unsafe-link', 'vbscript:x'],
      ['embed-removed', '<object data="x.swf">'],
    ]);
  });

  it('reports social embeds by their permalink and keeps a tweet as a quote', () => {
    const { blocks, items } = convert(
      `<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/abc/"><a href="https://www.instagram.com/p/abc/">View this post on Instagram</a></blockquote>
       <blockquote class="twitter-tweet"><p lang="id">Banjir sudah surut di Tambak Lorok.</p>&mdash; BPBD Semarang (@bpbdsmg) <a href="https://twitter.com/bpbdsmg/status/1">October 3, 2025</a></blockquote>`,
    );
    expect(items.map((i) => [i.reason, i.text])).toEqual([
      ['embed-removed', '<blockquote data-instgrm-permalink="https://www.instagram.com/p/abc/">'],
    ]);
    expect(blocks).toEqual([
      {
        id: '',
        type: 'quote',
        text: 'Banjir sudah surut di Tambak Lorok.',
        marks: [],
        attribution: 'BPBD Semarang (@bpbdsmg) October 3, 2025',
      },
    ]);
  });

  it('keeps markup-looking text as text', () => {
    const { blocks } = convert(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b onmouseover=x&gt;</p>',
    );
    expect(blocks[0]).toMatchObject({
      text: '<script>alert(1)</script> & <b onmouseover=x>',
      marks: [],
    });
  });

  it('survives unclosed and mis-nested tags without losing text', () => {
    const { blocks } = convert(
      '<p>Satu <b>dua <i>tiga</b> empat<p>Lima <div>enam</p></div><ul><li>tujuh<li>delapan',
    );
    const text = blocks.map((b) =>
      b.type === 'list' ? b.items.map((i) => i.text).join('+') : 'text' in b ? b.text : '',
    );
    expect(text.join(' / ')).toBe('Satu dua tiga empat / Lima / enam / tujuh+delapan');
  });
});
