/**
 * SARIF 2.1.0, for code-review tools and CI dashboards. A finding's place inside a draft is a
 * block and a character range in that block's text, not a line of the source file (the source
 * may be DOCX or HTML), so it is given as a logical location (`blocks[9].title`) with the range
 * in the result's properties. The physical location names the file and, when the finding's text
 * can be found in a text source, its lines and columns there (see region.ts), which is where
 * code-review tools put their annotations.
 */
import { ruleDescription } from '../../../shared/i18n';
import { RULES, type Diagnostic } from '../../../shared/rules';
import type { FileResult, FormatOptions } from './types';

const LEVEL: Record<Diagnostic['severity'], 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
};

/** A file path as a SARIF URI: relative paths stay relative (resolved against the working folder). */
export function toUri(file: string): string {
  const posix = file.replace(/\\/g, '/');
  const encoded = posix
    .split('/')
    .map((seg) => encodeURIComponent(seg))
    .join('/');
  return /^[A-Za-z]:\//.test(posix)
    ? `file:///${encoded.replace('%3A', ':')}`
    : posix.startsWith('/')
      ? `file://${encoded}`
      : encoded;
}

function logicalName(d: Diagnostic): { name: string; fullyQualifiedName: string; kind: string } {
  const { blockIndex, blockId, field } = d.location;
  if (blockIndex === null) {
    const name = field ?? 'article';
    return { name, fullyQualifiedName: name, kind: 'member' };
  }
  const base = `blocks[${blockIndex}]`;
  return {
    name: blockId ?? base,
    fullyQualifiedName: field ? `${base}.${field}` : base,
    kind: 'element',
  };
}

export function toSarif(results: readonly FileResult[], options: FormatOptions): object {
  const { lang } = options;
  const ruleIndex = new Map(RULES.map((r, i) => [r.id, i]));
  const artifacts = results.map(({ file }) => ({ location: { uri: toUri(file) } }));
  const sarifResults = results.flatMap(({ file, diagnostics, regionOf }, fileIndex) =>
    diagnostics.map((d) => {
      const { blockIndex, blockId, field, start, end } = d.location;
      const region = regionOf?.(d.location);
      const result: Record<string, unknown> = {
        ruleId: d.ruleId,
        ruleIndex: ruleIndex.get(d.ruleId) ?? -1,
        level: LEVEL[d.severity],
        message: { text: d.message[lang] },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: toUri(file), index: fileIndex },
              ...(region ? { region } : {}),
            },
            logicalLocations: [logicalName(d)],
          },
        ],
        properties: {
          blockIndex,
          blockId,
          ...(field !== undefined ? { field } : {}),
          ...(start !== undefined ? { start, end } : {}),
          ...(d.fixes?.length
            ? { fixes: d.fixes.map((f) => ({ id: f.id, title: f.title[lang], safe: f.safe })) }
            : {}),
        },
      };
      return result;
    }),
  );
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'newsroom',
            fullName: 'Newsroom Desk checks',
            ...(options.version
              ? { version: options.version, semanticVersion: options.version }
              : {}),
            rules: RULES.map((r) => ({
              id: r.id,
              name: r.id.replace(/[/-](\w)/g, (_, c: string) => c.toUpperCase()),
              shortDescription: { text: ruleDescription(lang, r.id) },
              fullDescription: { text: ruleDescription(lang, r.id) },
              help: {
                text: `${ruleDescription(lang, r.id)} (${r.scope === 'block' ? 'block' : 'article'} rule; set "${r.id}" under "rules" in a profile to "off", "error", "warning" or "info")`,
              },
              defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
              properties: { tags: [r.id.split('/')[0]] },
            })),
          },
        },
        // Files that could not be read or imported: the run did not fully succeed.
        invocations: [
          {
            executionSuccessful: !results.some((r) => r.error !== undefined),
            toolExecutionNotifications: results.flatMap((r, index) =>
              r.error === undefined
                ? []
                : [
                    {
                      level: 'error',
                      message: { text: r.error },
                      locations: [
                        { physicalLocation: { artifactLocation: { uri: toUri(r.file), index } } },
                      ],
                    },
                  ],
            ),
          },
        ],
        language: lang,
        columnKind: 'utf16CodeUnits',
        artifacts,
        results: sarifResults,
      },
    ],
  };
}

export function formatSarif(results: readonly FileResult[], options: FormatOptions): string {
  return `${JSON.stringify(toSarif(results, options), null, 2)}\n`;
}
