import type { Article, Block, Byline, Credit } from '../../model/article';
import { BlockIds } from '../../model/create';
import { dedupeCredits, type Collected, type Out } from './collected';
import { joinInline } from './inline';
import { looksLikeInitials } from './names';

/** Lines of one source paragraph that all stayed copy go back together, line breaks kept. */
export function rejoin(out: Out[]): Out[] {
  const merged: Out[] = [];
  for (const o of out) {
    const prev = merged[merged.length - 1];
    if (o.kind === 'para' && prev?.kind === 'para' && prev.origin === o.origin) {
      prev.inline = joinInline([prev.inline, o.inline], '\n');
    } else merged.push(o.kind === 'para' ? { ...o } : o);
  }
  return merged;
}

/**
 * The article from what the pass collected: fresh block ids in reading order, byline and
 * credits merged with what the importer already knew, report items in source order.
 */
export function assemble(article: Article, headline: string, out: Out[], got: Collected): Article {
  const ids = new BlockIds();
  const blocks: Block[] = out
    .filter((o) => o.kind !== 'para' || o.inline.text !== '')
    .map((o): Block => {
      if (o.kind === 'para') {
        return { id: ids.take(), type: 'paragraph', text: o.inline.text, marks: o.inline.marks };
      }
      if (o.kind === 'new') return { id: ids.take(), ...o.block } as Block;
      const { id: _old, ...rest } = o.block;
      return { id: ids.take(), ...rest } as Block;
    });
  const warned = article.importReport.items.some((i) => i.reason === 'no-body');
  if (!warned && !blocks.some((b) => b.type !== 'figure' && b.type !== 'related')) {
    got.report('no-body', '', 'warning', undefined, 'No body copy was found.');
  }

  const authors = [...article.byline.authors.map((a) => a.name)];
  for (const n of got.authors) if (!authors.includes(n)) authors.push(n);
  if (authors.length === 0) {
    // Antara-style copy names its writer only at the end ("Pewarta: …"): that is the byline.
    // Initials ("jm/sst") are credits, not names to print in a byline.
    for (const c of got.credits) {
      if (c.role === 'writer' && !looksLikeInitials(c.name) && !authors.includes(c.name)) {
        authors.push(c.name);
      }
    }
  }
  const byline: Byline = {
    authors: authors.map((name) => ({ name })),
    published: article.byline.published ?? got.published,
  };
  const raw = article.byline.raw ?? (got.bylinePlain ? undefined : got.bylineRaw.join('\n'));
  if (raw) byline.raw = raw;

  // The byline's authors are the story's writers; a newsroom expects them among the credits.
  const credits = dedupeCredits([
    ...article.credits,
    ...authors.map((name): Credit => ({ name, role: 'writer' })),
    ...got.credits,
  ]);

  const metadata = { ...article.metadata };
  if (got.outlet && !metadata.outlet) metadata.outlet = got.outlet;
  if (got.section && !metadata.section) metadata.section = got.section;
  if (got.tags.length) {
    metadata.tags = [...metadata.tags, ...got.tags.filter((t) => !metadata.tags.includes(t))];
  }

  return {
    ...article,
    headline,
    subheadline: article.subheadline ?? got.subheadline,
    byline,
    dateline: article.dateline ?? got.dateline,
    blocks,
    credits,
    metadata,
    importReport: {
      ...article.importReport,
      items: [...article.importReport.items, ...got.itemsInOrder()],
    },
  };
}
