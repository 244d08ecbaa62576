/**
 * The suggestion-mode rule on its own (renderer/editor/suggestions/revise.ts): whatever one
 * person types or deletes, the accepted text never changes, and what they meant is exactly what
 * accepting every suggestion gives.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SuggestionMeta } from '../../renderer/editor/nodes/SuggestionNode';
import {
  changedStretch,
  reviseCells,
  strikeCells,
  type Cell,
  type Suggester,
} from '../../renderer/editor/suggestions/revise';

function me(name = 'Rina Editor'): Suggester {
  let n = 0;
  return { name, role: 'editor', at: '2025-09-29T20:00:00+07:00', newId: () => `s${++n}` };
}

const plain = (text: string): Cell[] =>
  [...text].map((t) => ({ t, bold: false, italic: false, href: null, s: null }));

/** The text as published now: everything but proposed words. */
const accepted = (cells: readonly Cell[]): string =>
  cells
    .filter((c) => c.s?.kind !== 'insert')
    .map((c) => c.t)
    .join('');
/** The text if every suggestion were accepted: everything but struck words. */
const proposed = (cells: readonly Cell[]): string =>
  cells
    .filter((c) => c.s?.kind !== 'delete')
    .map((c) => c.t)
    .join('');
/** The cells as marked-up text, e.g. "bahwa [-Beijing][+Pyongyang] ingin". */
const markup = (cells: readonly Cell[]): string => {
  let out = '';
  let open = null as SuggestionMeta | null;
  for (const c of cells) {
    if (c.s?.id !== open?.id || c.s?.kind !== open?.kind) {
      if (open) out += ']';
      if (c.s) out += c.s.kind === 'insert' ? `[+${c.s.id}:` : `[-${c.s.id}:`;
      open = c.s;
    }
    out += c.t;
  }
  return open ? `${out}]` : out;
};

/**
 * The display after typing `text` at `at`, as Lexical does it: typed characters join the node
 * they are typed in, except at the end of struck words, which take no text after them.
 */
function typeAt(cells: readonly Cell[], at: number, text: string): Cell[] {
  const left = cells[at - 1]?.s ?? null;
  const right = cells[at]?.s ?? null;
  const inside =
    left?.kind === 'delete'
      ? right?.id === left.id && right.kind === 'delete'
        ? left
        : null
      : left;
  return [
    ...cells.slice(0, at),
    ...[...text].map((t) => ({ t, bold: false, italic: false, href: null, s: inside })),
    ...cells.slice(at),
  ];
}

/** The display after the browser removes [start, end). */
const removeAt = (cells: readonly Cell[], start: number, end: number): Cell[] => [
  ...cells.slice(0, start),
  ...cells.slice(end),
];

/** One edit as the editor makes it: a selection is struck first, then the text typed after it. */
function editAs(
  cells: readonly Cell[],
  start: number,
  end: number,
  text: string,
  forward: boolean,
  who: Suggester,
): Cell[] {
  let out = [...cells];
  let at = start;
  if (end > start) {
    if (text === '' && end - start === 1) {
      // A single Backspace or Delete: the browser removes it, the rule puts it back struck.
      return reviseCells(out, removeAt(out, start, end), start, forward, who).cells;
    }
    const struck = strikeCells(out, start, end, who);
    out = struck.cells;
    at = struck.end;
  }
  return text ? reviseCells(out, typeAt(out, at, text), at + text.length, false, who).cells : out;
}

describe('changedStretch', () => {
  it('puts a typed letter that repeats the one before it at the caret', () => {
    expect(changedStretch('kaa', 'kaaa', 3)).toEqual({ p: 2, prevEnd: 2, curEnd: 3 });
    expect(changedStretch('kaa', 'kaaa', 4)).toEqual({ p: 3, prevEnd: 3, curEnd: 4 });
  });
});

describe('reviseCells', () => {
  it('typing, then typing on, is one proposal', () => {
    const who = me();
    let cells = plain('bahwa ingin');
    let r = reviseCells(cells, typeAt(cells, 6, 'B'), 7, false, who);
    cells = r.cells;
    r = reviseCells(cells, typeAt(cells, 7, 'eijing '), 14, false, who);
    expect(markup(r.cells)).toBe('bahwa [+s1:Beijing ]ingin');
    expect(r.caret).toBe(14);
  });

  it('a backspace strikes the letter and leaves the caret before it', () => {
    const cells = plain('Beijing');
    const r = reviseCells(cells, removeAt(cells, 6, 7), 6, false, me());
    expect(markup(r.cells)).toBe('Beijin[-s1:g]');
    expect(r.caret).toBe(6);
  });

  it('a forward delete leaves the caret after the struck letter', () => {
    const cells = plain('Beijing');
    const r = reviseCells(cells, removeAt(cells, 0, 1), 0, true, me());
    expect(markup(r.cells)).toBe('[-s1:B]eijing');
    expect(r.caret).toBe(1);
  });

  it('typing over a selection is a replacement: struck words, then the new ones, one id', () => {
    const cells = plain('bahwa Beijing ingin');
    // As the browser does it when the selection is not struck first (an IME replacing a word).
    const typed = [
      ...removeAt(cells, 6, 13).slice(0, 6),
      ...plain('Pyongyang'),
      ...cells.slice(13),
    ];
    const r = reviseCells(cells, typed, 15, false, me());
    expect(markup(r.cells)).toBe('bahwa [-s1:Beijing][+s1:Pyongyang] ingin');
    expect(r.caret).toBe(22);
    expect(markup(editAs(cells, 6, 13, 'Pyongyang', false, me()))).toBe(
      'bahwa [-s1:Beijing][+s1:Pyongyang] ingin',
    );
  });

  it('removing someone else’s proposed words is refused and they stay', () => {
    const who = me();
    const willy = me('Willy Haryono');
    let cells = plain('ab');
    cells = reviseCells(cells, typeAt(cells, 1, 'XY'), 3, false, willy).cells;
    const r = reviseCells(cells, removeAt(cells, 2, 3), 2, false, who);
    expect(r.refused).toBe(true);
    expect(markup(r.cells)).toBe('a[+s1:XY]b');
  });

  it('an edit inside one’s own proposed words changes nothing else (no rewrite needed)', () => {
    const who = me();
    let cells = plain('ab');
    cells = reviseCells(cells, typeAt(cells, 1, 'X'), 2, false, who).cells;
    const r = reviseCells(cells, typeAt(cells, 2, 'Y'), 3, false, who);
    expect(r.changed).toBe(false);
  });

  it('property: one person’s edits never change the accepted text, and accepting all gives what they typed', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 0, maxLength: 30 }),
        fc.array(
          fc.record({
            a: fc.nat(),
            b: fc.nat(),
            text: fc.string({ maxLength: 4 }),
            forward: fc.boolean(),
          }),
          { maxLength: 12 },
        ),
        (start, edits) => {
          const who = me();
          let cells = plain(start);
          // What the person sees without the struck words: their intended text.
          let intended = start;
          for (const e of edits) {
            const len = cells.length;
            const x = e.a % (len + 1);
            const y = x + (e.b % (len - x + 1));
            // What they meant: the words they see outside the struck ones, the edit made there.
            intended = proposed(cells.slice(0, x)) + e.text + proposed(cells.slice(y));
            cells = editAs(cells, x, y, e.text, e.forward, who);
            expect(accepted(cells)).toBe(start);
            expect(proposed(cells)).toBe(intended);
          }
          expect(accepted(cells)).toBe(start);
          expect(proposed(cells)).toBe(intended);
          // Each suggestion is one struck run followed by one proposed run, as the model holds.
          const runs: string[] = [];
          for (let i = 0; i < cells.length; i++) {
            const c = cells[i]!;
            const prev = cells[i - 1];
            if (c.s && (prev?.s?.id !== c.s.id || prev.s.kind !== c.s.kind)) {
              runs.push(`${c.s.id}:${c.s.kind}`);
            }
          }
          const seen = new Map<string, string[]>();
          for (const r of runs) {
            const [id, kind] = r.split(':') as [string, string];
            seen.set(id, [...(seen.get(id) ?? []), kind]);
          }
          for (const kinds of seen.values()) {
            expect(['delete', 'insert', 'delete,insert']).toContain(kinds.join(','));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('strikeCells', () => {
  it('strikes plain words, drops one’s own proposals, keeps others’', () => {
    const who = me();
    let cells = plain('abcd');
    cells = reviseCells(cells, typeAt(cells, 2, 'XY'), 4, false, who).cells;
    const r = strikeCells(cells, 1, 5, who);
    expect(markup(r.cells)).toBe('a[-s2:bc]d');
    expect(r.end).toBe(3);
  });
});

describe('typing inside someone else’s suggestion', () => {
  it('goes after their proposed words, leaving their suggestion whole', () => {
    const willy = me('Willy Haryono');
    // Ids are unique across the article, as the editor gives them.
    const rina = { ...me('Rina Editor'), newId: () => 's2' };
    let cells = plain('bahwa Beijing ingin');
    cells = editAs(cells, 6, 13, 'Pyongyang', false, willy);
    expect(markup(cells)).toBe('bahwa [-s1:Beijing][+s1:Pyongyang] ingin');
    // Rina types "X" in the middle of "Pyongyang" (display offset 6 + 7 + 4).
    const r = reviseCells(cells, typeAt(cells, 17, 'X'), 18, false, rina);
    expect(markup(r.cells)).toBe(
      'bahwa [-s1:Beijing][+s1:Pyongyang][+s1:X] ingin'.replace('[+s1:X]', '[+s2:X]'),
    );
    expect(r.caret).toBe(23);
    // And between his struck and proposed words.
    const b = reviseCells(cells, typeAt(cells, 13, 'Y'), 14, false, rina);
    expect(markup(b.cells)).toBe('bahwa [-s1:Beijing][+s1:Pyongyang][+s2:Y] ingin');
  });
});
