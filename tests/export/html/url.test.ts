import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeUrl } from '../../../shared/export/html/url';

describe('safeUrl: which links survive an export', () => {
  it.each([
    ['https://www.antaranews.com/berita/1', 'https://www.antaranews.com/berita/1'],
    ['http://example.com', 'http://example.com'],
    ['HTTPS://EXAMPLE.COM/A', 'HTTPS://EXAMPLE.COM/A'],
    ['mailto:redaksi@example.co.id', 'mailto:redaksi@example.co.id'],
    ['/berita/2025/09/29', '/berita/2025/09/29'],
    ['foto/banjir.jpg', 'foto/banjir.jpg'],
    ['#catatan', '#catatan'],
    ['?page=2', '?page=2'],
    ['//cdn.example.com/a.jpg', '//cdn.example.com/a.jpg'],
    ['  https://example.com/a  ', 'https://example.com/a'],
    ['foto banjir rob.jpg', 'foto%20banjir%20rob.jpg'],
    ['https://example.com/a"onmouseover="x', 'https://example.com/a%22onmouseover=%22x'],
    ['https://example.com/<b>', 'https://example.com/%3Cb%3E'],
    ['https://example.com/100%', 'https://example.com/100%25'],
    ['https://example.com/a%20b', 'https://example.com/a%20b'],
    ['https://example.com/#a#b', 'https://example.com/#a%23b'],
    ['https://id.wikipedia.org/wiki/Tiongkok–DPRK', 'https://id.wikipedia.org/wiki/Tiongkok–DPRK'],
  ])('keeps %j as %j', (raw, out) => {
    expect(safeUrl(raw)).toBe(out);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'java\rscript:alert(1)',
    '\u0000javascript:alert(1)',
    '\u0001 javascript:alert(1)',
    'jav&#x61;script:alert(1)',
    'jav&#97;script:alert(1)',
    'javascript&colon;alert(1)',
    '&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)',
    'java&Tab;script:alert(1)',
    'vbscript:msgbox(1)',
    'VBSCRIPT:msgbox(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'data:image/svg+xml,<svg onload=alert(1)>',
    'DATA:image/png;base64,AAAA',
    'file:///etc/passwd',
    'ftp://example.com/a',
    'http://',
    'https://:80/',
    'http:example.com',
    'mailto:',
    '\\\\evil.example.com\\share',
    '/\\evil.example.com',
    '',
    '   ',
  ])('drops %j', (raw) => {
    expect(safeUrl(raw)).toBeNull();
  });

  it('never returns a URL whose scheme (as a browser reads it) is not http, https or mailto', () => {
    const noise = fc.constantFrom(
      '\t',
      '\n',
      '\r',
      ' ',
      '\u0000',
      '&#x61;',
      '&colon;',
      ':',
      '/',
      '\\',
    );
    const schemeish = fc.constantFrom(
      'javascript',
      'JaVaScRiPt',
      'data',
      'vbscript',
      'http',
      'https',
      'mailto',
      'file',
    );
    const candidate = fc
      .tuple(
        fc.array(noise, { maxLength: 2 }),
        schemeish,
        fc.array(noise, { maxLength: 3 }),
        fc.string(),
      )
      .map(([a, s, b, rest]) => `${a.join('')}${s.slice(0, 3)}${b.join('')}${s.slice(3)}:${rest}`);
    fc.assert(
      fc.property(fc.oneof(candidate, fc.string()), (raw) => {
        const out = safeUrl(raw);
        if (out === null) return;
        // What a browser would do: strip tab/newline, then read the scheme.
        const seen = out.replace(/[\t\n\r]/g, '');
        const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(seen)?.[1]?.toLowerCase();
        expect(scheme === undefined || ['http', 'https', 'mailto'].includes(scheme)).toBe(true);
        expect(out).not.toMatch(/[\s"<>\\^`{|}]/);
      }),
      { numRuns: 2000 },
    );
  });
});
