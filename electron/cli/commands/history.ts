import { importDraft } from '../../../shared/import';
import {
  anchorState,
  contentAt,
  describeSlot,
  diffArticles,
  getReview,
  isReviewError,
  isStale,
  renderDiff,
  type Person,
} from '../../../shared/review';
import { readInput, UsageError } from '../io';
import type { Command } from '../main';
import { parseFormat, terminalSafe } from './credits';

const who = (p: Person) => (p.role ? `${p.name} (${p.role})` : p.name);

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

export const runReview: Command = {
  name: 'review',
  summary: 'Show open suggestions and comments of an article',
  usage: [
    'Usage: newsroom review <file> [--all] [--format text|json]',
    '',
    '  Lists what still needs a decision: open suggestions (who proposed what, where) and',
    '  unresolved comment threads. --all includes decided suggestions and resolved comments.',
  ].join('\n'),
  options: { format: { type: 'string', short: 'f' }, all: { type: 'boolean' } },
  async run({ values, positionals }, io) {
    const format = parseFormat(values.format, ['text', 'json']);
    if (positionals.length !== 1)
      throw new UsageError('expected one file. Usage: newsroom review <file>');
    const file = positionals[0] ?? '';
    const article = await importDraft(await readInput(file));
    const review = getReview(article);
    const all = values.all === true;
    const suggestions = review.suggestions.filter((s) => all || s.state === 'open');
    const comments = review.comments.filter((c) => all || !c.resolved);
    if (format === 'json') {
      io.stdout(`${JSON.stringify({ status: review.status, suggestions, comments }, null, 2)}\n`);
      return 0;
    }
    const lines = [`${file}: ${review.status}`];
    lines.push(suggestions.length ? 'Suggestions:' : 'No open suggestions.');
    for (const s of suggestions) {
      const where = describeSlot(s);
      const what =
        s.kind === 'insert'
          ? `insert "${s.text}"`
          : s.kind === 'delete'
            ? `delete "${s.removed ?? ''}"`
            : `replace "${s.removed ?? ''}" with "${s.text}"`;
      const state =
        s.state === 'open'
          ? isStale(article, s)
            ? 'open, text changed since'
            : 'open'
          : `${s.state} by ${s.decidedBy?.name ?? '?'}`;
      lines.push(`  ${s.id}  ${where}  ${what} — ${who(s.by)}, ${s.at} [${state}]`);
    }
    lines.push(comments.length ? 'Comments:' : 'No open comments.');
    for (const c of comments) {
      const where = describeSlot(c.anchor);
      const quote = c.anchor.quote ? ` on "${c.anchor.quote}"` : '';
      const detached = anchorState(article, c) === 'detached' ? ' (its text was deleted)' : '';
      lines.push(`  ${c.id}  ${where}${quote}${detached}${c.resolved ? ' [resolved]' : ''}`);
      lines.push(`      ${who(c.by)}, ${c.at}: ${c.body}`);
      for (const r of c.replies) lines.push(`      ${who(r.by)}, ${r.at}: ${r.body}`);
    }
    io.stdout(terminalSafe(`${lines.join('\n')}\n`));
    return 0;
  },
};
