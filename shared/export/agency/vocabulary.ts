/**
 * How our credit roles are written in each agency format, and read back. ninjs has no controlled
 * vocabulary for `people[].rel`, so it carries our role words as they are ("writer", "editor",
 * "photographer"), with "author" for the byline. NewsML-G2 uses the IPTC Content Production Party
 * Role NewsCodes (`cpprole:`) where a code exists, and a scheme of our own, declared in the item's
 * catalog, for roles IPTC has no code for (photographer, translator, …).
 */

/** ninjs `people[].rel` for a byline author. */
export const NINJS_AUTHOR_REL = 'author';
/** ninjs `infoSources[].role` for the agency named in the dateline. */
export const NINJS_DATELINE_SOURCE_ROLE = 'dateline';

export const IPTC_CATALOG_HREF = 'http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_41.xml';
export const CPPROLE = 'cpprole';
export const OWN_ROLE_SCHEME = {
  alias: 'ndrole',
  uri: 'https://newsroom-desk.org/cv/creditrole/',
  name: 'Newsroom Desk credit roles',
} as const;

/** Our role → IPTC cpprole code, where IPTC has one meaning the same thing. */
const TO_CPPROLE: Readonly<Record<string, string>> = {
  writer: 'author',
  editor: 'editor',
  contributor: 'correspondent',
  source: 'originfo',
};

/** IPTC cpprole codes (and long-standing synonyms seen in agency feeds) → our role. */
const FROM_ROLE_CODE: Readonly<Record<string, string>> = {
  author: 'writer',
  writer: 'writer',
  reporter: 'writer',
  correspondent: 'contributor',
  contributor: 'contributor',
  editor: 'editor',
  contenteditor: 'editor',
  metadataeditor: 'editor',
  copyeditor: 'editor',
  photographer: 'photographer',
  photo: 'photographer',
  cameraoperator: 'photographer',
  translator: 'translator',
  originfo: 'source',
  source: 'source',
  factchecker: 'fact-checker',
};

/** Byline-author role words in any of the formats ("author", "cpprole:author", "byline"). */
export function isAuthorRole(role: string | undefined): boolean {
  if (!role) return false;
  const code = roleCode(role);
  return code === 'author' || code === 'byline' || code === 'creator';
}

/** The code part of a QCode or URI role: "cpprole:editor" → "editor", ".../author" → "author". */
export function roleCode(role: string): string {
  const tail = role.split(/[/:#]/).filter(Boolean).pop() ?? role;
  return tail.trim();
}

/** Our role for a role written in an agency feed; unknown codes are kept, in lower case. */
export function roleFromAgency(role: string | undefined): string {
  if (!role) return 'contributor';
  const code = roleCode(role);
  return FROM_ROLE_CODE[code.toLowerCase()] ?? code.toLowerCase();
}

/** The NewsML-G2 QCode for one of our roles. */
export function newsmlRoleQcode(role: string): string {
  const iptc = TO_CPPROLE[role];
  if (iptc) return `${CPPROLE}:${iptc}`;
  // QCode codes are NCName-like: keep letters, digits, '-', '_' and '.'.
  return `${OWN_ROLE_SCHEME.alias}:${role.replace(/[^\p{L}\p{N}._-]+/gu, '-')}`;
}

/** Our role for a NewsML-G2 role QCode written by us or by an agency. */
export function roleFromNewsmlQcode(qcode: string | undefined): string {
  if (!qcode) return 'contributor';
  const [alias, code] = qcode.includes(':') ? qcode.split(':', 2) : ['', qcode];
  if (alias === OWN_ROLE_SCHEME.alias && code) return code;
  return roleFromAgency(code ?? qcode);
}
