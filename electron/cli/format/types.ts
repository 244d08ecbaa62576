import type { Locale } from '../../../shared/i18n';
import type { Diagnostic, Location } from '../../../shared/rules';
import type { SourceRegion } from './region';

/** One checked file: what it was called on the command line, and its findings. */
export interface FileResult {
  file: string;
  diagnostics: Diagnostic[];
  /** Why the file could not be checked (unreadable, not a draft); its diagnostics are then empty. */
  error?: string;
  /** Lines and columns in the source file, for formats that can show them (SARIF). */
  regionOf?: (location: Location) => SourceRegion | null;
}

export interface FormatOptions {
  lang: Locale;
  /** ANSI colours, only when writing to a terminal. */
  color?: boolean;
  /** For SARIF `tool.driver.version`. */
  version?: string;
}
