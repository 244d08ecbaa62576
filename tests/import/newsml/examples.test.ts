/**
 * The three IPTC NewsML-G2 sample items imported as drafts. Read from ../shared/standards;
 * skipped with a message when absent.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDraft } from '../../../shared/import';
import type { Article } from '../../../shared/model/article';
import { standards, standardsSkipReason } from '../../support/standards';

async function example(file: string): Promise<Article> {
  const bytes = readFileSync(path.join(standards.newsmlExamplesDir, file));
  return importDraft({ bytes, name: file });
}

describe.skipIf(!standards.present)(`NewsML-G2 examples from IPTC ${standardsSkipReason}`, () => {
  it('text document: NITF body, creator as author, located + infoSource as dateline', async () => {
    const a = await example('LISTING_2_NewsML-G2_Text_Document.xml');
    expect(a.importReport.format).toBe('newsml');
    expect(a.language).toBe('en-US');
    expect(a.headline).toBe('Fed to halt QE to avert "bubble"');
    expect(a.byline).toEqual({
      authors: [{ name: 'Meredith Jameson' }],
      published: '2016-11-21T15:21:06-05:00',
    });
    // The body repeats "(New York, NY - October 21)": it moves to the dateline.
    expect(a.dateline).toEqual({
      place: 'New York, NY',
      source: 'Associated Press',
      date: 'October 21',
    });
    expect(a.blocks).toHaveLength(2);
    expect(a.blocks[0]).toMatchObject({ type: 'paragraph' });
    expect(a.blocks[0]?.type === 'paragraph' && a.blocks[0].text).toMatch(
      /^Et, sent luptat luptat, commy Nim zzriureet vendreetue modo dolenis/,
    );
    expect(a.metadata.tags).toEqual([
      'economy, business and finance',
      'central bank',
      'money and monetary policy',
    ]);
    expect(a.slug).toBe('US-Finance-Fed');
  });

  it('news item with an empty body: metadata only, and the report says there is no copy', async () => {
    const a = await example('LISTING_1_A_NewsML-G2_News_Item.xml');
    expect(a.headline).toBe('Fed to halt QE to avert "bubble"');
    expect(a.byline.authors).toEqual([{ name: 'Meredith Jameson' }]);
    expect(a.dateline).toEqual({ place: 'Berlin' });
    expect(a.metadata.section).toBe('Interview');
    expect(a.blocks).toEqual([]);
    expect(a.metadata.extra['newsml:guid']).toBe('urn:newsml:acmenews.com:20161018:US-FINANCE-FED');
  });

  it('package: imports its text item’s title and summary and its picture, with a warning', async () => {
    const a = await example('LISTING_6_Simple_NewsML-G2_Package.xml');
    expect(a.headline).toBe('Obama annonce son équipe');
    expect(a.blocks.map((b) => b.type)).toEqual(['paragraph', 'figure']);
    expect(a.blocks[0]?.type === 'paragraph' && a.blocks[0].text).toMatch(
      /^Le rachat il y a deux ans de la propriété par Alan Gerry/,
    );
    expect(a.blocks[1]).toMatchObject({
      src: null,
      alt: 'Barack Obama arrive à Washington',
      caption:
        "Si nous avons aujourd'hui un afro-américain et une femme dans la course à la présidence.",
    });
    expect(a.credits).toEqual([{ name: 'Maurice Dancer', role: 'contributor' }]);
    expect(a.importReport.items).toContainEqual(
      expect.objectContaining({
        reason: 'newsml-package',
        action: 'warning',
        text: 'urn:newsml:iptc.org:20081007:tutorial-item-A',
      }),
    );
  });
});
