/**
 * User settings as data. The service on the Node side stores them as plain JSON; the renderer
 * sees `SettingsView` (no window geometry, recent files without their full paths) and changes
 * them with `SettingsPatch`. Folders are never set from the renderer: a folder the app writes to
 * must come from a dialog the user answered, so `exportFolder` can only be chosen or cleared.
 * Drafts never live here.
 */
import { z } from 'zod';

export const UI_LANGUAGES = ['en', 'id'] as const;
export const UiLanguageSchema = z.enum(UI_LANGUAGES);
export type UiLanguage = z.infer<typeof UiLanguageSchema>;

export const ThemeSchema = z.enum(['system', 'light', 'dark']);
export type Theme = z.infer<typeof ThemeSchema>;

export const StaffMemberSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    /** Roles the person usually takes ("writer", "editor", "photographer"). */
    roles: z.array(z.string().trim().min(1).max(60)).max(20).default([]),
  })
  .strict();
export type StaffMember = z.infer<typeof StaffMemberSchema>;

export const UserIdentitySchema = z
  .object({
    name: z.string().trim().max(200).default(''),
    role: z.string().trim().max(60).default(''),
  })
  .strict();
export type UserIdentity = z.infer<typeof UserIdentitySchema>;

export const RecentFileSchema = z
  .object({
    path: z.string().min(1),
    openedAt: z.string(),
  })
  .strict();
export type RecentFile = z.infer<typeof RecentFileSchema>;

export const WindowBoundsSchema = z
  .object({
    x: z.number().int().optional(),
    y: z.number().int().optional(),
    width: z.number().int().min(400),
    height: z.number().int().min(300),
    maximized: z.boolean().default(false),
  })
  .strict();
export type WindowBounds = z.infer<typeof WindowBoundsSchema>;

export const MAX_RECENT_FILES = 10;

/** What is stored on disk. Unknown keys are dropped so an older app can read a newer file. */
export const StoredSettingsSchema = z.object({
  uiLanguage: UiLanguageSchema.default('en'),
  theme: ThemeSchema.default('system'),
  /** Built-in profile id; null means "choose by the article's language". */
  defaultProfile: z.string().min(1).nullable().default(null),
  exportFolder: z.string().min(1).nullable().default(null),
  /** Formats ticked in the export dialog last time. */
  exportFormats: z.array(z.string().min(1)).default([]),
  staff: z.array(StaffMemberSchema).max(500).default([]),
  user: UserIdentitySchema.default({ name: '', role: '' }),
  recentFiles: z.array(RecentFileSchema).max(MAX_RECENT_FILES).default([]),
  windowBounds: WindowBoundsSchema.nullable().default(null),
});
export type StoredSettings = z.infer<typeof StoredSettingsSchema>;

/** A recent file as the renderer sees it: an id to reopen it by, and text to show. */
export const RecentFileViewSchema = z
  .object({
    id: z.string().min(1),
    name: z.string(),
    /** The folder, for display only (the renderer cannot open paths). */
    folder: z.string(),
    openedAt: z.string(),
  })
  .strict();
export type RecentFileView = z.infer<typeof RecentFileViewSchema>;

export const SettingsViewSchema = z
  .object({
    uiLanguage: UiLanguageSchema,
    theme: ThemeSchema,
    defaultProfile: z.string().nullable(),
    /** For display; change it with `settings:chooseExportFolder`. */
    exportFolder: z.string().nullable(),
    exportFormats: z.array(z.string()),
    staff: z.array(StaffMemberSchema),
    user: UserIdentitySchema,
    recentFiles: z.array(RecentFileViewSchema),
    /**
     * Set when the settings file could not be read at start and was moved aside: the app runs
     * on defaults and says so instead of silently resetting the user's choices.
     */
    problem: z
      .object({ message: z.string(), setAsideAs: z.string().nullable() })
      .strict()
      .nullable(),
  })
  .strict();
export type SettingsView = z.infer<typeof SettingsViewSchema>;

export const SettingsPatchSchema = z
  .object({
    uiLanguage: UiLanguageSchema.optional(),
    theme: ThemeSchema.optional(),
    defaultProfile: z.string().min(1).nullable().optional(),
    /** Only `null` (forget the folder) is accepted; choosing one goes through a dialog. */
    exportFolder: z.null().optional(),
    exportFormats: z.array(z.string().min(1)).max(20).optional(),
    staff: z.array(StaffMemberSchema).max(500).optional(),
    user: UserIdentitySchema.optional(),
    /** Only `[]` (clear the list) is accepted; files join it by being opened. */
    recentFiles: z.array(z.never()).max(0).optional(),
  })
  .strict();
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;
