import { importDraft } from '../../../shared/import';
import { serializeNativeArticle } from '../../../shared/import/native';
import type { Article } from '../../../shared/model/article';
import { loadProfileOption } from '../profile';
import {
  acceptSuggestion,
  addComment,
  anchorState,
  contentOf,
  describeSlot,
  getReview,
  isReviewError,
  isStale,
  openSuggestions,
  recordRevision,
  rejectSuggestion,
  resolveComment,
  REVIEW_STATUSES,
  setStatus,
  type Actor,
  type ReviewStatus,
} from '../../../shared/review';
import { writeFileAtomic } from '../../services/atomic';
import { readInput, UsageError } from '../io';
import type { Command } from '../main';
import { profileForArticle } from './check';
import { parseFormat, terminalSafe } from './credits';
import { who } from './history';

function list(file: string, article: Article, all: boolean): string {
  const review = getReview(article);
  const suggestions = review.suggestions.filter((s) => all || s.state === 'open');
  const comments = review.comments.filter((c) => all || !c.resolved);
  const lines = [`${file}: ${review.status}`];
  lines.push(suggestions.length ? 'Suggestions:' : 'No open suggestions.');
  for (const s of suggestions) {
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
    lines.push(`  ${s.id}  ${describeSlot(s)}  ${what} — ${who(s.by)}, ${s.at} [${state}]`);
  }
  lines.push(comments.length ? 'Comments:' : 'No open comments.');
  for (const c of comments) {
    const quote = c.anchor.quote ? ` on "${c.anchor.quote}"` : '';
    const detached = anchorState(article, c) === 'detached' ? ' (its text was deleted)' : '';
    lines.push(
      `  ${c.id}  ${describeSlot(c.anchor)}${quote}${detached}${c.resolved ? ' [resolved]' : ''}`,
    );
    lines.push(`      ${who(c.by)}, ${c.at}: ${c.body}`);
    for (const r of c.replies) lines.push(`      ${who(r.by)}, ${r.at}: ${r.body}`);
  }
  return terminalSafe(`${lines.join('\n')}\n`);
}

const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

/** Suggestion ids named by --accept/--reject, "all" standing for every open one. */
function idsFor(article: Article, named: string[]): string[] {
  const open = openSuggestions(article).map((s) => s.id);
  return [...new Set(named.flatMap((n) => (n === 'all' ? open : n.split(','))))];
}

export const runReview: Command = {
  name: 'review',
  summary: 'Show, accept or reject suggestions, comment, and move an article through review',
  usage: [
    'Usage: newsroom review <file> [--all] [--format text|json]',
    '       newsroom review <file.newsroom.json> --as <name> [--role <role>] [actions…]',
    '',
    '  Without actions, lists what still needs a decision: open suggestions and unresolved',
    '  comments (--all: decided and resolved ones too).',
    '',
    '  Actions (recorded with your name and the time; all or nothing):',
    '  --accept <id|all>    accept suggestions (repeat, or give ids separated by commas)',
    '  --reject <id|all>    reject suggestions',
    '  --resolve <id>       resolve a comment thread',
    '  --comment <text>     add a comment on the block given with --on (e.g. --on b3)',
    '  --status <status>    draft, in-review, approved or exported; approval is refused while',
    '                       the checks show errors or suggestions are open',
    '  --profile <name|path> profile approval checks against (default: by the article)',
    '',
    '  Accepted changes are saved as a new revision. The file is written atomically.',
    'Exit status: 0 done, 1 an action was refused (nothing written), 2 unusable input.',
  ].join('\n'),
  options: {
    format: { type: 'string', short: 'f' },
    all: { type: 'boolean' },
    as: { type: 'string' },
    role: { type: 'string' },
    accept: { type: 'string', multiple: true },
    reject: { type: 'string', multiple: true },
    resolve: { type: 'string', multiple: true },
    comment: { type: 'string' },
    on: { type: 'string' },
    status: { type: 'string' },
    profile: { type: 'string', short: 'p' },
  },
  async run({ values, positionals }, io) {
    const format = parseFormat(values.format, ['text', 'json']);
    if (positionals.length !== 1) {
      throw new UsageError('expected one file. Usage: newsroom review <file>');
    }
    const file = positionals[0] ?? '';
    const article = await importDraft(await readInput(file));
    const accept = strings(values.accept);
    const reject = strings(values.reject);
    const resolve = strings(values.resolve);
    const comment = typeof values.comment === 'string' ? values.comment : undefined;
    const status = typeof values.status === 'string' ? values.status : undefined;
    const acting = accept.length + reject.length + resolve.length > 0 || comment || status;

    if (!acting) {
      const all = values.all === true;
      if (format === 'json') {
        const review = getReview(article);
        io.stdout(
          `${JSON.stringify(
            {
              status: review.status,
              suggestions: review.suggestions.filter((s) => all || s.state === 'open'),
              comments: review.comments.filter((c) => all || !c.resolved),
            },
            null,
            2,
          )}\n`,
        );
      } else {
        io.stdout(list(file, article, all));
      }
      return 0;
    }

    if (!file.endsWith('.newsroom.json')) {
      throw new UsageError(
        `${file} is not a Newsroom Desk article; review data is kept only in .newsroom.json files (newsroom import ${file} --out <name>.newsroom.json).`,
      );
    }
    if (typeof values.as !== 'string' || values.as.trim() === '') {
      throw new UsageError('say who you are: --as "<your name>" (and --role, e.g. editor).');
    }
    if (status !== undefined && !(REVIEW_STATUSES as readonly string[]).includes(status)) {
      throw new UsageError(`--status must be one of ${REVIEW_STATUSES.join(', ')}.`);
    }
    if (comment !== undefined && typeof values.on !== 'string') {
      throw new UsageError('--comment needs --on <block id> (see the ids in `newsroom review`).');
    }
    const actor: Actor = {
      by: {
        name: values.as.trim(),
        role: typeof values.role === 'string' ? values.role.trim() : '',
      },
      at: new Date().toISOString(),
    };
    let next = article;
    try {
      const accepted = idsFor(next, accept);
      for (const id of accepted) next = acceptSuggestion(next, id, actor);
      for (const id of idsFor(next, reject)) next = rejectSuggestion(next, id, actor);
      for (const id of resolve) next = resolveComment(next, id, actor);
      if (comment !== undefined) {
        next = addComment(
          next,
          { anchor: { blockId: String(values.on) }, body: comment },
          actor,
        ).article;
      }
      if (JSON.stringify(contentOf(next)) !== JSON.stringify(contentOf(article))) {
        next = recordRevision(next, actor, { summary: `Accepted ${accepted.join(', ')}` });
      }
      if (status !== undefined) {
        const named = await loadProfileOption(values.profile);
        next = setStatus(next, status as ReviewStatus, actor, {
          profile: named ?? profileForArticle(next),
        });
      }
    } catch (e) {
      if (!isReviewError(e)) throw e;
      io.stderr(`newsroom review: ${e.message} Nothing was written.\n`);
      return 1;
    }
    await writeFileAtomic(file, serializeNativeArticle(next));
    io.stdout(
      format === 'json' ? `${JSON.stringify(getReview(next), null, 2)}\n` : list(file, next, false),
    );
    return 0;
  },
};
