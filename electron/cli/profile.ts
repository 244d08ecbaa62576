import { readFile } from 'node:fs/promises';
import {
  getBuiltinProfile,
  isBuiltinProfile,
  parseProfileText,
  type Profile,
} from '../../shared/profiles';
import { describeFsError } from './io';

/** `--profile id` names a built-in; anything else is a path to a JSON or YAML profile. */
export async function loadProfileOption(value: unknown): Promise<Profile | undefined> {
  if (typeof value !== 'string' || value === '') return undefined;
  if (isBuiltinProfile(value)) return getBuiltinProfile(value);
  let text: string;
  try {
    text = await readFile(value, 'utf8');
  } catch (e) {
    throw describeFsError(e, value);
  }
  return parseProfileText(text, value);
}
