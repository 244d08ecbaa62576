import fc from 'fast-check';
import { $createParagraphNode, $createTextNode, $getRoot, $getState, $setState } from 'lexical';
import { describe, expect, it } from 'vitest';
import type { Mark } from '../../shared/model/article';
import { createArticle } from '../../shared/model/create';
import { $readArticleWithKeys, marksToRuns, normalizeMarks } from '../../renderer/editor/bridge';
import { $isFigureNode, blockIdState } from '../../renderer/editor/nodes';
import {
  canonical,
  headlessEditor,
  load,
  read,
  roundTrip,
  roundTripThroughJson,
  seedArticle,
} from './helpers';

describe('bridge: article → editor → article', () => {
  it('gives back the seed article field for field', () => {
    const seed = seedArticle();
    expect(roundTrip(seed)).toEqual(seed);
  });

  it('gives it back through the editor JSON too (importJSON/exportJSON of every node)', () => {
    const seed = seedArticle();
    expect(roundTripThroughJson(seed)).toEqual(seed);
  });

  it('lays the seed out as headline, byline, dateline, then one node per block', () => {
    const editor = headlessEditor();
    load(editor, seedArticle());
    const types = editor.getEditorState().read(() =>
      $getRoot()
        .getChildren()
        .map((n) => n.getType()),
    );
    expect(types).toEqual([
      'headline',
      'byline',
      'dateline',
      'figure',
      'paragraph',
      'quote',
      'heading',
      'list',
      'related-link',
    ]);
  });

  it('keeps a missing dateline missing and an unknown publication time unknown', () => {
    const a = createArticle({ id: 'a', headline: 'H', blocks: [] });
    const back = roundTrip(a);
    expect(back.dateline).toBeNull();
    expect(back.byline).toEqual({ authors: [], published: null });
  });

  it('keeps a dateline with agency and date', () => {
    const a = createArticle({
      id: 'a',
      headline: 'H',
      dateline: { place: 'WASHINGTON', source: 'Reuters', date: 'Oct 3' },
    });
    expect(roundTrip(a).dateline).toEqual({
      place: 'WASHINGTON',
      source: 'Reuters',
      date: 'Oct 3',
    });
  });

  it('keeps overlapping bold, italic and a link, and line breaks inside a paragraph', () => {
    const text = 'Kata Wang Yi\nkepada wartawan di Beijing.';
    const marks: Mark[] = [
      { type: 'bold', start: 0, end: 12 },
      { type: 'italic', start: 5, end: 20 },
      { type: 'link', start: 17, end: 36, href: 'https://example.org/a' },
    ];
    const a = createArticle({ id: 'a', blocks: [{ id: 'b1', type: 'paragraph', text, marks }] });
    const back = roundTrip(a).blocks[0];
    expect(back).toEqual({
      id: 'b1',
      type: 'paragraph',
      text,
      marks: [
        { type: 'bold', start: 0, end: 12 },
        { type: 'italic', start: 5, end: 20 },
        { type: 'link', start: 17, end: 36, href: 'https://example.org/a' },
      ],
    });
  });

  it('joins touching marks of one kind and drops empty ones, the same way both directions', () => {
    const marks: Mark[] = [
      { type: 'bold', start: 3, end: 5 },
      { type: 'bold', start: 0, end: 3 },
      { type: 'italic', start: 2, end: 2 },
      { type: 'link', start: 0, end: 2, href: 'a' },
      { type: 'link', start: 2, end: 4, href: 'b' },
    ];
    expect(normalizeMarks('abcdef', marks)).toEqual([
      { type: 'bold', start: 0, end: 5 },
      { type: 'link', start: 0, end: 2, href: 'a' },
      { type: 'link', start: 2, end: 4, href: 'b' },
    ]);
    expect(marksToRuns('ab', [{ type: 'bold', start: 1, end: 9 }])).toEqual([
      { text: 'a', bold: false, italic: false, href: null },
      { text: 'b', bold: true, italic: false, href: null },
    ]);
  });

  it('gives a new paragraph a fresh id and a pasted duplicate another, leaving old ids alone', () => {
    const seed = seedArticle();
    const editor = headlessEditor();
    load(editor, seed);
    editor.update(
      () => {
        const root = $getRoot();
        const figure = root.getChildren().find($isFigureNode);
        figure?.insertAfter($createParagraphNode().append($createTextNode('Baru.')));
        // A copy of b2 pasted at the end carries b2's id in its node state.
        const copy = $createParagraphNode().append($createTextNode('Salinan.'));
        $setState(copy, blockIdState, 'b2');
        root.append(copy);
      },
      { discrete: true },
    );
    const out = read(editor, seed);
    expect(out.blocks.map((b) => b.id)).toEqual(['b1', 'b7', 'b2', 'b3', 'b4', 'b5', 'b6', 'b8']);
    expect(out.blocks[1]).toMatchObject({ type: 'paragraph', text: 'Baru.' });
  });

  it('reports the node key of every block so a diagnostic can find its node', () => {
    const editor = headlessEditor();
    load(editor, seedArticle());
    editor.getEditorState().read(() => {
      const r = $readArticleWithKeys(seedArticle());
      expect(r.blockKeys).toHaveLength(6);
      const keys = $getRoot()
        .getChildren()
        .slice(3)
        .map((n) => n.getKey());
      expect(r.blockKeys).toEqual(keys);
      const figure = $getRoot().getChildren()[3];
      expect(figure && $getState(figure, blockIdState)).toBe('b1');
    });
  });
});

// ---------------------------------------------------------------------------------------------
// Property: any valid article survives the round trip (marks in canonical form)

import { articleArb, inlineArb } from './bridge-arbitrary';

describe('bridge property', () => {
  it('any article comes back equal (marks canonical), directly and through JSON', () => {
    fc.assert(
      fc.property(articleArb, (article) => {
        const expected = canonical(article);
        expect(roundTrip(article)).toEqual(expected);
        expect(roundTripThroughJson(article)).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('normalising marks twice changes nothing', () => {
    fc.assert(
      fc.property(inlineArb, ({ text, marks }) => {
        const once = normalizeMarks(text, marks);
        expect(normalizeMarks(text, once)).toEqual(once);
      }),
    );
  });
});

describe('block ids in the live editor', () => {
  it('a new block and a pasted copy get fresh ids at once, which later reads keep', async () => {
    const { $assignBlockIds } = await import('../../renderer/editor/plugins/BlockIdsPlugin');
    const seed = seedArticle();
    const editor = headlessEditor();
    load(editor, seed);
    editor.update(
      () => {
        const fresh = $createParagraphNode().append($createTextNode('Baru.'));
        const copy = $createParagraphNode().append($createTextNode('Salinan.'));
        $setState(copy, blockIdState, 'b2');
        $getRoot().append(fresh, copy);
        $assignBlockIds([fresh.getKey(), copy.getKey()]);
      },
      { discrete: true },
    );
    const once = read(editor, seed);
    expect(once.blocks.slice(-2).map((b) => b.id)).toEqual(['b7', 'b8']);
    // Reading against a base that already knows those ids changes nothing.
    expect(read(editor, once).blocks.map((b) => b.id)).toEqual(once.blocks.map((b) => b.id));
  });
});
