import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOGUES, hasKey } from '../../shared/i18n';
import type { Article, Block } from '../../shared/model/article';
import { getBuiltinProfile, parseProfileText } from '../../shared/profiles';
import {
  applySafeFixes,
  applyFixByReference,
  checkArticle,
  FixError,
  getRule,
  IncrementalChecker,
  RULES,
  validateProfileRules,
} from '../../shared/rules';
import { clean, draft, NOW, profileWith } from './tester';

const placeholders = (s: string): string[] =>
  [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!).sort();

describe('the registry', () => {
  it('has unique area/name ids and getRule finds each', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^[a-z]+\/[a-z]+(?:-[a-z]+)*$/);
      expect(getRule(id)?.id).toBe(id);
    }
    expect(getRule('no/such-rule')).toBeUndefined();
  });

  it('has every rule the catalogue promises', () => {
    expect(RULES.map((r) => r.id).sort()).toEqual(
      [
        'byline/missing-author',
        'byline/author-format',
        'byline/missing-date',
        'byline/invalid-date',
        'byline/future-date',
        'byline/unknown-author',
        'byline/credit-mismatch',
        'caption/missing',
        'caption/missing-credit',
        'caption/credit-format',
        'caption/too-long',
        'caption/no-terminal-punctuation',
        'figure/missing-image',
        'figure/missing-alt',
        'related/missing-url',
        'related/invalid-url',
        'related/disallowed-domain',
        'related/duplicate',
        'related/missing-title',
        'related/too-many',
        'related/placement',
        'text/unbalanced-quotes',
        'text/double-space',
        'text/leftover-boilerplate',
        'headline/missing',
        'headline/too-long',
        'headline/trailing-period',
        'headline/all-caps',
        'dateline/missing',
        'dateline/format',
        'credits/missing-writer',
        'credits/missing-editor',
        'credits/duplicate',
        'credits/unknown-role',
      ].sort(),
    );
  });
});

describe('the rule tests', () => {
  it('give every rule its own table of valid and invalid cases', () => {
    const dir = import.meta.dirname;
    const sources = readdirSync(dir)
      .filter((f) => f.endsWith('.test.ts'))
      .map((f) => readFileSync(join(dir, f), 'utf8'))
      .join('\n');
    const tested = new Set([...sources.matchAll(/ruleTester\(\s*'([^']+)'/g)].map((m) => m[1]));
    expect(RULES.map((r) => r.id).filter((id) => !tested.has(id))).toEqual([]);
  });
});

describe('the message catalogue', () => {
  it('words every rule in English and Indonesian with the same messages, fixes and values', () => {
    for (const rule of RULES) {
      const en = CATALOGUES.en.rules[rule.id];
      const id = CATALOGUES.id.rules[rule.id];
      expect(en, rule.id).toBeDefined();
      expect(id, rule.id).toBeDefined();
      expect(Object.keys(id!.messages).sort(), rule.id).toEqual(Object.keys(en!.messages).sort());
      expect(Object.keys(id!.fixes ?? {}).sort(), rule.id).toEqual(
        Object.keys(en!.fixes ?? {}).sort(),
      );
      for (const [k, text] of Object.entries(en!.messages)) {
        expect(placeholders(id!.messages[k]!), `${rule.id} ${k}`).toEqual(placeholders(text));
        expect(hasKey('id', `rules:${rule.id}.messages.${k}`)).toBe(true);
      }
      for (const [k, text] of Object.entries(en!.fixes ?? {})) {
        expect(placeholders(id!.fixes![k]!), `${rule.id} fix ${k}`).toEqual(placeholders(text));
      }
      expect(en!.description).not.toBe(id!.description);
    }
  });

  it('has no entries for rules that do not exist', () => {
    const ids = new Set(RULES.map((r) => r.id));
    expect(Object.keys(CATALOGUES.en.rules).filter((k) => !ids.has(k))).toEqual([]);
    expect(Object.keys(CATALOGUES.id.rules).filter((k) => !ids.has(k))).toEqual([]);
  });
});

describe('profiles switch rules off and change severities', () => {
  const noEditor = draft((a) => ({ ...a, credits: a.credits.filter((c) => c.role !== 'editor') }));

  it('uses the rule default when the profile is silent', () => {
    const list = checkArticle(noEditor, { profile: getBuiltinProfile('id'), now: NOW });
    expect(list.map((d) => [d.ruleId, d.severity])).toEqual([
      ['credits/missing-editor', 'warning'],
    ]);
  });

  it('takes the profile severity', () => {
    const profile = profileWith({ rules: { 'credits/missing-editor': 'error' } });
    expect(checkArticle(noEditor, { profile, now: NOW }).map((d) => d.severity)).toEqual(['error']);
  });

  it('skips a rule switched off', () => {
    const profile = profileWith({ rules: { 'credits/missing-editor': 'off' } });
    expect(checkArticle(noEditor, { profile, now: NOW })).toEqual([]);
  });

  it('reports setting names that match no rule, and patterns that do not compile', () => {
    const profile = profileWith({
      rules: { 'credits/missing-editr': 'off' },
      creditFormat: 'ANTARA(',
    });
    expect(validateProfileRules(profile)).toEqual([
      'rules.credits/missing-editr: no such rule (see `newsroom check --list-rules`).',
      'creditFormat: not a valid regular expression (Invalid regular expression: /ANTARA(/iu: Unterminated group).',
    ]);
    // A bad pattern never breaks a check.
    expect(() => checkArticle(clean(), { profile, now: NOW })).not.toThrow();
  });

  it('validates the built-in profiles clean', () => {
    expect(validateProfileRules(getBuiltinProfile('id'))).toEqual([]);
    expect(validateProfileRules(getBuiltinProfile('en'))).toEqual([]);
  });
});

describe('order of findings', () => {
  it('lists article fields first, then blocks in reading order', () => {
    const a = draft((x) => ({
      ...x,
      headline: '',
      blocks: x.blocks.map((b) =>
        b.type === 'paragraph'
          ? { ...b, text: `${b.text}  Lagi.` }
          : b.type === 'figure'
            ? { ...b, src: null }
            : b,
      ),
    }));
    const list = checkArticle(a, { profile: getBuiltinProfile('id'), now: NOW });
    expect(list.map((d) => [d.ruleId, d.location.blockIndex])).toEqual([
      ['headline/missing', null],
      ['figure/missing-image', 0],
      ['text/double-space', 1],
      ['text/double-space', 2],
      ['text/double-space', 4],
    ]);
  });
});

describe('fixes named by reference (as they arrive over IPC)', () => {
  it('re-checks and applies the fix the reference names', () => {
    const a = draft((x) => ({ ...x, dateline: { place: 'Semarang:' } }));
    const options = { profile: getBuiltinProfile('id'), now: NOW };
    const fixed = applyFixByReference(a, options, {
      ruleId: 'dateline/format',
      location: { blockIndex: null, blockId: null, field: 'dateline.place', start: 8, end: 9 },
      fixId: 'strip',
    });
    expect(fixed.dateline).toEqual({ place: 'Semarang' });
    expect(() =>
      applyFixByReference(fixed, options, {
        ruleId: 'dateline/format',
        location: { blockIndex: null, blockId: null, field: 'dateline.place', start: 8, end: 9 },
        fixId: 'strip',
      }),
    ).toThrow(FixError);
  });
});

describe('IncrementalChecker', () => {
  const profile = getBuiltinProfile('id');

  it('re-runs block rules only on the edited block', () => {
    const checker = new IncrementalChecker(profile);
    const a = clean();
    expect(checker.check(a, NOW)).toEqual([]);
    expect(checker.lastRechecked).toBe(7);
    const edited: Article = {
      ...a,
      blocks: a.blocks.map((b) =>
        b.id === 'b5' && b.type === 'paragraph' ? { ...b, text: `${b.text}  Lagi.` } : b,
      ),
    };
    const list = checker.check(edited, NOW);
    expect(checker.lastRechecked).toBe(1);
    expect(list.map((d) => [d.ruleId, d.location.blockId])).toEqual([['text/double-space', 'b5']]);
    // A rebuilt but identical article (the editor re-serialised it) re-checks nothing.
    checker.check(structuredClone(edited), NOW);
    expect(checker.lastRechecked).toBe(0);
  });

  it('moves cached findings when blocks are inserted above them', () => {
    const checker = new IncrementalChecker(profile);
    const a = draft((x) => ({
      ...x,
      blocks: x.blocks.map((b) => (b.type === 'figure' ? { ...b, src: null } : b)),
    }));
    checker.check(a, NOW);
    const inserted: Article = {
      ...a,
      blocks: [{ id: 'p0', type: 'paragraph', text: 'Pembuka.', marks: [] }, ...a.blocks],
    };
    const list = checker.check(inserted, NOW);
    expect(checker.lastRechecked).toBe(1);
    expect(list.map((d) => [d.ruleId, d.location.blockIndex, d.location.blockId])).toEqual([
      ['figure/missing-image', 1, 'b1'],
    ]);
  });

  // Random edit scripts: whatever the sequence, the incremental result equals a full check.
  const textArb = fc.oneof(
    fc.constantFrom(
      'Air naik.',
      'Air  naik.',
      '“Kata dia',
      'Jangan lupa ikuti kami',
      "‘Permanen'",
      '',
    ),
    fc.string({ maxLength: 20 }),
  );
  const blockArb = (id: string): fc.Arbitrary<Block> =>
    fc.oneof(
      textArb.map((text): Block => ({ id, type: 'paragraph', text, marks: [] })),
      fc
        .record({
          url: fc.constantFrom(null, 'https://a.example.com/1', 'nota url'),
          title: textArb,
        })
        .map(({ url, title }): Block => ({ id, type: 'related', label: 'Baca juga', title, url })),
      fc
        .record({ src: fc.constantFrom(null, 'a.jpg'), caption: textArb })
        .map(({ src, caption }): Block => ({
          id,
          type: 'figure',
          src,
          alt: '',
          caption,
          credit: null,
        })),
    );
  const editArb = fc.oneof(
    fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), block: blockArb('x') }),
    fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), block: blockArb('x') }),
    fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('headline' as const), text: textArb }),
  );

  it('always agrees with checkArticle', () => {
    fc.assert(
      fc.property(fc.array(editArb, { maxLength: 25 }), (edits) => {
        const checker = new IncrementalChecker(profile);
        let a = clean();
        let next = 100;
        const strip = (l: ReturnType<typeof checkArticle>) =>
          l.map((d) => ({ ...d, fixes: d.fixes?.map((f) => f.id) }));
        for (const e of edits) {
          const blocks = a.blocks.slice();
          const at = blocks.length ? ('at' in e ? e.at % blocks.length : 0) : 0;
          if (e.kind === 'headline') a = { ...a, headline: e.text };
          else if (e.kind === 'remove') {
            blocks.splice(at, 1);
            a = { ...a, blocks };
          } else {
            const block = {
              ...e.block,
              id: e.kind === 'insert' ? `n${next++}` : (blocks[at]?.id ?? `n${next++}`),
            };
            if (e.kind === 'insert' || blocks.length === 0) blocks.splice(at, 0, block);
            else blocks[at] = block;
            a = { ...a, blocks };
          }
          expect(strip(checker.check(a, NOW))).toEqual(
            strip(checkArticle(a, { profile, now: NOW })),
          );
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('built-in and user profiles', () => {
  const related = (n: number): Article =>
    draft((a) => ({
      ...a,
      blocks: Array.from({ length: n }, (_, i): Block[] => [
        { id: `p${i}`, type: 'paragraph', text: 'Petugas menyiagakan pompa.', marks: [] },
        {
          id: `r${i}`,
          type: 'related',
          label: 'Related',
          title: `Link ${i}`,
          url: `https://a.example.com/${i}`,
        },
      ]).flat(),
    }));

  it('lets English copy carry a longer related list than Indonesian', () => {
    const ids = (p: string, n: number) =>
      checkArticle(related(n), { profile: getBuiltinProfile(p), now: NOW }).map((d) => d.ruleId);
    expect(ids('id', 4)).toEqual(['related/too-many']);
    expect(ids('en', 5)).toEqual([]);
    expect(ids('en', 6)).toEqual(['related/too-many']);
  });

  it('reads rule settings from a YAML profile that extends a built-in, keeping the rest', () => {
    const profile = parseProfileText(
      [
        'extends: en',
        'id: desk',
        'name: The Desk',
        'rules:',
        '  related/too-many: error',
        '  credits/missing-editor: "off"',
        'thresholds:',
        '  headlineMaxLength: 40',
        'allowedLinkDomains: [example.com]',
      ].join('\n'),
      'desk.yaml',
    );
    expect(profile.thresholds).toEqual({
      headlineMaxLength: 40,
      captionMaxLength: 300,
      maxRelated: 5,
      futureToleranceMinutes: 5,
    });
    const a = related(6);
    const list = checkArticle(
      { ...a, credits: [{ name: 'Sari Wulandari', role: 'writer' }] },
      { profile, now: NOW },
    );
    expect(list.map((d) => [d.ruleId, d.severity])).toEqual([
      ['headline/too-long', 'warning'],
      ['related/too-many', 'error'],
    ]);
  });
});

describe('safe fixes', () => {
  const profile = getBuiltinProfile('id');
  const messy = fc.constantFrom(
    'Air  naik   sejak subuh.',
    '“Kami siap," kata dia.',
    "Bersifat ‘Permanen'",
    'Warga mengungsi',
    'Kata dia, “tunggu.',
    'Jangan lupa ikuti kami',
  );
  const article = fc
    .record({
      paragraphs: fc.array(messy, { maxLength: 6 }),
      caption: messy,
      title: messy,
      place: fc.constantFrom('semarang', 'Semarang:', 'JAKARTA -', 'Beijing'),
      twice: fc.boolean(),
    })
    .map(({ paragraphs, caption, title, place, twice }) =>
      draft((a) => ({
        ...a,
        dateline: { place },
        credits: twice ? [...a.credits, { name: 'Budi Santoso', role: 'editor' }] : a.credits,
        blocks: [
          { id: 'f', type: 'figure', src: 'a.jpg', alt: 'x', caption, credit: 'ANTARA' },
          ...paragraphs.map((text, i): Block => ({
            id: `p${i}`,
            type: 'paragraph',
            text,
            marks: [],
          })),
          { id: 'r', type: 'related', label: 'Baca juga', title, url: 'https://a.example.com/1' },
        ],
      })),
    );
  const letters = (a: Article): string =>
    a.blocks
      .map((b) =>
        'text' in b
          ? b.text
          : b.type === 'figure'
            ? b.caption
            : b.type === 'related'
              ? b.title
              : '',
      )
      .join('|')
      .replace(/[^\p{L}\p{N}|]/gu, '');

  it('reach a fixed point and never change a word', () => {
    fc.assert(
      fc.property(article, (a) => {
        const once = applySafeFixes(a, { profile, now: NOW });
        expect(applySafeFixes(once.article, { profile, now: NOW }).applied).toEqual([]);
        expect(letters(once.article)).toBe(letters(a));
        const left = checkArticle(once.article, { profile, now: NOW });
        expect(left.filter((d) => d.fixes?.some((f) => f.safe))).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});
