import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyChange,
  changesBetween,
  mapPosition,
  mapRange,
  mapRangeThrough,
} from '../../shared/review';
import { arbitraryWords } from '../support/arbitraries';

const TEXT = 'Wang Yi bertemu Choe Son-hui di Beijing.';
// "Choe Son-hui" is 16–28.
const CHOE = { start: 16, end: 28 };

describe('mapping positions through a change', () => {
  it('leaves positions before the change and shifts those after it', () => {
    const change = { start: 0, end: 7, text: 'Menlu Wang Yi' }; // +6
    expect(mapPosition(3, { start: 5, end: 5, text: 'x' })).toBe(3);
    expect(mapRange(CHOE, change)).toEqual({ start: 22, end: 34 });
    expect(applyChange(TEXT, change).slice(22, 34)).toBe('Choe Son-hui');
  });

  it('keeps words typed at the edges of a range out of it', () => {
    expect(mapRange(CHOE, { start: 16, end: 16, text: 'Menlu ' })).toEqual({ start: 22, end: 34 });
    expect(mapRange(CHOE, { start: 28, end: 28, text: ' (Korut)' })).toEqual(CHOE);
  });

  it('keeps a range over edited words on their replacement', () => {
    const change = { start: 21, end: 28, text: 'Sun Hui' }; // "Son-hui" → "Sun Hui"
    const r = mapRange(CHOE, change);
    expect(applyChange(TEXT, change).slice(r.start, r.end)).toBe('Choe Sun Hui');
  });

  it('collapses a range whose words were deleted to where they were', () => {
    const r = mapRange(CHOE, { start: 8, end: 31, text: '' }); // "bertemu Choe Son-hui di " gone
    expect(r).toEqual({ start: 8, end: 8 });
  });
});

describe('changesBetween', () => {
  it('finds the edits between two texts', () => {
    expect(changesBetween('Wang Yi bertemu Choe', 'Wang Yi menemui Choe')).toEqual([
      { start: 8, end: 15, text: 'menemui' },
    ]);
    expect(changesBetween('Wang Yi bertemu Choe', 'Wang Yi bertemu Choe')).toEqual([]);
    const changes = changesBetween(TEXT, 'Menlu Wang Yi bertemu Choe Son-hui di Pyongyang.');
    expect(changes.reduce(applyChange, TEXT)).toBe(
      'Menlu Wang Yi bertemu Choe Son-hui di Pyongyang.',
    );
    expect(mapRangeThrough(CHOE, changes)).toEqual({ start: 22, end: 34 });
  });

  it('property: applying the changes in order turns the old text into the new', () => {
    fc.assert(
      fc.property(arbitraryWords(0, 20), arbitraryWords(0, 20), (before, after) => {
        expect(changesBetween(before, after).reduce(applyChange, before)).toBe(after);
      }),
    );
  });

  it('property: a word nobody touched is still under its range after an edit beside it', () => {
    fc.assert(
      fc.property(
        arbitraryWords(0, 8),
        arbitraryWords(1, 3),
        arbitraryWords(0, 8),
        arbitraryWords(0, 8),
        fc.boolean(),
        (left, word, right, replacement, editLeft) => {
          const before = `${left} «${word}» ${right}`;
          const after = editLeft
            ? `${replacement} «${word}» ${right}`
            : `${left} «${word}» ${replacement}`;
          const start = before.indexOf('«');
          const range = { start, end: start + word.length + 2 };
          const moved = mapRangeThrough(range, changesBetween(before, after));
          expect(after.slice(moved.start, moved.end)).toBe(`«${word}»`);
        },
      ),
    );
  });

  it('keeps a comment on its words when both neighbours change in one go', () => {
    const before = 'Kata Wang Yi kepada Choe di Beijing pada Minggu.';
    const after = 'Menurut Wang Yi kepada Choe di Pyongyang pada Senin.';
    const start = before.indexOf('Choe');
    const moved = mapRangeThrough({ start, end: start + 4 }, changesBetween(before, after));
    expect(after.slice(moved.start, moved.end)).toBe('Choe');
  });
});
