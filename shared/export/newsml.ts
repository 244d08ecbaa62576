/**
 * NewsML-G2 2.35 news item (IPTC): item metadata (class, provider, versions, status), content
 * metadata (creators and contributors with role QCodes, located, dateline, language, headline,
 * by) and the body as inline XHTML. Valid against the 2.35 All-Power XSD (tests/conformance/
 * newsml.test.ts checks it with xmllint).
 */
import type { Article } from '../model/article';
import { renderBodyHtml } from './body';
import { escapeAttr, escapeText } from './html/escape';
import { bylineText, datelineText, draftNote } from './agency/byline';
import { agencyDateTime, versionCreated } from './agency/dates';
import { EXTRA_KEYS, GENERATOR, itemUri, itemVersion } from './agency/ids';
import { CPPROLE, IPTC_CATALOG_HREF, OWN_ROLE_SCHEME, newsmlRoleQcode } from './agency/vocabulary';
import { isBuiltinProfile } from '../profiles';
import type { ExportOptions, Exporter } from './types';

export const NAR_NS = 'http://iptc.org/std/nar/2006-10-01/';
export const XHTML_NS = 'http://www.w3.org/1999/xhtml';

/** `<tag attrs>text</tag>` with escaping, at an indent. */
function el(indent: string, tag: string, text: string, attrs: Record<string, string> = {}): string {
  const a = Object.entries(attrs)
    .map(([k, v]) => ` ${k}="${escapeAttr(v)}"`)
    .join('');
  return `${indent}<${tag}${a}>${escapeText(text)}</${tag}>`;
}

/** A creator or contributor: role QCode, `<name>`, and what they did as a `<note>`. */
function party(indent: string, tag: string, name: string, role: string, note?: string): string {
  const lines = [`${indent}<${tag} role="${escapeAttr(role)}">`, el(`${indent}  `, 'name', name)];
  if (note) lines.push(el(`${indent}  `, 'note', note));
  lines.push(`${indent}</${tag}>`);
  return lines.join('\n');
}

/** xml:lang must be a BCP 47 tag; anything else is left out rather than made invalid. */
const isLanguageTag = (tag: string): boolean => /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/.test(tag);

export function exportNewsml(article: Article, options: ExportOptions): string {
  const { profile } = options;
  const lang = isLanguageTag(article.language) ? article.language : undefined;
  const published = agencyDateTime(article.byline.published);
  // The outlet when the article names one; an outlet's own profile is named for the outlet, the
  // built-in language profiles are not, so then the item says which tool provided it.
  const provider =
    article.metadata.outlet ?? (isBuiltinProfile(profile.id) ? GENERATOR : profile.name);
  const generator = options.generator ?? GENERATOR;
  const ownRoles = [...article.credits.map((c) => newsmlRoleQcode(c.role))].some((q) =>
    q.startsWith(`${OWN_ROLE_SCHEME.alias}:`),
  );

  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  out.push(
    `<newsItem xmlns="${NAR_NS}" guid="${escapeAttr(itemUri(article, EXTRA_KEYS.newsmlGuid, EXTRA_KEYS.ninjsUri))}"` +
      ` version="${itemVersion(article, EXTRA_KEYS.newsmlVersion)}" standard="NewsML-G2"` +
      ` standardversion="2.35" conformance="power"${lang ? ` xml:lang="${lang}"` : ''}>`,
  );
  out.push(`  <catalogRef href="${IPTC_CATALOG_HREF}"/>`);
  if (ownRoles) {
    out.push('  <catalog>');
    out.push(`    <scheme alias="${OWN_ROLE_SCHEME.alias}" uri="${OWN_ROLE_SCHEME.uri}">`);
    out.push(el('      ', 'name', OWN_ROLE_SCHEME.name));
    out.push('    </scheme>');
    out.push('  </catalog>');
  }

  out.push('  <itemMeta>');
  out.push('    <itemClass qcode="ninat:text"/>');
  out.push(`    <provider literal="${escapeAttr(provider)}">`);
  out.push(el('      ', 'name', provider));
  out.push('    </provider>');
  out.push(
    el('    ', 'versionCreated', versionCreated(options.now ?? new Date(), profile.timeZone)),
  );
  if (published) out.push(el('    ', 'firstCreated', published));
  out.push(`    <pubStatus qcode="stat:${options.draft ? 'withheld' : 'usable'}"/>`);
  out.push(el('    ', 'generator', generator));
  if (options.draft) out.push(el('    ', 'edNote', draftNote(article.language)));
  out.push('  </itemMeta>');

  out.push('  <contentMeta>');
  if (published) out.push(el('    ', 'contentCreated', published));
  const d = article.dateline;
  if (d) {
    out.push('    <located>');
    out.push(el('      ', 'name', d.place));
    out.push('    </located>');
    if (d.source) {
      out.push(`    <infoSource role="${CPPROLE}:origcont">`);
      out.push(el('      ', 'name', d.source));
      out.push('    </infoSource>');
    }
  }
  for (const a of article.byline.authors)
    out.push(party('    ', 'creator', a.name, `${CPPROLE}:author`));
  for (const c of article.credits) {
    out.push(party('    ', 'contributor', c.name, newsmlRoleQcode(c.role), c.note));
  }
  if (lang) out.push(`    <language tag="${lang}"/>`);
  if (article.metadata.section) {
    out.push(`    <genre literal="${escapeAttr(article.metadata.section)}">`);
    out.push(el('      ', 'name', article.metadata.section));
    out.push('    </genre>');
  }
  for (const tag of article.metadata.tags) out.push(el('    ', 'keyword', tag));
  if (article.slug) out.push(el('    ', 'slugline', article.slug));
  out.push(el('    ', 'headline', article.headline));
  const dateline = datelineText(article);
  if (dateline) out.push(el('    ', 'dateline', dateline));
  const by = bylineText(article, profile);
  if (by) out.push(el('    ', 'by', by));
  if (article.subheadline) {
    out.push(el('    ', 'description', article.subheadline, { role: 'drol:summary' }));
  }
  out.push('  </contentMeta>');

  out.push('  <contentSet>');
  out.push('    <inlineXML contenttype="application/xhtml+xml">');
  out.push(`      <html xmlns="${XHTML_NS}"${lang ? ` xml:lang="${lang}"` : ''}>`);
  out.push(`        <head>`);
  out.push(el('          ', 'title', article.headline));
  out.push(`        </head>`);
  out.push('        <body>');
  const body = renderBodyHtml(article.blocks, {
    dateline: article.dateline,
    indent: '          ',
  });
  if (body) out.push(body);
  out.push('        </body>');
  out.push('      </html>');
  out.push('    </inlineXML>');
  out.push('  </contentSet>');
  out.push('</newsItem>');
  return `${out.join('\n')}\n`;
}

export const newsmlExporter: Exporter = {
  id: 'newsml',
  label: 'NewsML-G2 2.35 (IPTC news item)',
  mediaType: 'application/vnd.iptc.g2.newsitem+xml',
  extension: '.newsml.xml',
  export: exportNewsml,
};
