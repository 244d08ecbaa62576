// @vitest-environment jsdom
import { $generateHtmlFromNodes } from '@lexical/html';
import { describe, expect, it } from 'vitest';
import { headlessEditor, load, seedArticle } from './helpers';

describe('exportDOM: the editor content as HTML (copy out, clipboard)', () => {
  it('writes the article parts as semantic elements', () => {
    const editor = headlessEditor();
    const seed = seedArticle();
    seed.blocks[0] = {
      ...seed.blocks[0]!,
      type: 'figure',
      src: 'foto/wang-yi.jpg',
      alt: 'Wang Yi dan Choe Son-hui',
    } as (typeof seed.blocks)[0];
    const related = seed.blocks[5]!;
    if (related.type === 'related') related.url = 'https://example.org/korut';
    load(editor, seed);
    const html = editor.getEditorState().read(() => $generateHtmlFromNodes(editor, null));
    const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
    expect(doc.querySelector('h1')?.textContent).toBe(seed.headline);
    expect(doc.querySelector('p.byline')?.textContent).toContain('Willy Haryono');
    expect(doc.querySelector('p.byline time')?.getAttribute('datetime')).toBe(
      '2025-09-29T18:33:00+07:00',
    );
    expect(doc.querySelector('p.dateline')?.textContent).toBe('Beijing');
    const img = doc.querySelector('figure img');
    expect(img?.getAttribute('src')).toBe('foto/wang-yi.jpg');
    expect(img?.getAttribute('alt')).toBe('Wang Yi dan Choe Son-hui');
    expect(doc.querySelector('figure figcaption')?.textContent).toBe(
      'Menlu Tiongkok Wang Yi berjabat tangan dengan Menlu Korea Utara Choe Son-hui. @SpoxCHN_LinJian',
    );
    expect(doc.querySelector('figcaption small.credit')?.textContent).toBe('@SpoxCHN_LinJian');
    const aside = doc.querySelector('aside.related');
    expect(aside?.textContent).toMatch(/^Baca juga: Korea Utara Tegaskan/);
    expect(aside?.querySelector('a')?.getAttribute('href')).toBe('https://example.org/korut');
    expect(doc.querySelector('blockquote')?.textContent).toContain('Mempertahankan');
    expect(doc.querySelectorAll('ul li')).toHaveLength(2);
  });
});
