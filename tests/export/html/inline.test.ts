import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { renderInlineHtml } from '../../../shared/export/body';
import { cleanText } from '../../../shared/export/html/escape';
import type { Mark } from '../../../shared/model/article';

const dom = new JSDOM('');
const parse = (html: string) => {
  const div = dom.window.document.createElement('div');
  div.innerHTML = html;
  return div;
};

const arbitraryMarks = (length: number): fc.Arbitrary<Mark[]> =>
  fc.array(
    fc
      .record({
        type: fc.constantFrom('bold', 'italic', 'link'),
        a: fc.nat({ max: length + 2 }),
        b: fc.nat({ max: length + 2 }),
        href: fc.constantFrom('https://example.com/x', 'javascript:alert(1)', '/rel path'),
      })
      .map(({ type, a, b, href }) =>
        type === 'link'
          ? { type, start: Math.min(a, b), end: Math.max(a, b), href }
          : { type, start: Math.min(a, b), end: Math.max(a, b) },
      ),
    { maxLength: 5 },
  );

describe('inline marks as HTML', () => {
  it('keeps exactly the text, whatever marks a draft carries', () => {
    fc.assert(
      fc.property(
        fc
          .string({ maxLength: 40, unit: 'binary' })
          .chain((text) => fc.tuple(fc.constant(text), arbitraryMarks(text.length))),
        ([text, marks]) => {
          const div = parse(renderInlineHtml(text, marks));
          expect(div.querySelectorAll('a[href^="javascript"]')).toHaveLength(0);
          expect(div.querySelectorAll('a a')).toHaveLength(0);
          // <br /> stands for a line break.
          div.querySelectorAll('br').forEach((br) => br.replaceWith('\n'));
          expect(div.textContent).toBe(cleanText(text));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('nests overlapping marks and re-serialises to the same markup', () => {
    fc.assert(
      fc.property(
        fc
          .string({ maxLength: 30 })
          .chain((text) => fc.tuple(fc.constant(text), arbitraryMarks(text.length))),
        ([text, marks]) => {
          const html = renderInlineHtml(text, marks);
          // If tags crossed, the HTML parser would repair them and the markup would change.
          expect(parse(html).innerHTML.replace(/<br>/g, '<br />')).toBe(html);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('drops an unsafe link but keeps its words', () => {
    expect(
      renderInlineHtml('klik di sini', [
        { type: 'link', start: 5, end: 12, href: 'javascript:alert(1)' },
      ]),
    ).toBe('klik di sini');
  });
});
