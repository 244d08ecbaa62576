import { updateBlock } from '../../support/edit';
import type { BlockRule } from '../../types';

/** Closing quotes and brackets may follow the sentence's own punctuation: `… kata dia.”` */
const CLOSERS = /[\s"'”’»)\]]+$/u;
const TERMINAL = /[.!?…]$/u;

/** Captions are sentences: they end with a full stop (or ! ? …). */
export const captionNoTerminalPunctuation: BlockRule = {
  id: 'caption/no-terminal-punctuation',
  defaultSeverity: 'info',
  scope: 'block',
  blockTypes: ['figure'],
  check({ block }) {
    if (block.type !== 'figure') return [];
    const caption = block.caption;
    const trimmed = caption.trimEnd();
    if (trimmed === '') return [];
    if (TERMINAL.test(trimmed.replace(CLOSERS, ''))) return [];
    const end = trimmed.length;
    const blockId = block.id;
    return [
      {
        field: 'caption',
        start: end - 1,
        end,
        fixes: [
          {
            id: 'addFullStop',
            safe: true,
            apply: (a) =>
              updateBlock(a, blockId, (b) =>
                b.type === 'figure' && b.caption === caption
                  ? { ...b, caption: `${trimmed}.${caption.slice(end)}` }
                  : null,
              ),
          },
        ],
      },
    ];
  },
};
