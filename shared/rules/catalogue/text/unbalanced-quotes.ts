import { updateBlock } from '../../support/edit';
import { spliceField, textFields } from '../../support/fields';
import { findQuoteProblems } from '../../support/quotes';
import type { BlockRule, Finding } from '../../types';

/** Quotation marks that do not pair up: a quote that never ends, or ends in the wrong mark. */
export const textUnbalancedQuotes: BlockRule = {
  id: 'text/unbalanced-quotes',
  defaultSeverity: 'warning',
  scope: 'block',
  check({ block }) {
    const out: Finding[] = [];
    const blockId = block.id;
    for (const { field, text } of textFields(block)) {
      const problems = findQuoteProblems(text, {
        allowContinuedOpener: block.type === 'paragraph',
      });
      for (const p of problems) {
        const replace = p.replace;
        out.push({
          messageId: p.kind,
          field,
          start: p.start,
          end: p.end,
          values: { open: p.open ?? '', close: p.close ?? '' },
          fixes: replace
            ? [
                {
                  id: 'replaceClosing',
                  safe: true,
                  values: { from: replace.from, to: replace.to },
                  apply: (a) =>
                    updateBlock(a, blockId, (b) =>
                      spliceField(b, field, replace.at, replace.at + 1, replace.from, replace.to),
                    ),
                },
              ]
            : undefined,
        });
      }
    }
    return out;
  },
};
