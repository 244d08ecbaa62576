import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { renderBodyHtml, toHtmlSyntax } from '../../../shared/export/body';
import type { Block } from '../../../shared/model/article';
import { arbitraryArticle } from '../../support/arbitraries';
import { PAYLOADS } from '../xss/payloads';

const { DOMParser } = new JSDOM('').window;

/** The body as NewsML-G2 embeds it: inside an XHTML element, parsed by a strict XML parser. */
function parseAsXhtml(body: string): Document {
  return new DOMParser().parseFromString(
    `<div xmlns="http://www.w3.org/1999/xhtml">${body}</div>`,
    'application/xml',
  );
}
const xmlErrors = (doc: Document) =>
  [...doc.getElementsByTagName('parsererror')].map((e) => e.textContent);

describe('renderBodyHtml: the shared body serialiser', () => {
  it('is well-formed XML for any generated article, so XHTML containers can embed it', () => {
    fc.assert(
      fc.property(arbitraryArticle(), (a) => {
        const body = renderBodyHtml(a.blocks, { dateline: a.dateline });
        expect(xmlErrors(parseAsXhtml(body))).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('is well-formed XML for hostile text and control characters', () => {
    const piece = fc.oneof(
      fc.constantFrom(...PAYLOADS),
      fc.string({ unit: 'binary', maxLength: 8 }),
    );
    fc.assert(
      fc.property(
        fc.array(piece, { minLength: 1, maxLength: 3 }).map((p) => p.join('')),
        (text) => {
          const blocks: Block[] = [
            { id: 'b1', type: 'paragraph', text, marks: [{ type: 'bold', start: 0, end: 2 }] },
            { id: 'b2', type: 'figure', src: text, alt: text, caption: text, credit: text },
            { id: 'b3', type: 'related', label: text, title: text, url: text },
            { id: 'b4', type: 'quote', text, marks: [], attribution: text },
          ];
          expect(
            xmlErrors(parseAsXhtml(renderBodyHtml(blocks, { dateline: { place: text } }))),
          ).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('has an HTML5 spelling for pages that changes only its own void tags', () => {
    const blocks: Block[] = [
      { id: 'b1', type: 'paragraph', text: 'a\nb <br /> " />', marks: [] },
      { id: 'b2', type: 'figure', src: 'x.jpg', alt: 'p /> q', caption: 'c', credit: null },
    ];
    const xhtml = renderBodyHtml(blocks);
    expect(xhtml).toBe(
      '<p>a<br />b &lt;br /&gt; " /&gt;</p>\n<figure>\n  <img src="x.jpg" alt="p /&gt; q" />\n  <figcaption>c</figcaption>\n</figure>',
    );
    expect(toHtmlSyntax(xhtml)).toBe(
      '<p>a<br>b &lt;br /&gt; " /&gt;</p>\n<figure>\n  <img src="x.jpg" alt="p /&gt; q">\n  <figcaption>c</figcaption>\n</figure>',
    );
  });

  it('never lets the outline skip a level under the page headline', () => {
    const heading = (id: string, level: number): Block => ({
      id,
      type: 'heading',
      level,
      text: `H${level}`,
      marks: [],
    });
    const body = renderBodyHtml([
      heading('b1', 4),
      heading('b2', 3),
      heading('b3', 5),
      heading('b4', 2),
    ]);
    expect(body).toBe('<h2>H4</h2>\n<h3>H3</h3>\n<h4>H5</h4>\n<h2>H2</h2>');
  });

  it('indents every line for embedding, and writes nothing for empty blocks', () => {
    const blocks: Block[] = [
      { id: 'b1', type: 'paragraph', text: '  ', marks: [] },
      {
        id: 'b2',
        type: 'list',
        ordered: false,
        items: [
          { text: 'satu', marks: [] },
          { text: '', marks: [] },
        ],
      },
      { id: 'b3', type: 'figure', src: 'javascript:alert(1)', alt: '', caption: '', credit: null },
      { id: 'b4', type: 'related', label: 'Baca juga', title: '', url: 'https://example.com' },
    ];
    expect(renderBodyHtml(blocks, { indent: '    ' })).toBe(
      '    <ul>\n      <li>satu</li>\n    </ul>',
    );
  });
});
