/**
 * The credits ledger: who wrote, edited, photographed or contributed to an article, derived from
 * what the article records. The byline names the writers; credits name their people as given;
 * the review data adds those whose work is in the text: authors of accepted suggestions, those
 * who accepted changes or approved the piece (credited as editors), and people who saved
 * revisions that changed the content.
 */
import type { Article, Credit } from '../model/article';
import type { Person } from './schema';
import { revisionChanges } from './revisions';
import { getReview } from './state';

export type LedgerSource =
  | 'byline'
  | 'credits'
  | 'figure'
  | 'accepted-suggestions'
  | 'accepted-changes'
  | 'approval'
  | 'revisions';

export interface LedgerRole {
  role: string;
  sources: LedgerSource[];
  /** Notes from the credits ("additional reporting from Surabaya"). */
  notes: string[];
  /** How many recorded actions of each kind back the role (suggestions accepted, saves, …). */
  counts: Partial<Record<LedgerSource, number>>;
}

export interface LedgerEntry {
  name: string;
  roles: LedgerRole[];
}

/** Roles people type in settings, in either language, to the credit roles the model knows. */
const ROLE_WORDS: Record<string, string> = {
  writer: 'writer',
  reporter: 'writer',
  journalist: 'writer',
  author: 'writer',
  penulis: 'writer',
  wartawan: 'writer',
  jurnalis: 'writer',
  pewarta: 'writer',
  editor: 'editor',
  'sub-editor': 'editor',
  subeditor: 'editor',
  'copy editor': 'editor',
  redaktur: 'editor',
  penyunting: 'editor',
  photographer: 'photographer',
  fotografer: 'photographer',
  'pewarta foto': 'photographer',
  contributor: 'contributor',
  kontributor: 'contributor',
  translator: 'translator',
  penerjemah: 'translator',
};

/** The credit role a settings role stands for, or `fallback` when it names none. */
export function creditRoleFor(role: string, fallback: string): string {
  const key = role.trim().toLowerCase().replace(/\s+/g, ' ');
  return ROLE_WORDS[key] ?? fallback;
}

const ROLE_ORDER = ['writer', 'editor', 'photographer', 'contributor', 'translator', 'source'];

function displayName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ');
}

class Ledger {
  private readonly people = new Map<string, LedgerEntry>();

  add(name: string, role: string, source: LedgerSource, note?: string): void {
    const clean = displayName(name);
    if (!clean) return;
    const key = clean.toLowerCase();
    let entry = this.people.get(key);
    if (!entry) {
      entry = { name: clean, roles: [] };
      this.people.set(key, entry);
    }
    const r = role.trim().toLowerCase();
    let slot = entry.roles.find((x) => x.role === r);
    if (!slot) {
      slot = { role: r, sources: [], notes: [], counts: {} };
      entry.roles.push(slot);
    }
    if (!slot.sources.includes(source)) slot.sources.push(source);
    if (note && !slot.notes.includes(note)) slot.notes.push(note);
    slot.counts[source] = (slot.counts[source] ?? 0) + 1;
  }

  entries(): LedgerEntry[] {
    const rank = (role: string) => {
      const i = ROLE_ORDER.indexOf(role);
      return i < 0 ? ROLE_ORDER.length : i;
    };
    const out = [...this.people.values()].map((e) => ({
      ...e,
      roles: [...e.roles].sort(
        (a, b) => rank(a.role) - rank(b.role) || a.role.localeCompare(b.role),
      ),
    }));
    // Writers first, then editors, …; within a role in the order the article names them.
    return out
      .map((e, i) => ({ e, i }))
      .sort((a, b) => rank(a.e.roles[0]?.role ?? '') - rank(b.e.roles[0]?.role ?? '') || a.i - b.i)
      .map(({ e }) => e);
  }
}

/** "ANTARA FOTO/Budi Santoso" → "Budi Santoso": the person in an agency photo credit. */
export function photographerIn(credit: string): string {
  const afterSlash = credit.includes('/') ? credit.slice(credit.lastIndexOf('/') + 1) : credit;
  return afterSlash.replace(/^\s*(foto|photo|dok\.?|file)\s*:\s*/i, '').trim();
}

const personRole = (p: Person, fallback: string) => creditRoleFor(p.role, fallback);

/** The ledger for one article, people in credit order (writers, editors, photographers, …). */
export function creditsLedger(article: Article): LedgerEntry[] {
  const ledger = new Ledger();
  for (const a of article.byline.authors) ledger.add(a.name, 'writer', 'byline');
  for (const c of article.credits) ledger.add(c.name, c.role, 'credits', c.note);
  for (const b of article.blocks) {
    if (b.type === 'figure' && b.credit) {
      const name = photographerIn(b.credit);
      // A credit that is only an agency ("ANTARA") names no person.
      if (name && name !== b.credit.trim()) ledger.add(name, 'photographer', 'figure');
    }
  }
  const review = getReview(article);
  for (const s of review.suggestions) {
    if (s.state !== 'accepted') continue;
    // Whoever's words went in edited the text, unless their role says otherwise (a writer
    // suggesting on their own piece is still its writer).
    ledger.add(s.by.name, personRole(s.by, 'editor'), 'accepted-suggestions');
    if (s.decidedBy)
      ledger.add(s.decidedBy.name, personRole(s.decidedBy, 'editor'), 'accepted-changes');
  }
  for (const h of review.statusHistory) {
    if (h.status === 'approved') ledger.add(h.by.name, personRole(h.by, 'editor'), 'approval');
  }
  const changed = revisionChanges(review.revisions);
  review.revisions.forEach((r, i) => {
    if (changed[i]) ledger.add(r.by.name, personRole(r.by, 'contributor'), 'revisions');
  });
  return ledger.entries();
}

/** Ledger sources that are review work done on the text (not merely saving it). */
const REVIEW_WORK: readonly LedgerSource[] = [
  'accepted-suggestions',
  'accepted-changes',
  'approval',
];

/**
 * The article with the people whose review work is in it (their accepted words, the changes
 * they accepted, their approval) added to its credits, once each, in the credit role their
 * settings role stands for: what exports publish. People the byline or credits already name
 * keep their own credit; nothing is added to an article without review data.
 */
export function withReviewCredits(article: Article): Article {
  if (!article.review) return article;
  const key = (name: string) => displayName(name).toLowerCase();
  const named = new Set([
    ...article.credits.map((c) => key(c.name)),
    ...article.byline.authors.map((a) => key(a.name)),
  ]);
  const added: Credit[] = [];
  for (const e of creditsLedger(article)) {
    if (named.has(key(e.name))) continue;
    const role = e.roles.find((r) => r.sources.some((src) => REVIEW_WORK.includes(src)));
    if (role) added.push({ name: e.name, role: role.role });
  }
  return added.length > 0 ? { ...article, credits: [...article.credits, ...added] } : article;
}

/** A role's sources as words: "credits, accepted changes ×2, approval". */
export function describeSources(role: LedgerRole): string {
  return role.sources
    .map((src) => {
      const n = role.counts[src] ?? 0;
      return `${src.replace('-', ' ')}${n > 1 ? ` ×${n}` : ''}`;
    })
    .join(', ');
}

/** The ledger as lines: "Kelvin Yurcel — editor (credits, accepted changes ×2, approval)". */
export function renderLedger(entries: readonly LedgerEntry[]): string {
  return entries
    .map((e) => {
      const roles = e.roles.map((r) => {
        const notes = r.notes.length ? `; ${r.notes.join('; ')}` : '';
        return `${r.role} (${describeSources(r)}${notes})`;
      });
      return `${e.name} — ${roles.join(', ')}\n`;
    })
    .join('');
}

export interface PersonTotal {
  name: string;
  /** Each role with the number of articles that credit the person in it. */
  roles: { role: string; articles: number }[];
}

/** Totals over many articles' ledgers (a folder, a week): who did what, in how many pieces. */
export function ledgerTotals(ledgers: readonly (readonly LedgerEntry[])[]): PersonTotal[] {
  const people = new Map<string, { name: string; roles: Map<string, number>; order: number }>();
  for (const ledger of ledgers) {
    for (const e of ledger) {
      const key = e.name.toLowerCase();
      let p = people.get(key);
      if (!p) {
        p = { name: e.name, roles: new Map(), order: people.size };
        people.set(key, p);
      }
      for (const r of e.roles) p.roles.set(r.role, (p.roles.get(r.role) ?? 0) + 1);
    }
  }
  const total = (p: { roles: Map<string, number> }) =>
    [...p.roles.values()].reduce((a, b) => a + b, 0);
  return [...people.values()]
    .sort((a, b) => total(b) - total(a) || a.order - b.order)
    .map((p) => ({
      name: p.name,
      roles: [...p.roles].map(([role, articles]) => ({ role, articles })),
    }));
}
