/**
 * Shows a quote's attribution (kept as node state on Lexical's QuoteNode) under the quote, via a
 * data attribute the stylesheet prints, so the attribution is visible without being editable
 * text that would leak into the quote itself.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { QuoteNode } from '@lexical/rich-text';
import { $getNodeByKey, $getState } from 'lexical';
import { useEffect } from 'react';
import { attributionState } from '../nodes/blockState';

export function QuoteAttributionPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerMutationListener(
        QuoteNode,
        (mutations) => {
          editor.getEditorState().read(() => {
            for (const [key, kind] of mutations) {
              if (kind === 'destroyed') continue;
              const node = $getNodeByKey(key);
              const el = editor.getElementByKey(key);
              if (!node || !el) continue;
              const who = $getState(node, attributionState);
              if (who) el.setAttribute('data-attribution', who);
              else el.removeAttribute('data-attribution');
            }
          });
        },
        { skipInitialization: false },
      ),
    [editor],
  );
  return null;
}
