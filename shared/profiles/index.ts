import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { englishProfile } from './en';
import { indonesianProfile } from './id';
import { ProfileSchema, type Profile, type ProfileInput } from './profile';

export * from './profile';

/** Built-in profiles by id. Add an outlet's profile here. */
export const BUILTIN_PROFILES: Readonly<Record<string, ProfileInput>> = {
  id: indonesianProfile,
  en: englishProfile,
};

export class ProfileError extends Error {
  override readonly name = 'ProfileError';
}

/** The value a profile gave at an issue's path (undefined when the key is absent). */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = input;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

/**
 * Names the bad keys the way a user wrote them: `thresholds.headlineMaxLength: expected number`,
 * `unknown key rostr`, `language: missing (required)`.
 */
function describeIssues(error: z.ZodError, input: unknown): string {
  return error.issues
    .slice(0, 3)
    .map((i) => {
      const path = i.path.join('.');
      if (i.code === 'unrecognized_keys') {
        const keys = i.keys.map((k) => (path ? `${path}.${k}` : k)).join(', ');
        return `unknown key ${keys}`;
      }
      if (i.code === 'invalid_type' && valueAt(input, i.path) === undefined) {
        return `${path}: missing (required)`;
      }
      return `${path || '(profile)'}: ${i.message}`;
    })
    .join('; ');
}

function mergeInto(base: ProfileInput, over: Record<string, unknown>): ProfileInput {
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const prev = out[k];
    if (
      v &&
      typeof v === 'object' &&
      !Array.isArray(v) &&
      prev &&
      typeof prev === 'object' &&
      !Array.isArray(prev)
    ) {
      out[k] = { ...(prev as Record<string, unknown>), ...(v as Record<string, unknown>) };
    } else {
      out[k] = v;
    }
  }
  return out as ProfileInput;
}

/** Validates a profile given as data, resolving `extends` against the built-ins. */
export function resolveProfile(input: unknown, origin = 'profile'): Profile {
  if (!input || typeof input !== 'object' || Array.isArray(input)) {
    throw new ProfileError(
      `${origin}: a profile must be an object with keys such as id, name, language.`,
    );
  }
  const raw = input as Record<string, unknown>;
  let merged: Record<string, unknown> = raw;
  if (raw.extends !== undefined) {
    const baseId = String(raw.extends);
    const base = BUILTIN_PROFILES[baseId];
    if (!base) {
      throw new ProfileError(
        `${origin}: extends: no built-in profile "${baseId}" (known: ${Object.keys(BUILTIN_PROFILES).join(', ')}).`,
      );
    }
    merged = mergeInto(base, raw) as Record<string, unknown>;
  }
  const parsed = ProfileSchema.safeParse(merged);
  if (!parsed.success) throw new ProfileError(`${origin}: ${describeIssues(parsed.error, merged)}`);
  return parsed.data;
}

/** Loads a user profile from JSON or YAML text. */
export function parseProfileText(text: string, origin = 'profile'): Profile {
  let data: unknown;
  try {
    data = text.trimStart().startsWith('{') ? JSON.parse(text) : parseYaml(text);
  } catch (e) {
    throw new ProfileError(
      `${origin}: not valid JSON or YAML (${(e as Error).message.split('\n')[0]}).`,
    );
  }
  return resolveProfile(data, origin);
}

const cache = new Map<string, Profile>();

export function getBuiltinProfile(id: string): Profile {
  let p = cache.get(id);
  if (!p) {
    const input = BUILTIN_PROFILES[id];
    if (!input) {
      throw new ProfileError(
        `No built-in profile "${id}" (known: ${Object.keys(BUILTIN_PROFILES).join(', ')}).`,
      );
    }
    p = resolveProfile(input, `built-in profile ${id}`);
    cache.set(id, p);
  }
  return p;
}

export const isBuiltinProfile = (id: string): boolean => id in BUILTIN_PROFILES;

/** The profile for a language when none was named: Indonesian copy gets `id`, all else `en`. */
export function defaultProfileFor(language: string | undefined): Profile {
  return getBuiltinProfile(language?.toLowerCase().startsWith('id') ? 'id' : 'en');
}
