/**
 * A profile is a newsroom's house conventions as data: how its wire copy is written (read by the
 * text recogniser) and how strict its checks are (read by the rules). A new outlet is a profile
 * entry, not new code. Users load their own as JSON or YAML; `extends` names a built-in to start
 * from, and only the keys they give are changed.
 */
import { Info } from 'luxon';
import { z } from 'zod';

export const SeveritySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof SeveritySchema>;

/** A regular expression as data: its source, compiled with the `iu` flags unless `flags` says. */
export const PatternSchema = z.union([
  z.string().min(1),
  z.object({ pattern: z.string().min(1), flags: z.string().optional() }).strict(),
]);
export type Pattern = z.infer<typeof PatternSchema>;

const ZONE_EXAMPLES = '(an IANA name such as "Asia/Jakarta", or "UTC", "UTC+7")';

/** The widest offset in use (Kiribati, UTC+14), and so the limit of an xs:dateTime offset. */
const MAX_OFFSET_MINUTES = 14 * 60;

/** The fixed-offset form Luxon reads ("UTC+7", "UTC-9:30"), to check the minutes it would carry. */
const FIXED_OFFSET = /^utc[+-]\d{1,2}(?::(\d{2}))?$/i;

/**
 * Why dates cannot be placed in the zone as the importers and exporters read it (Luxon), or
 * undefined when they can: an IANA name the runtime knows ("Asia/Jakarta") or a fixed offset
 * ("UTC", "UTC-5"). Luxon also takes "local", "system" and "default", which mean whatever zone
 * the machine (or the process) happens to run in, so one profile would date the same copy
 * differently on two desks; and it takes any offset ("UTC+25"), which exports as a `+25:00`
 * that is not a valid xs:dateTime for NewsML or ninjs.
 */
export function timeZoneProblem(name: string): string | undefined {
  const lowered = name.toLowerCase();
  if (lowered === 'local' || lowered === 'system' || lowered === 'default') {
    return `${JSON.stringify(name)} is the zone of whichever computer runs it, not a fixed time zone; name the zone ${ZONE_EXAMPLES}`;
  }
  const zone = Info.normalizeZone(name);
  if (zone?.isValid !== true)
    return `not a known time zone: ${JSON.stringify(name)} ${ZONE_EXAMPLES}`;
  if (zone.type !== 'fixed') return undefined;
  const minutes = Number(FIXED_OFFSET.exec(name)?.[1] ?? 0);
  // Luxon reads "UTC+5:99" as +6:39; a minutes field of 60 or more is a typo, not an offset.
  if (minutes > 59 || Math.abs(zone.offset(0)) > MAX_OFFSET_MINUTES) {
    return `time zone offset out of range: ${JSON.stringify(name)} (a fixed offset lies between "UTC-14" and "UTC+14", minutes below 60)`;
  }
  return undefined;
}

/** True when dates can be placed in the zone; see `timeZoneProblem` for what is refused. */
export function isTimeZone(name: string): boolean {
  return timeZoneProblem(name) === undefined;
}

/**
 * A time zone, checked when the profile loads: a misspelt zone otherwise fails later and
 * silently, when the importer cannot place a byline's time and drops it.
 */
export const TimeZoneSchema = z
  .string()
  .min(1)
  .superRefine((name, ctx) => {
    const problem = timeZoneProblem(name);
    if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem, input: name });
  });

export const CreditLineSchema = z
  .object({
    /** The label as written before the colon ("Penulis", "Editor", "Reporting by"). */
    label: z.string().min(1),
    role: z.string().min(1),
    /** The names may follow the label without a colon ("By Jane Doe", "Reporting by …"). */
    bare: z.boolean().optional(),
  })
  .strict();

/**
 * A closing sign-off that credits people without a label: "(abc/def)", "(Kelvin Yurcel)",
 * "Jane Doe contributed to this report." The pattern has a named group `names`; the names in it
 * (split at `/`, commas and name joiners) get `roles` in order, the last role repeating.
 */
export const SignOffSchema = z
  .object({
    pattern: PatternSchema,
    roles: z.array(z.string().min(1)).min(1),
    /** Why the role was inferred, kept on the credit ("initials as the house writes them"). */
    note: z.string().optional(),
    /**
     * `line`: the whole line after the body; `trailing`: at the end of the last body paragraph,
     * cut out of it; `either`: both.
     */
    where: z.enum(['line', 'trailing', 'either']).default('line'),
  })
  .strict();
export type SignOff = z.infer<typeof SignOffSchema>;

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
    /** Sign-offs that credit people by position and form rather than by a label. */
    signOffs: z.array(SignOffSchema).default([]),
    /** Words that open a photo caption line ("Foto", "Photo"), before a colon. */
    captionPrefixes: z.array(z.string().min(1)).default([]),
    /** Time-zone abbreviations written after times ("WIB", "EDT") and the IANA zone each means. */
    zoneNames: z.record(z.string(), TimeZoneSchema).default({}),
    /** Words that may stand between a date and its time ("pukul", "at"). */
    timeWords: z.array(z.string()).default([]),
    /** Words that attach a place to a credited name ("in" Tokyo, "di" Surabaya). */
    placeWords: z.array(z.string()).default([]),
    /** How all-numeric dates are ordered: 29/09/2025 (dmy) or 09/29/2025 (mdy). */
    numericDateOrder: z.enum(['dmy', 'mdy']).default('dmy'),
    /** Labels of a tag line ("Tags", "Topik"): its comma-separated words become metadata tags. */
    tagLabels: z.array(z.string().min(1)).default([]),
  })
  .strict();
export type Conventions = z.infer<typeof ConventionsSchema>;

export const RuleSettingSchema = z.union([z.literal('off'), SeveritySchema], {
  error: (iss) =>
    `expected "off", "error", "warning" or "info", not ${JSON.stringify(iss.input) ?? 'nothing'}`,
});
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
    timeZone: TimeZoneSchema,
    /** Built-in profile this one starts from. Resolved away by `resolveProfile`. */
    extends: z.string().optional(),
    conventions: ConventionsSchema.default(ConventionsSchema.parse({})),
    /** Per-rule switch or severity override, by rule id. */
    rules: z.record(z.string(), RuleSettingSchema).default({}),
    thresholds: ThresholdsSchema.default(ThresholdsSchema.parse({})),
    /** Hosts related links may point at (a host matches itself and its subdomains); empty: any. */
    allowedLinkDomains: z.array(z.string()).default([]),
    /**
     * Related links after the last of the copy: `allow` one (a last "Baca juga"), `list` (a
     * closing "Related" list, links in a row included, as English outlets print it) or `flag`
     * (links belong between paragraphs only).
     */
    relatedLinkLast: z.enum(['allow', 'list', 'flag']).default('allow'),
    /** House form of a photo credit, as a pattern the whole credit must match. */
    creditFormat: PatternSchema.optional(),
    /** The house form as a person would write it ("ANTARA FOTO/Nama Fotografer"), for messages. */
    creditFormatExample: z.string().min(1).optional(),
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
