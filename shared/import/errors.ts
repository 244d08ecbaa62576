/**
 * The one error type importers throw for input they cannot use. Every door shows `message`
 * as is (the CLI prints it on one line and exits 2), so it must say what and why, plainly.
 */
export type ImportErrorCode =
  | 'empty'
  | 'binary'
  | 'encoding'
  | 'unsupported'
  | 'broken-archive'
  | 'invalid-json'
  | 'invalid-xml'
  | 'schema'
  | 'future-version'
  | 'too-large';

export class ImportError extends Error {
  override readonly name = 'ImportError';
  constructor(
    readonly code: ImportErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export const isImportError = (e: unknown): e is ImportError => e instanceof ImportError;
