import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAllCaps, nameKey, titleCaseName } from '../../shared/rules/support/names';
import { findQuoteProblems } from '../../shared/rules/support/quotes';
import { checkUrl, hostAllowed, urlKey } from '../../shared/rules/support/url';
import { shiftMarks } from '../../shared/rules/support/edit';

const QUOTEY = fc.constantFrom(
  '“',
  '”',
  '‘',
  '’',
  '"',
  "'",
  '«',
  '»',
  ' ',
  'a',
  'Z',
  '9',
  '(',
  '.',
  '\n',
);
const quoteyText = fc.array(QUOTEY, { maxLength: 40 }).map((xs) => xs.join(''));
const plainWords = fc
  .array(fc.constantFrom('air', 'naik', 'kata', 'Suyanto', 'BPBD', '2025', 'laut'), {
    minLength: 1,
    maxLength: 6,
  })
  .map((w) => w.join(' '));

describe('findQuoteProblems', () => {
  it('never throws and keeps every range inside the text', () => {
    fc.assert(
      fc.property(fc.oneof(quoteyText, fc.string()), (text) => {
        for (const p of findQuoteProblems(text)) {
          expect(p.start).toBeGreaterThanOrEqual(0);
          expect(p.end).toBeLessThanOrEqual(text.length);
          expect(p.end).toBeGreaterThan(p.start);
          if (p.replace) expect(text[p.replace.at]).toBe(p.replace.from);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('finds nothing in properly nested curly quotes', () => {
    const quoted: fc.Memo<string> = fc.memo((depth) =>
      fc.oneof(
        plainWords,
        fc
          .tuple(plainWords, depth > 1 ? quoted(depth - 1) : plainWords, plainWords)
          .map(([a, inner, b]) => `${a} “${inner.replace(/[“”]/g, '')}” ${b}`),
        fc
          .tuple(plainWords, depth > 1 ? quoted(depth - 1) : plainWords)
          .map(([a, inner]) => `${a} ‘${inner.replace(/[‘’]/g, '')}’`),
      ),
    );
    fc.assert(
      fc.property(quoted(3), (text) => {
        expect(findQuoteProblems(text)).toEqual([]);
      }),
    );
  });

  it('always reports an opening mark dropped into balanced text with no closer after it', () => {
    fc.assert(
      fc.property(plainWords, plainWords, (a, b) => {
        const text = `${a}, “${b}`;
        expect(findQuoteProblems(text)).toEqual([
          { kind: 'unclosed', start: a.length + 2, end: a.length + 3, open: '“' },
        ]);
      }),
    );
  });

  it('repairs only the obvious closer', () => {
    expect(findQuoteProblems("Bersifat ‘Permanen'")).toEqual([
      {
        kind: 'mismatched',
        start: 9,
        end: 19,
        open: '‘',
        close: "'",
        replace: { at: 18, from: "'", to: '’' },
      },
    ]);
    expect(findQuoteProblems('"Kami siap”')).toEqual([
      { kind: 'mismatched', start: 0, end: 11, open: '"', close: '”' },
    ]);
  });
});

describe('checkUrl', () => {
  it('never throws, and what it accepts is an http(s) address with a dotted host', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.webUrl(),
          fc.webUrl().map((u) => u.replace('://', ':/')),
        ),
        (raw) => {
          const r = checkUrl(raw);
          if (r.ok) {
            expect(r.href).toMatch(/^https?:\/\//);
            expect(r.host).toContain('.');
          } else {
            expect(r.problem).toBeDefined();
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('matches allowed domains by whole labels', () => {
    expect(hostAllowed('www.antaranews.com', ['antaranews.com'])).toBe(true);
    expect(hostAllowed('antaranews.com', ['*.antaranews.com'])).toBe(true);
    expect(hostAllowed('fakeantaranews.com', ['antaranews.com'])).toBe(false);
    expect(hostAllowed('antaranews.com.evil.io', ['antaranews.com'])).toBe(false);
  });

  it('compares links without scheme, www, fragment or trailing slash', () => {
    expect(urlKey('https://www.Example.com/a/#top')).toBe(urlKey('http://example.com/a'));
    expect(urlKey('https://example.com/a?x=1')).not.toBe(urlKey('https://example.com/a?x=2'));
  });
});

describe('names', () => {
  it.each([
    ['WILLY HARYONO', 'Willy Haryono'],
    ['CHOE SON-HUI', 'Choe Son-hui'],
    ["O'BRIEN", "O'Brien"],
    ['MUHAMMAD BIN SALMAN', 'Muhammad bin Salman'],
    ['ÉLODIE DURAND', 'Élodie Durand'],
  ])('title-cases %s as %s', (input, out) => expect(titleCaseName(input)).toBe(out));

  it('compares names without case, accents or spacing', () => {
    expect(nameKey('  Sári   WULANDARI ')).toBe(nameKey('sari wulandari'));
    expect(nameKey('Sari Wulandari')).not.toBe(nameKey('Sari Wulandari Putri'));
  });

  it('calls text all-caps only when it has capitals and no small letters', () => {
    expect(isAllCaps('BANJIR ROB 2025')).toBe(true);
    expect(isAllCaps('Banjir ROB')).toBe(false);
    expect(isAllCaps('2025')).toBe(false);
  });
});

describe('shiftMarks', () => {
  it('keeps marks on the same characters after an edit elsewhere', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 5, maxLength: 30 }),
        fc.nat(),
        fc.nat(),
        fc.string({ maxLength: 5 }),
        (text, a, b, insert) => {
          const start = a % text.length;
          const end = start + (b % (text.length - start));
          // A mark wholly after the edit keeps covering the same characters.
          const mark = { type: 'bold' as const, start: end, end: text.length };
          const next = text.slice(0, start) + insert + text.slice(end);
          const [moved] = shiftMarks([mark], start, end, insert.length);
          if (mark.end > mark.start) {
            expect(next.slice(moved!.start, moved!.end)).toBe(text.slice(mark.start, mark.end));
          }
        },
      ),
    );
  });
});
