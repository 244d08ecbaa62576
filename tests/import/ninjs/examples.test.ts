/**
 * The four official IPTC ninjs examples (dpa, TT, Business Wire, the IPTC simple text item)
 * imported as drafts. Read from ../shared/standards; skipped with a message when absent.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDraft } from '../../../shared/import';
import type { Article } from '../../../shared/model/article';
import { standards, standardsSkipReason } from '../../support/standards';

async function example(file: string): Promise<Article> {
  const bytes = readFileSync(path.join(standards.ninjsExamplesDir, file));
  return importDraft({ bytes, name: file });
}

const firstText = (a: Article) => a.blocks.find((b) => b.type === 'paragraph');

describe.skipIf(!standards.present)(`ninjs examples from IPTC ${standardsSkipReason}`, () => {
  it('dpa: byline "Von Christian Hollmann, dpa" gives the author, not the agency', async () => {
    const a = await example('dpa_text.json');
    expect(a.importReport.format).toBe('ninjs');
    expect(a.language).toBe('de');
    expect(a.headline).toBe('Faktencheck Derby-Elfmeter: Hat Schiedsrichter Zwayer recht?');
    expect(a.byline).toEqual({
      authors: [{ name: 'Christian Hollmann' }],
      published: '2019-05-10T16:02:28+02:00',
      raw: 'Von Christian Hollmann, dpa',
    });
    expect(firstText(a)?.text).toBe(
      'Für Lucien Favre war es «der größte Skandal im Fußball seit Jahren». Der Trainer von Borussia Dortmund regte sich nach dem 2:4 im Revierderby gegen den FC Schalke 04 mächtig über den Handelfmeter zum zwischenzeitlichen 1:1 für die Gäste auf.',
    );
    expect(a.blocks.filter((b) => b.type === 'figure')).toEqual([]);
    expect(a.metadata.extra).toMatchObject({
      'ninjs:uri': 'urn:newsml:dpa.com:20090101:190510-99-167362',
      'ninjs:version': '2',
    });
  });

  it('TT: the picture association becomes the lead figure with caption, credit and hi-res file', async () => {
    const a = await example('tt_text_image_3.json');
    expect(a.headline).toBe('Militärövning i jätteformat hålls 2023');
    expect(a.byline.authors).toEqual([]);
    expect(a.blocks[0]).toEqual({
      id: 'b1',
      type: 'figure',
      src: 'https://beta.tt.se/media/text/210526-militarovning-a0f2d045/a001_NormalHires.jpg',
      alt: '',
      caption:
        'En stor internationell försvarsövning planeras 2023 med fokus på södra Sverige och Gotland. Arkivbild från militärövningen Aurora 17.',
      credit: 'Karl Melander/TT',
    });
    // The body repeats the headline as <h1> and carries TT's vignette/source furniture.
    expect(firstText(a)?.text).toMatch(/^Pandemin satte stopp för den stora internationella/);
    expect(a.blocks.some((b) => b.type === 'quote')).toBe(true);
    expect(a.metadata.section).toBe('Inrikes');
    expect(a.metadata.tags).toContain('Försvar');
    expect(a.importReport.items.map((i) => i.reason)).toEqual(
      expect.arrayContaining(['duplicate-headline', 'vignette']),
    );
    // Jonas Svensson is quoted in the story, not a credit.
    expect(a.credits).toEqual([]);
  });

  it('IPTC simple text: two authors from "by", body from the HTML rendition', async () => {
    const a = await example('ninjsExSimpleText_3.json');
    expect(a.headline).toBe('Captain of wrecked cruise ship on trial in Italy');
    expect(a.byline.authors).toEqual([{ name: 'Paulo Santalucia' }, { name: "Frances d'Emilio" }]);
    expect(a.byline.published).toMatch(/^2013-07-09T\d\d:37:00/);
    expect(Date.parse(a.byline.published!)).toBe(Date.parse('2013-07-09T10:37:00Z'));
    expect(a.blocks.filter((b) => b.type === 'paragraph')).toHaveLength(4);
    expect(firstText(a)?.text).toMatch(
      /The trial of the captain of the shipwrecked Costa Concordia/,
    );
    expect(a.credits).toEqual([
      { name: 'Paulo Santalucia', role: 'writer' },
      { name: "Frances d'Emilio", role: 'writer' },
    ]);
  });

  it('Business Wire: a Chinese release with subjects as tags', async () => {
    const a = await example('businesswire-newsml-20130605006126.json');
    expect(a.language).toBe('zh');
    expect(a.headline).toBe('Cambrios被Gartner評選為「最酷供應商」');
    expect(firstText(a)?.text).toBe(
      '(美國商業資訊)--為透明及軟性導體市場提供銀奈米線解決方案的領導廠商Cambrios Technologies Corporation今天宣布，該公司最近被Gartner評選為「最酷供應商」(Cool Vendor)。',
    );
    expect(a.metadata.tags).toHaveLength(13);
    expect(a.metadata.tags.slice(0, 2)).toEqual(['United States', 'Technology']);
  });
});
