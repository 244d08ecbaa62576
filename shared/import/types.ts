import type { Article } from '../model/article';
import type { Profile } from '../profiles/profile';

export interface ImportInput {
  bytes: Uint8Array;
  /** File name, used as a hint only: detection reads the content. */
  name?: string;
}

export interface ImportOptions {
  /**
   * The profile to apply. When absent the importer picks one from the language it finds
   * (`defaultProfileFor`), so Indonesian copy gets Asia/Jakarta without being told.
   */
  profile?: Profile;
}

/**
 * The shape every importer has. `detect` returns a confidence in [0, 1] from the content
 * (the name may nudge it); the registry picks the most confident. `import` throws only
 * `ImportError`; anything it set aside goes into `article.importReport`.
 */
export interface Importer {
  id: string;
  label: string;
  /** Usual file name endings, for open dialogs. */
  extensions: readonly string[];
  detect(input: ImportInput): number;
  import(input: ImportInput, options: ImportOptions): Promise<Article>;
}
