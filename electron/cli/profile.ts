import { readFile } from 'node:fs/promises';
import {
  BUILTIN_PROFILES,
  getBuiltinProfile,
  isBuiltinProfile,
  parseProfileText,
  type Profile,
} from '../../shared/profiles';
import { describeFsError, UsageError } from './io';

/** `--profile id` names a built-in; anything else is a path to a JSON or YAML profile. */
export async function loadProfileOption(value: unknown): Promise<Profile | undefined> {
  if (typeof value !== 'string' || value === '') return undefined;
  if (isBuiltinProfile(value)) return getBuiltinProfile(value);
  let text: string;
  try {
    text = await readFile(value, 'utf8');
  } catch (e) {
    // "--profile fr" is more likely a built-in that does not exist than a missing file.
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new UsageError(
        `--profile ${value}: no built-in profile of that name (known: ${Object.keys(BUILTIN_PROFILES).join(', ')}) and no such file.`,
      );
    }
    throw describeFsError(e, value);
  }
  return parseProfileText(text, value);
}
