import { describe, expect, it } from 'vitest';
import { importDraft, ImportError } from '../../shared/import';
import { parseNativeArticle, serializeNativeArticle } from '../../shared/import/native';
import { createArticle } from '../../shared/model/create';
import { articleJsonSchema } from '../../shared/model/jsonSchema';

const enc = (s: string) => new TextEncoder().encode(s);

describe('native .newsroom.json', () => {
  const article = createArticle({
    id: 'art-1',
    language: 'id',
    headline: 'Banjir rob genangi pesisir utara',
    byline: { authors: [{ name: 'Sari Wulandari' }], published: '2025-10-02T08:15:00+07:00' },
    dateline: { place: 'Semarang' },
    blocks: [{ id: 'b1', type: 'paragraph', text: 'Air laut naik.', marks: [] }],
    credits: [{ name: 'Sari Wulandari', role: 'writer' }],
  });

  it('round-trips an article through its own file format', async () => {
    const back = await importDraft({
      bytes: enc(serializeNativeArticle(article)),
      name: 'a.newsroom.json',
    });
    expect(back).toEqual(article);
  });

  it('refuses a file from a newer schema with a plain message', () => {
    const future = { ...article, schemaVersion: 99 };
    expect(() => parseNativeArticle(JSON.stringify(future), 'story.newsroom.json')).toThrowError(
      /newer version of Newsroom Desk \(schema 99/,
    );
  });

  it('names the bad field of an invalid article', () => {
    const bad = { ...article, blocks: [{ id: 'b1', type: 'paragraph', text: 5 }] };
    try {
      parseNativeArticle(JSON.stringify(bad), 'bad.newsroom.json');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ImportError);
      expect((e as ImportError).code).toBe('schema');
      expect((e as Error).message).toMatch(
        /^bad\.newsroom\.json is not a valid newsroom article: blocks\.0\.text/,
      );
    }
  });

  it('publishes a JSON Schema that names every block type', () => {
    const text = JSON.stringify(articleJsonSchema());
    for (const t of ['paragraph', 'heading', 'quote', 'list', 'figure', 'related'])
      expect(text).toContain(`"${t}"`);
  });
});
