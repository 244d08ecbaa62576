import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDraft } from '../../shared/import/index';
import { createArticle } from '../../shared/model/create';
import { $insertStory } from '../../renderer/editor/plugins/PastePlugin';
import { headlessEditor, load, read } from './helpers';

const SEED = resolve(import.meta.dirname, '..', '..', 'seeds', '000_96a0e40e744c17ac.txt');

describe('pasting wire copy runs the importer and gives nodes', () => {
  it('fills an empty article from the pasted seed, exactly as importing the file would', async () => {
    const imported = await importDraft({ bytes: readFileSync(SEED), name: 'pasted.txt' });
    const editor = headlessEditor();
    const empty = createArticle({ id: 'art-new', language: 'id' });
    load(editor, empty);
    editor.update(() => $insertStory(imported, null), { discrete: true });
    const out = read(editor, empty);
    expect(out.headline).toBe(imported.headline);
    expect(out.byline).toEqual(imported.byline);
    expect(out.dateline).toEqual(imported.dateline);
    expect(out.blocks.map(({ id: _id, ...b }) => b)).toEqual(
      imported.blocks.map(({ id: _id, ...b }) => b),
    );
    expect(out.blocks.map((b) => b.type)).toContain('figure');
    expect(out.blocks.map((b) => b.type)).toContain('related');
    expect(new Set(out.blocks.map((b) => b.id)).size).toBe(out.blocks.length);
  });

  it('into a written article: keeps its headline and byline, adds the body after the caret block', async () => {
    const imported = await importDraft({ bytes: readFileSync(SEED), name: 'pasted.txt' });
    const editor = headlessEditor();
    const mine = createArticle({
      id: 'art-mine',
      language: 'id',
      headline: 'Judul saya',
      byline: { authors: [{ name: 'Rina' }], published: null },
      blocks: [{ id: 'b1', type: 'paragraph', text: 'Paragraf pertama.', marks: [] }],
    });
    load(editor, mine);
    editor.update(() => $insertStory(imported, null), { discrete: true });
    const out = read(editor, mine);
    expect(out.headline).toBe('Judul saya');
    expect(out.byline.authors).toEqual([{ name: 'Rina' }]);
    // The unknown publication time is taken from the pasted copy.
    expect(out.byline.published).toBe(imported.byline.published);
    expect(out.blocks[0]).toEqual(mine.blocks[0]);
    // The pasted headline becomes a subheading so no line is lost.
    expect(out.blocks[1]).toMatchObject({ type: 'heading', level: 2, text: imported.headline });
    expect(out.blocks.length).toBe(2 + imported.blocks.length);
  });
});
