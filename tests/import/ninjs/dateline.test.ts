import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datelineLead } from '../../../shared/export/labels';
import type { Block, Dateline } from '../../../shared/model/article';
import { parseDatelineText, takeRepeatedDateline } from '../../../shared/import/agency/common';

describe('printed datelines read back', () => {
  it.each([
    ['Beijing:', undefined, { place: 'Beijing' }],
    ['JAKARTA (ANTARA) -', undefined, { place: 'JAKARTA', source: 'ANTARA' }],
    [
      'BEIJING, Oct 3 (Reuters) -',
      undefined,
      { place: 'BEIJING', date: 'Oct 3', source: 'Reuters' },
    ],
    ['SEMARANG, KOMPAS.com -', undefined, { place: 'SEMARANG', source: 'KOMPAS.com' }],
    [
      'New York, NY, Oct 21 (AP)',
      'New York, NY',
      { place: 'New York, NY', date: 'Oct 21', source: 'AP' },
    ],
  ] as const)('%s', (text, known, expected) => {
    expect(parseDatelineText(text, known)).toEqual(expected);
  });

  it('reads back every dateline the exporters print', () => {
    const part = fc.constantFrom('Jakarta', 'New York, NY', 'Denpasar', 'KUALA LUMPUR', 'Palu');
    const dateline: fc.Arbitrary<Dateline> = fc
      .record({
        place: part,
        date: fc.option(fc.constantFrom('Oct 3', '2 Oktober', 'Senin 6/10')),
        source: fc.option(
          fc.constantFrom('ANTARA', 'Reuters', 'KOMPAS.com', 'detikcom', 'tirto.id'),
        ),
      })
      .map(({ place, date, source }) => ({
        place,
        ...(date ? { date } : {}),
        ...(source ? { source } : {}),
      }));
    fc.assert(
      fc.property(dateline, fc.boolean(), (d, upper) => {
        const printed = datelineLead(d, { upper });
        const back = parseDatelineText(printed, upper ? d.place.toUpperCase() : d.place);
        expect(back).toEqual(upper ? { ...d, place: d.place.toUpperCase() } : d);
      }),
    );
  });
});

describe('a dateline repeated at the head of agency copy', () => {
  const para = (text: string): Block => ({ id: 'b1', type: 'paragraph', text, marks: [] });

  it('moves "(New York, NY - October 21)" out of the first paragraph, keeping its date', () => {
    const r = takeRepeatedDateline([para('(New York, NY - October 21) Et, sent luptat.')], {
      place: 'New York, NY',
    });
    expect(r.blocks).toEqual([para('Et, sent luptat.')]);
    expect(r.dateline).toEqual({ place: 'New York, NY', date: 'October 21' });
    expect(r.item).toMatchObject({ reason: 'dateline', text: '(New York, NY - October 21)' });
  });

  it('leaves copy that merely starts with the place name alone', () => {
    const blocks = [para('Jakarta is sinking faster than any other capital.')];
    expect(takeRepeatedDateline(blocks, { place: 'Jakarta' }).blocks).toBe(blocks);
  });

  it('keeps marks aligned after the cut', () => {
    const first: Block = {
      id: 'b1',
      type: 'paragraph',
      text: 'Semarang: Banjir rob kembali datang.',
      marks: [{ type: 'bold', start: 10, end: 20 }],
    };
    const r = takeRepeatedDateline([first], { place: 'Semarang' });
    expect(r.blocks[0]).toEqual({
      id: 'b1',
      type: 'paragraph',
      text: 'Banjir rob kembali datang.',
      marks: [{ type: 'bold', start: 0, end: 10 }],
    });
  });
});
