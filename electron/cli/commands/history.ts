import { importDraft } from '../../../shared/import';
import {
  contentAt,
  diffArticles,
  getReview,
  isReviewError,
  renderDiff,
  type Person,
} from '../../../shared/review';
import { readInput, UsageError } from '../io';
import type { Command } from '../main';
import { parseFormat, terminalSafe } from './credits';

export const who = (p: Person) => (p.role ? `${p.name} (${p.role})` : p.name);

export const runHistory: Command = {
  name: 'history',
  summary: "List an article's saved revisions and status changes",
  usage: [
    'Usage: newsroom history <file> [--format text|json]',
    '',
    '  Every save of a Newsroom Desk article records a revision: its number, who saved it,',
    '  when, and what changed. Compare two with `newsroom diff <file> <a> [<b>]`.',
  ].join('\n'),
  options: { format: { type: 'string', short: 'f' } },
  async run({ values, positionals }, io) {
    const format = parseFormat(values.format, ['text', 'json']);
    if (positionals.length !== 1)
      throw new UsageError('expected one file. Usage: newsroom history <file>');
    const file = positionals[0] ?? '';
    const review = getReview(await importDraft(await readInput(file)));
    if (format === 'json') {
      const revisions = review.revisions.map(({ snapshot: _snapshot, ...r }) => r);
      io.stdout(
        `${JSON.stringify({ status: review.status, statusHistory: review.statusHistory, revisions }, null, 2)}\n`,
      );
      return 0;
    }
    const lines = [`${file}: ${review.status}`];
    for (const s of review.statusHistory) {
      lines.push(`  ${s.at}  ${s.status.padEnd(9)}  ${who(s.by)}${s.note ? ` — ${s.note}` : ''}`);
    }
    if (review.revisions.length === 0) lines.push('No revisions recorded.');
    else lines.push('Revisions:');
    for (const r of review.revisions) {
      lines.push(`  ${String(r.n).padStart(3)}  ${r.at}  ${who(r.by)}  ${r.summary}`);
    }
    io.stdout(terminalSafe(`${lines.join('\n')}\n`));
    return 0;
  },
};

function parseRevision(value: string | undefined): number | 'current' {
  if (value === undefined || value === 'current') return 'current';
  if (/^\d+$/.test(value) && Number(value) > 0) return Number(value);
  throw new UsageError(
    `"${value}" is not a revision: give its number (see \`newsroom history\`) or "current".`,
  );
}

export const runDiff: Command = {
  name: 'diff',
  summary: 'Compare two revisions of an article, by block and by word',
  usage: [
    'Usage: newsroom diff <file> <revision> [<revision>|current] [--format text|json]',
    '',
    '  Revisions are numbers from `newsroom history`; the second defaults to the current text.',
    '  Text output marks [-removed-] and {+added+} words; lines start with ~ (changed),',
    '  + (added), - (removed) or > (moved block).',
  ].join('\n'),
  options: { format: { type: 'string', short: 'f' } },
  async run({ values, positionals }, io) {
    const format = parseFormat(values.format, ['text', 'json']);
    if (positionals.length < 2 || positionals.length > 3) {
      throw new UsageError(
        'expected a file and one or two revisions. Usage: newsroom diff <file> <a> [<b>]',
      );
    }
    const [file = '', a, b] = positionals;
    const article = await importDraft(await readInput(file));
    try {
      const diff = diffArticles(
        contentAt(article, parseRevision(a)),
        contentAt(article, parseRevision(b)),
      );
      io.stdout(
        format === 'json' ? `${JSON.stringify(diff, null, 2)}\n` : terminalSafe(renderDiff(diff)),
      );
    } catch (e) {
      if (isReviewError(e)) throw new UsageError(`${file}: ${e.message}`);
      throw e;
    }
    return 0;
  },
};
