import { describe, expect, it } from 'vitest';
import { fromLocalInput, toLocalInput } from '../../renderer/editor/views/BylineView';
import { commandForKey } from '../../renderer/shortcuts';
import { looksLikeStory } from '../../renderer/editor/plugins/PastePlugin';

describe('byline time field', () => {
  it('shows the time in its own offset, not the machine’s', () => {
    expect(toLocalInput('2025-09-29T18:33:00+07:00')).toBe('2025-09-29T18:33');
    expect(toLocalInput('2024-01-02T03:04:05Z')).toBe('2024-01-02T03:04');
    expect(toLocalInput(null)).toBe('');
    expect(toLocalInput('kemarin')).toBe('');
  });

  it('keeps the offset the byline had when the minutes change', () => {
    expect(fromLocalInput('2025-09-29T18:45', '2025-09-29T18:33:00+07:00', 'UTC')).toBe(
      '2025-09-29T18:45:00+07:00',
    );
  });

  it('uses the profile’s zone for a first time (Jakarta is +07:00, London in summer +01:00)', () => {
    expect(fromLocalInput('2025-09-29T18:33', null, 'Asia/Jakarta')).toBe(
      '2025-09-29T18:33:00+07:00',
    );
    expect(fromLocalInput('2025-07-01T09:00', null, 'Europe/London')).toBe(
      '2025-07-01T09:00:00+01:00',
    );
    expect(fromLocalInput('', '2025-09-29T18:33:00+07:00', 'UTC')).toBeNull();
  });
});

describe('shortcuts', () => {
  const key = (
    k: string,
    mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {},
  ) =>
    commandForKey({
      key: k,
      ctrlKey: false,
      metaKey: false,
      shiftKey: false,
      altKey: false,
      ...mods,
    });
  it.each([
    ['s', { ctrlKey: true }, 'save'],
    ['S', { ctrlKey: true, shiftKey: true }, 'saveAs'],
    ['s', { metaKey: true }, 'save'],
    ['o', { ctrlKey: true }, 'open'],
    ['O', { ctrlKey: true, shiftKey: true }, 'import'],
    ['n', { ctrlKey: true }, 'new'],
    ['e', { metaKey: true }, 'export'],
    ['s', {}, null],
    ['s', { ctrlKey: true, altKey: true }, null],
    ['b', { ctrlKey: true }, null],
  ] as const)('%s %o → %s', (k, mods, expected) => {
    expect(key(k, mods)).toBe(expected);
  });
});

describe('paste: when the importer runs', () => {
  it('runs for several lines of wire copy or block HTML, not for a phrase', () => {
    expect(looksLikeStory('Menlu Wang Yi', '')).toBe(false);
    expect(looksLikeStory('Judul\n\nBeijing: Menteri…', '')).toBe(true);
    expect(looksLikeStory('x', '<p>Satu</p><p>Dua</p>')).toBe(true);
    expect(looksLikeStory('kata', '<span>kata</span>')).toBe(false);
  });
});

describe('author names as typed', () => {
  it('splits on commas and semicolons and drops the empty name after a trailing comma', async () => {
    const { splitAuthors } = await import('../../renderer/editor/views/BylineView');
    expect(splitAuthors('Willy Haryono, ')).toEqual(['Willy Haryono']);
    expect(splitAuthors(' Willy Haryono ;Kelvin Yurcel,Rina')).toEqual([
      'Willy Haryono',
      'Kelvin Yurcel',
      'Rina',
    ]);
    expect(splitAuthors('')).toEqual([]);
  });
});
