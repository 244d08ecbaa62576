/**
 * `text`: wire-style plain text, the form agencies and many print desks still exchange —
 * headline, byline, a dateline lede ("BEIJING: …", "JAKARTA (ANTARA) - …"), the body, related
 * lines, and credit lines ("Penulis: …", "Editor: …") in the article's language. No markup:
 * links keep their text, figures become a bracketed caption line.
 */
import type { Article, Block } from '../model/article';
import { cleanText } from './html/escape';
import { relatedLabelText } from './body';
import {
  authorNames,
  creditGroups,
  creditText,
  datelineLead,
  joinNames,
  publishedTime,
  words,
} from './labels';
import type { ExportOptions, Exporter } from './types';

const PHOTO = { id: 'Foto', en: 'Photo' } as const;

const flat = (s: string) => cleanText(s).trim();

function blockText(block: Block, language: string): string | null {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return flat(block.text) || null;
    case 'quote': {
      const text = flat(block.text);
      if (!text) return null;
      const by = block.attribution?.trim();
      return by ? `${text}\n— ${flat(by)}` : text;
    }
    case 'list': {
      const items = block.items.map((i) => flat(i.text)).filter(Boolean);
      if (items.length === 0) return null;
      return items.map((t, i) => `${block.ordered ? `${i + 1}.` : '-'} ${t}`).join('\n');
    }
    case 'figure': {
      const caption = flat(block.caption);
      const credit = block.credit ? flat(block.credit) : '';
      if (!caption && !credit) return null;
      const label = PHOTO[language.startsWith('id') ? 'id' : 'en'];
      return `[${label}: ${[caption, credit ? `(${credit})` : ''].filter(Boolean).join(' ')}]`;
    }
    case 'related': {
      const title = flat(block.title);
      if (!title) return null;
      const label = relatedLabelText(block.label) || words(language).related;
      const url = block.url?.trim() ? ` (${flat(block.url)})` : '';
      return `${flat(label)}: ${title}${url}`;
    }
  }
}

export function renderPlainText(article: Article, options: ExportOptions): string {
  const lang = article.language;
  const out: string[] = [];
  if (options.draft) out.push(`${words(lang).draft} — ${words(lang).draftNote}`);
  const head = [flat(article.headline)];
  if (article.subheadline?.trim()) head.push(flat(article.subheadline));
  out.push(head.filter(Boolean).join('\n'));

  const names = authorNames(article).map(flat);
  const time = publishedTime(article);
  const byline = [
    names.length > 0
      ? `${words(lang).by} ${joinNames(names, lang)}`
      : article.byline.raw
        ? flat(article.byline.raw)
        : '',
    time?.display ?? '',
  ].filter(Boolean);
  if (byline.length > 0) out.push(byline.join(' · '));

  const lead =
    article.dateline && article.dateline.place.trim()
      ? flat(datelineLead(article.dateline, { upper: true }))
      : '';
  let leadUsed = !lead;
  const bodyStart = out.length;
  for (const block of article.blocks) {
    let text = blockText(block, lang);
    if (text === null) continue;
    if (!leadUsed && block.type === 'paragraph' && text) {
      text = `${lead} ${text}`;
      leadUsed = true;
    }
    out.push(text);
  }
  // No paragraph to open: the dateline stands alone where the body begins.
  if (!leadUsed) out.splice(bodyStart, 0, lead);

  const credits = creditGroups(article, options.profile).map(
    (g) => `${g.label}: ${g.credits.map((c) => flat(creditText(c))).join(', ')}`,
  );
  if (credits.length > 0) out.push(credits.join('\n'));
  return `${out.filter(Boolean).join('\n\n')}\n`;
}

export const textExporter: Exporter = {
  id: 'text',
  label: 'Plain text (wire style)',
  mediaType: 'text/plain',
  extension: '.txt',
  export: renderPlainText,
};
