import { removeBlock, updateBlock } from '../../support/edit';
import { spliceField, textFields } from '../../support/fields';
import { boilerplatePatterns } from '../../support/patterns';
import type { BlockRule, Finding, FindingFix } from '../../types';

/**
 * Body lines that are site furniture by the profile's own boilerplate patterns (the same ones
 * the importer sets aside): they slipped past import or were pasted in later.
 */
export const textLeftoverBoilerplate: BlockRule = {
  id: 'text/leftover-boilerplate',
  defaultSeverity: 'warning',
  scope: 'block',
  blockTypes: ['paragraph', 'heading', 'quote', 'list'],
  check({ block, profile }) {
    const patterns = boilerplatePatterns(profile);
    if (patterns.length === 0) return [];
    const out: Finding[] = [];
    const blockId = block.id;
    for (const { field, text } of textFields(block)) {
      let offset = 0;
      for (const rawLine of text.split('\n')) {
        const lineStart = offset;
        offset += rawLine.length + 1;
        const line = rawLine.trim();
        if (line === '' || !patterns.some((p) => p.test(line))) continue;
        const start = lineStart + rawLine.indexOf(line);
        const end = start + line.length;
        const whole = text.trim() === line && block.type !== 'list';
        const fix: FindingFix = whole
          ? {
              id: 'removeBlock',
              // Not safe: removing copy is a person's call, even when it looks like a promo.
              safe: false,
              apply: (a) =>
                a.blocks.some((b) => b.id === blockId && textFields(b).some((f) => f.text === text))
                  ? removeBlock(a, blockId)
                  : a,
            }
          : {
              id: 'removeLine',
              safe: false,
              apply: (a) =>
                updateBlock(a, blockId, (b) =>
                  spliceField(
                    b,
                    field,
                    lineStart,
                    Math.min(offset, text.length),
                    text.slice(lineStart, offset),
                    '',
                  ),
                ),
            };
        out.push({ field, start, end, values: { line: truncate(line) }, fixes: [fix] });
      }
    }
    return out;
  },
};

function truncate(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}
