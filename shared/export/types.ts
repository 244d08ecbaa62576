import type { Article } from '../model/article';
import type { Profile } from '../profiles/profile';

export interface ExportOptions {
  profile: Profile;
  /** Exporting despite errors: mark the output as a draft where the format allows. */
  draft?: boolean;
  /** Fixed "now" for generated timestamps (versionCreated, itemMeta), so output is repeatable. */
  now?: Date;
  /** Name of the app and version, for generator fields. */
  generator?: string;
}

/** Pure: article in, file content out. Writing files (atomically) is the caller's job. */
export interface Exporter {
  id: string;
  label: string;
  mediaType: string;
  /** File name ending, with the dot (".html", ".ninjs.json"). */
  extension: string;
  export(article: Article, options: ExportOptions): string | Uint8Array;
}
