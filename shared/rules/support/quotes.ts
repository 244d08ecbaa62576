/**
 * Finds quotation marks that do not pair up. Curly quotes pair by shape (“ ”, ‘ ’, « »); straight
 * quotes pair by position (an opener follows a space or starts the text). A straight ' between
 * letters is an apostrophe (Jum'at, don't) and a ’ that closes nothing is one too (students’).
 */
export interface QuoteProblem {
  kind: 'mismatched' | 'unclosed' | 'unopened';
  /** Range: the whole quoted span for a mismatched pair, else the stray mark. */
  start: number;
  end: number;
  open?: string;
  close?: string;
  /** The obvious repair: the closing mark as it should be. */
  replace?: { at: number; from: string; to: string };
}

const CLOSER: Readonly<Record<string, string>> = {
  '“': '”',
  '‘': '’',
  '«': '»',
  '"': '"',
  "'": "'",
};
const CURLY_FOR_STRAIGHT: Readonly<Record<string, string>> = { '“': '”', '‘': '’' };
const QUOTE_MARKS = /[“”‘’«»"']/g;
const FEET_INCHES = /\d'\d{1,2}$/;

const isSpaceOrOpen = (ch: string | undefined): boolean =>
  ch === undefined || /[\s([{\u2014\u2013-]/u.test(ch);
const isLetterOrDigit = (ch: string | undefined): boolean =>
  ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

export interface QuoteOptions {
  /**
   * Allow an opener at the very start that never closes: news style continues a quote across
   * paragraphs by opening each one again and closing only the last.
   */
  allowContinuedOpener?: boolean;
}

export function findQuoteProblems(text: string, options: QuoteOptions = {}): QuoteProblem[] {
  const problems: QuoteProblem[] = [];
  const stack: { ch: string; at: number }[] = [];
  for (const m of text.matchAll(QUOTE_MARKS)) {
    const ch = m[0];
    const at = m.index;
    const prev = at > 0 ? text[at - 1] : undefined;
    const next = text[at + 1];
    const top = stack[stack.length - 1];
    switch (ch) {
      case '“':
      case '«':
      case '‘':
        stack.push({ ch, at });
        break;
      case '”':
      case '»': {
        const depth = findOpener(stack, ch);
        if (depth >= 0) {
          closeAt(stack, depth, problems);
        } else if (top?.ch === '"' && ch === '”') {
          stack.pop();
          problems.push({ kind: 'mismatched', start: top.at, end: at + 1, open: '"', close: ch });
        } else {
          problems.push({ kind: 'unopened', start: at, end: at + 1, close: ch });
        }
        break;
      }
      case '’':
        if (top?.ch === '‘') stack.pop();
        // Otherwise an apostrophe: students’, ’90s, Qur’an.
        break;
      case "'":
        if (isLetterOrDigit(prev) && isLetterOrDigit(next)) break; // Jum'at, don't
        if (top && (top.ch === '‘' || top.ch === "'") && prev !== undefined && !/\s/u.test(prev)) {
          stack.pop();
          if (top.ch === '‘') {
            problems.push({
              kind: 'mismatched',
              start: top.at,
              end: at + 1,
              open: '‘',
              close: "'",
              replace: { at, from: "'", to: '’' },
            });
          }
        } else if (isSpaceOrOpen(prev) && next !== undefined && !/\s/u.test(next)) {
          stack.push({ ch, at });
        }
        break;
      case '"':
        // Feet and inches (5'10"): a unit mark, not a quotation mark.
        if (FEET_INCHES.test(text.slice(Math.max(0, at - 6), at))) break;
        if (top?.ch === '"') {
          stack.pop();
        } else if (top && top.ch in CURLY_FOR_STRAIGHT && prev !== undefined && !/\s/u.test(prev)) {
          stack.pop();
          problems.push({
            kind: 'mismatched',
            start: top.at,
            end: at + 1,
            open: top.ch,
            close: '"',
            replace: { at, from: '"', to: CURLY_FOR_STRAIGHT[top.ch]! },
          });
        } else if (isSpaceOrOpen(prev)) {
          stack.push({ ch, at });
        } else {
          problems.push({ kind: 'unopened', start: at, end: at + 1, close: ch });
        }
        break;
    }
  }
  for (const open of stack) {
    // A lone straight ' is too often an elision ('90s, 'kan) to call a quote.
    if (open.ch === "'") continue;
    if (options.allowContinuedOpener && open.at === leadingSpace(text) && open.ch !== '‘') continue;
    problems.push({ kind: 'unclosed', start: open.at, end: open.at + 1, open: open.ch });
  }
  return problems.sort((a, b) => a.start - b.start);
}

function leadingSpace(text: string): number {
  return text.length - text.trimStart().length;
}

function findOpener(stack: { ch: string }[], closer: string): number {
  for (let i = stack.length - 1; i >= 0; i--) if (CLOSER[stack[i]!.ch] === closer) return i;
  return -1;
}

/** Closes the opener at `depth`; anything opened inside it and never closed is reported. */
function closeAt(
  stack: { ch: string; at: number }[],
  depth: number,
  problems: QuoteProblem[],
): void {
  for (let i = stack.length - 1; i > depth; i--) {
    const inner = stack[i]!;
    if (inner.ch !== "'") {
      problems.push({ kind: 'unclosed', start: inner.at, end: inner.at + 1, open: inner.ch });
    }
  }
  stack.length = depth;
}
