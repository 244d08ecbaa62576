import { expect } from 'vitest';
import type { Article, Block, RelatedBlock } from '../../shared/model/article';
import { getBuiltinProfile } from '../../shared/profiles';
import { draft, profileWith, ruleTester } from './tester';

/** The clean article's related link (block 3) changed. */
const link =
  (over: Partial<RelatedBlock>) =>
  (a: Article): Article => ({
    ...a,
    blocks: a.blocks.map((b) => (b.type === 'related' ? { ...b, ...over } : b)),
  });
const related = (
  id: string,
  url: string | null,
  title = 'Pasang Maksimum hingga Akhir Pekan',
): Block => ({
  id,
  type: 'related',
  label: 'Baca juga',
  title,
  url,
});
const para = (id: string, text = 'Petugas menyiagakan pompa.'): Block => ({
  id,
  type: 'paragraph',
  text,
  marks: [],
});
const withBlocks =
  (...blocks: Block[]) =>
  (a: Article): Article => ({ ...a, blocks });
const at3 = { blockIndex: 3, blockId: 'b4' };

ruleTester('related/missing-url', {
  valid: [{ name: 'a link', article: draft(() => {}) }],
  invalid: [
    {
      name: 'the seed\'s "Baca juga" line with no link',
      article: draft(link({ url: null })),
      findings: [
        {
          message:
            'The related link "BMKG: Pasang Maksimum Air Laut Berlangsung hingga Akhir Pekan" has no address.',
          messageId:
            'Tautan terkait "BMKG: Pasang Maksimum Air Laut Berlangsung hingga Akhir Pekan" belum memiliki alamat.',
          location: { ...at3, field: 'url' },
          severity: 'error',
        },
      ],
    },
  ],
});

ruleTester('related/invalid-url', {
  valid: [
    { name: 'https', article: draft(() => {}) },
    {
      name: 'http with a port and query',
      article: draft(link({ url: 'http://news.example.co.id:8080/a?b=c' })),
    },
    {
      name: 'an internationalised domain',
      article: draft(link({ url: 'https://berita.contoh.xn--p1ai/a' })),
    },
    { name: 'no link (missing-url says so)', article: draft(link({ url: null })) },
  ],
  invalid: [
    {
      name: 'scheme lost on the way',
      article: draft(link({ url: 'metrotvnews.com/read/abc' })),
      findings: [
        {
          message: '"metrotvnews.com/read/abc" is not a complete web address (it needs https://).',
          messageId: '"metrotvnews.com/read/abc" bukan alamat web lengkap (perlu https://).',
          location: { ...at3, field: 'url', start: 0, end: 24 },
          severity: 'error',
          fixes: ['addScheme'],
        },
      ],
      fix: {
        fixId: 'addScheme',
        result: (a) =>
          expect((a.blocks[3] as RelatedBlock).url).toBe('https://metrotvnews.com/read/abc'),
      },
    },
    {
      name: 'a relative path: nothing to offer',
      article: draft(link({ url: '/berita/123' })),
      findings: [
        {
          message: '"/berita/123" is not a complete web address (it needs https://).',
          location: { field: 'url' },
        },
      ],
    },
    {
      name: 'javascript:',
      article: draft(link({ url: 'javascript:alert(1)' })),
      findings: [
        {
          message:
            '"javascript:alert(1)" is not a web address; related links must start with http:// or https://.',
          location: { field: 'url' },
        },
      ],
    },
    {
      name: 'a host without a domain',
      article: draft(link({ url: 'https://localhost/berita' })),
      findings: [
        {
          message: '"https://localhost/berita" does not name a real host ("localhost").',
          location: { field: 'url' },
        },
      ],
    },
    {
      name: 'a bare IP address',
      article: draft(link({ url: 'http://10.0.0.1/berita' })),
      findings: [
        {
          message: '"http://10.0.0.1/berita" does not name a real host ("10.0.0.1").',
          location: { field: 'url' },
        },
      ],
    },
    {
      name: 'a space inside',
      article: draft(link({ url: 'https://www.antaranews.com/berita/banjir rob' })),
      findings: [
        {
          message: '"https://www.antaranews.com/berita/banjir rob" contains spaces.',
          location: { field: 'url' },
        },
      ],
    },
    {
      name: 'credentials in the link',
      article: draft(link({ url: 'https://editor:rahasia@antaranews.com/a' })),
      findings: [
        {
          message: '"https://editor:rahasia@antaranews.com/a" contains a user name or password.',
          location: { field: 'url' },
        },
      ],
    },
  ],
});

const ownSites = profileWith({ allowedLinkDomains: ['antaranews.com', 'antarafoto.com'] });

ruleTester('related/disallowed-domain', {
  valid: [
    { name: 'no list: any domain', article: draft(link({ url: 'https://example.org/a' })) },
    { name: 'a subdomain of an allowed domain', article: draft(() => {}), profile: ownSites },
    {
      name: 'the domain itself',
      article: draft(link({ url: 'https://antarafoto.com/x' })),
      profile: ownSites,
    },
  ],
  invalid: [
    {
      name: 'a competitor',
      article: draft(link({ url: 'https://www.kompas.com/read/2025/10/02/banjir' })),
      profile: ownSites,
      findings: [
        {
          message:
            'Links to www.kompas.com are not allowed here (allowed: antaranews.com, antarafoto.com).',
          location: { ...at3, field: 'url' },
          severity: 'warning',
        },
      ],
    },
    {
      name: 'a look-alike suffix is not a subdomain',
      article: draft(link({ url: 'https://fakeantaranews.com/a' })),
      profile: ownSites,
      findings: [
        {
          message: expect.stringContaining('fakeantaranews.com') as unknown as string,
          location: { field: 'url' },
        },
      ],
    },
  ],
});

ruleTester('related/missing-title', {
  valid: [{ name: 'a title', article: draft(() => {}) }],
  invalid: [
    {
      name: 'blank',
      article: draft(link({ title: ' ' })),
      findings: [
        { message: 'The related link has no title.', location: { ...at3, field: 'title' } },
      ],
    },
  ],
});

ruleTester('related/duplicate', {
  valid: [
    { name: 'one link', article: draft(() => {}) },
    {
      name: 'two different links',
      article: draft(
        withBlocks(
          para('p1'),
          related('r1', 'https://a.example.com/1'),
          para('p2'),
          related('r2', 'https://a.example.com/2'),
        ),
      ),
    },
  ],
  invalid: [
    {
      name: 'the same link again, differing only in scheme, www and trailing slash',
      article: draft(
        withBlocks(
          para('p1'),
          related('r1', 'https://www.antaranews.com/berita/1/'),
          para('p2'),
          related('r2', 'http://antaranews.com/berita/1'),
        ),
      ),
      findings: [
        {
          message:
            'This related link repeats an earlier one (block 2): http://antaranews.com/berita/1',
          location: { blockIndex: 3, blockId: 'r2', field: 'url' },
          fixes: ['remove!'],
        },
      ],
      fix: {
        fixId: 'remove',
        result: (a) => expect(a.blocks.map((b) => b.id)).toEqual(['p1', 'r1', 'p2']),
      },
    },
    {
      name: 'same link, other title: removing it is not safe',
      article: draft(
        withBlocks(
          para('p1'),
          related('r1', 'https://a.example.com/1'),
          para('p2'),
          related('r2', 'https://a.example.com/1', 'Judul Lain'),
        ),
      ),
      findings: [
        {
          message: expect.stringContaining('(block 2)') as unknown as string,
          location: { blockId: 'r2' },
          fixes: ['remove'],
        },
      ],
    },
  ],
});

ruleTester('related/too-many', {
  valid: [
    {
      name: 'three, the default limit',
      article: draft(
        withBlocks(
          para('p1'),
          related('r1', 'https://a.example.com/1'),
          para('p2'),
          related('r2', 'https://a.example.com/2'),
          para('p3'),
          related('r3', 'https://a.example.com/3'),
        ),
      ),
    },
  ],
  invalid: [
    {
      name: 'four: flagged at the fourth',
      article: draft(
        withBlocks(
          para('p1'),
          related('r1', 'https://a.example.com/1'),
          para('p2'),
          related('r2', 'https://a.example.com/2'),
          para('p3'),
          related('r3', 'https://a.example.com/3'),
          para('p4'),
          related('r4', 'https://a.example.com/4'),
        ),
      ),
      findings: [
        {
          message: 'The article has 4 related links; the limit is 3.',
          messageId: 'Artikel memuat 4 tautan terkait; batasnya 3.',
          location: { blockIndex: 7, blockId: 'r4' },
        },
      ],
    },
    {
      name: 'a profile that allows none',
      article: draft(() => {}),
      profile: profileWith({ thresholds: { maxRelated: 0 } }),
      findings: [
        {
          message: 'The article has 1 related links; the limit is 0.',
          location: { blockIndex: 3 },
        },
      ],
    },
  ],
});

ruleTester('related/placement', {
  valid: [
    { name: 'between paragraphs (Indonesian style)', article: draft(() => {}) },
    {
      name: 'last, after the story (English style)',
      article: draft(withBlocks(para('p1'), para('p2'), related('r1', 'https://a.example.com/1'))),
    },
    {
      name: 'between paragraphs, with a photo after the last one, when the profile flags a last link',
      article: draft((a) => ({
        ...a,
        blocks: [para('p1'), related('r1', 'https://a.example.com/1'), para('p2'), a.blocks[0]!],
      })),
      profile: profileWith({ relatedLinkLast: 'flag' }),
    },
    {
      name: 'a closing "Related" list under the English profile',
      article: draft(
        withBlocks(
          para('p1'),
          related('r1', 'https://a.example.com/1'),
          para('p2'),
          related('r2', 'https://a.example.com/2'),
          related('r3', 'https://a.example.com/3'),
          related('r4', 'https://a.example.com/4'),
        ),
      ),
      profile: getBuiltinProfile('en'),
    },
    {
      name: 'after a lead photo and a paragraph',
      article: draft((a) => ({
        ...a,
        blocks: [a.blocks[0]!, para('p1'), related('r1', 'https://a.example.com/1')],
      })),
    },
  ],
  invalid: [
    {
      name: 'before the lede',
      article: draft(withBlocks(related('r1', 'https://a.example.com/1'), para('p1'))),
      findings: [
        {
          message:
            'A related link comes before the story starts; move it below the first paragraphs.',
          location: { blockIndex: 0, blockId: 'r1' },
        },
      ],
    },
    {
      name: 'after only the lead photo',
      article: draft((a) => ({
        ...a,
        blocks: [a.blocks[0]!, related('r1', 'https://a.example.com/1'), para('p1')],
      })),
      findings: [
        {
          message: expect.stringContaining('before the story starts') as unknown as string,
          location: { blockIndex: 1 },
        },
      ],
    },
    {
      name: 'two in a row',
      article: draft(
        withBlocks(
          para('p1'),
          related('r1', 'https://a.example.com/1'),
          related('r2', 'https://a.example.com/2'),
          para('p2'),
        ),
      ),
      findings: [
        {
          message: 'Two related links in a row; put copy between them or drop one.',
          messageId:
            'Dua tautan terkait berurutan; sisipkan paragraf di antaranya atau hapus salah satu.',
          location: { blockIndex: 2, blockId: 'r2' },
        },
      ],
    },
    {
      name: 'two in a row inside an English story: only the closing list may run on',
      article: draft(
        withBlocks(
          para('p1'),
          related('r1', 'https://a.example.com/1'),
          related('r2', 'https://a.example.com/2'),
          para('p2'),
          related('r3', 'https://a.example.com/3'),
          related('r4', 'https://a.example.com/4'),
        ),
      ),
      profile: getBuiltinProfile('en'),
      findings: [
        {
          message: 'Two related links in a row; put copy between them or drop one.',
          location: { blockIndex: 2, blockId: 'r2' },
        },
      ],
    },
    {
      name: 'a closing list of two under the Indonesian profile: one last link only',
      article: draft(
        withBlocks(
          para('p1'),
          related('r1', 'https://a.example.com/1'),
          related('r2', 'https://a.example.com/2'),
        ),
      ),
      findings: [
        {
          message: 'Two related links in a row; put copy between them or drop one.',
          location: { blockIndex: 2, blockId: 'r2' },
        },
      ],
    },
    {
      name: 'after the last paragraph, when the profile flags a last link',
      article: draft(withBlocks(para('p1'), para('p2'), related('r1', 'https://a.example.com/1'))),
      profile: profileWith({ relatedLinkLast: 'flag' }),
      findings: [
        {
          message: 'A related link comes after the story ends; move it between paragraphs.',
          messageId: 'Tautan terkait muncul setelah berita berakhir; pindahkan ke antara paragraf.',
          location: { blockIndex: 2, blockId: 'r1' },
        },
      ],
    },
    {
      name: 'a closing list, when the profile flags a last link: the first as last, the rest in a row',
      article: draft((a) => ({
        ...a,
        blocks: [
          para('p1'),
          related('r1', 'https://a.example.com/1'),
          related('r2', 'https://a.example.com/2'),
          a.blocks[0]!,
        ],
      })),
      profile: profileWith({ relatedLinkLast: 'flag' }),
      findings: [
        {
          message: 'A related link comes after the story ends; move it between paragraphs.',
          location: { blockIndex: 1, blockId: 'r1' },
        },
        {
          message: 'Two related links in a row; put copy between them or drop one.',
          location: { blockIndex: 2, blockId: 'r2' },
        },
      ],
    },
  ],
});
