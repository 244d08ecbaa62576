/**
 * A profile is a newsroom's house conventions as data: how its wire copy is written (read by the
 * text recogniser) and how strict its checks are (read by the rules). A new outlet is a profile
 * entry, not new code. Users load their own as JSON or YAML; `extends` names a built-in to start
 * from, and only the keys they give are changed.
 */
import { z } from 'zod';

export const SeveritySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof SeveritySchema>;

/** A regular expression as data: its source, compiled with the `iu` flags unless `flags` says. */
export const PatternSchema = z.union([
  z.string().min(1),
  z.object({ pattern: z.string().min(1), flags: z.string().optional() }).strict(),
]);
export type Pattern = z.infer<typeof PatternSchema>;

export const CreditLineSchema = z
  .object({
    /** The label as written before the colon ("Penulis", "Editor", "Reporting by"). */
    label: z.string().min(1),
    role: z.string().min(1),
  })
  .strict();

export const ConventionsSchema = z
  .object({
    /** Labels that introduce a related-link line ("Baca juga", "Related", "Read more"). */
    relatedLabels: z.array(z.string().min(1)).default([]),
    /** "Label: Name" lines that credit someone, and the role each label gives. */
    creditLines: z.array(CreditLineSchema).default([]),
    /** Lines that are promotion or site furniture, not copy ("Jangan lupa ikuti…"). */
    boilerplate: z.array(PatternSchema).default([]),
    /** Dateline forms at the start of the first paragraph, with named groups place/source/date. */
    datelines: z.array(PatternSchema).default([]),
    /** Photo credit forms at the end of a caption, with a named group `credit`. */
    photoCredits: z.array(PatternSchema).default([]),
    /** Outlet and agency names that appear in datelines and promos. */
    outlets: z.array(z.string()).default([]),
    /** Words that join several names in a byline ("dan", "and", "&"). */
    nameJoiners: z.array(z.string()).default([]),
    /** Month names and abbreviations in this language, January first, for dates in bylines. */
    months: z.array(z.array(z.string())).default([]),
  })
  .strict();
export type Conventions = z.infer<typeof ConventionsSchema>;

export const RuleSettingSchema = z.union([z.literal('off'), SeveritySchema]);
export type RuleSetting = z.infer<typeof RuleSettingSchema>;

export const ThresholdsSchema = z
  .object({
    headlineMaxLength: z.number().int().positive().default(110),
    captionMaxLength: z.number().int().positive().default(300),
    maxRelated: z.number().int().nonnegative().default(3),
    /** How far ahead of now a publication time may lie before it is flagged as future. */
    futureToleranceMinutes: z.number().int().nonnegative().default(5),
  })
  .strict();
export type Thresholds = z.infer<typeof ThresholdsSchema>;

export const RosterEntrySchema = z
  .object({
    name: z.string().min(1),
    roles: z.array(z.string().min(1)).default([]),
  })
  .strict();
export type RosterEntry = z.infer<typeof RosterEntrySchema>;

export const ProfileSchema = z
  .object({
    id: z.string().min(1),
    name: z.string().min(1),
    /** BCP 47 language of the copy this profile is for. */
    language: z.string().min(2),
    /** IANA time zone for dates written without an offset. */
    timeZone: z.string().min(1),
    /** Built-in profile this one starts from. Resolved away by `resolveProfile`. */
    extends: z.string().optional(),
    conventions: ConventionsSchema.default(ConventionsSchema.parse({})),
    /** Per-rule switch or severity override, by rule id. */
    rules: z.record(z.string(), RuleSettingSchema).default({}),
    thresholds: ThresholdsSchema.default(ThresholdsSchema.parse({})),
    /** Hosts related links may point at (a host matches itself and its subdomains); empty: any. */
    allowedLinkDomains: z.array(z.string()).default([]),
    /** House form of a photo credit, as a pattern the whole credit must match. */
    creditFormat: PatternSchema.optional(),
    /** Known staff; when non-empty, byline authors are checked against it. */
    roster: z.array(RosterEntrySchema).default([]),
    /** Credit roles this newsroom uses beyond the known ones. */
    extraCreditRoles: z.array(z.string()).default([]),
  })
  .strict();
export type Profile = z.infer<typeof ProfileSchema>;
export type ProfileInput = z.input<typeof ProfileSchema>;

/** Compiles a pattern from data. Case-insensitive and Unicode unless the profile says otherwise. */
export function compilePattern(p: Pattern): RegExp {
  return typeof p === 'string' ? new RegExp(p, 'iu') : new RegExp(p.pattern, p.flags ?? 'iu');
}
