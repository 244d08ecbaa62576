/**
 * Gives every block the user creates (Enter, paste, the format bar) its model id at once, and a
 * pasted copy of an existing block a new one, so ids are stable from the moment a block exists:
 * a finding, a comment or a save never sees the same block under two ids.
 */
import { ListNode } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { mergeRegister } from '@lexical/utils';
import {
  $getNodeByKey,
  $getRoot,
  $getState,
  $setState,
  ParagraphNode,
  type Klass,
  type LexicalNode,
  type NodeKey,
} from 'lexical';
import { useEffect } from 'react';
import { BlockIds } from '../../../shared/model/create';
import type { Block } from '../../../shared/model/article';
import { FigureNode } from '../nodes/FigureNode';
import { RelatedLinkNode } from '../nodes/RelatedLinkNode';
import { blockIdState } from '../nodes/blockState';

const BLOCK_CLASSES: Klass<LexicalNode>[] = [
  ParagraphNode,
  HeadingNode,
  QuoteNode,
  ListNode,
  FigureNode,
  RelatedLinkNode,
];

/** Assigns ids to the given top-level nodes that have none or share one with another block. */
export function $assignBlockIds(created: Iterable<NodeKey>): void {
  const root = $getRoot();
  const children = root.getChildren();
  const owner = new Map<string, NodeKey>();
  for (const c of children) {
    const id = $getState(c, blockIdState);
    if (id && !owner.has(id)) owner.set(id, c.getKey());
  }
  // BlockIds.after reads only `id`; the stand-ins hand it the ids in use.
  const ids = BlockIds.after([...owner.keys()].map((id) => ({ id }) as Block));
  for (const key of created) {
    const node = $getNodeByKey(key);
    if (!node || !node.getParent()?.is(root)) continue;
    const id = $getState(node, blockIdState);
    if (id && owner.get(id) === key) continue;
    const fresh = ids.take();
    owner.set(fresh, key);
    $setState(node, blockIdState, fresh);
  }
}

export function BlockIdsPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const pending = new Set<NodeKey>();
    let scheduled = false;
    const flush = (): void => {
      scheduled = false;
      const keys = [...pending];
      pending.clear();
      // history-merge: the id is part of the edit that made the block, not an undo step.
      editor.update(() => $assignBlockIds(keys), { tag: 'history-merge' });
    };
    return mergeRegister(
      ...BLOCK_CLASSES.map((klass) =>
        editor.registerMutationListener(
          klass,
          (mutations) => {
            for (const [key, kind] of mutations) if (kind === 'created') pending.add(key);
            if (pending.size > 0 && !scheduled) {
              scheduled = true;
              queueMicrotask(flush);
            }
          },
          { skipInitialization: true },
        ),
      ),
    );
  }, [editor]);
  return null;
}
