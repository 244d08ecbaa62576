/**
 * Every node the editor registers. The article's own parts are custom nodes; body text uses
 * Lexical's paragraph, heading, quote, list and link nodes, with the model's block id and a
 * quote's attribution carried as node state (see blockState.ts).
 */
import { LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import type { Klass, LexicalNode } from 'lexical';
import { BylineNode } from './BylineNode';
import { DatelineNode } from './DatelineNode';
import { FigureNode } from './FigureNode';
import { HeadlineNode } from './HeadlineNode';
import { RelatedLinkNode } from './RelatedLinkNode';
import { SuggestionNode } from './SuggestionNode';

export const EDITOR_NODES: readonly Klass<LexicalNode>[] = [
  HeadlineNode,
  BylineNode,
  DatelineNode,
  FigureNode,
  RelatedLinkNode,
  HeadingNode,
  QuoteNode,
  ListNode,
  ListItemNode,
  LinkNode,
  SuggestionNode,
];

export * from './BylineNode';
export * from './DatelineNode';
export * from './FigureNode';
export * from './HeadlineNode';
export * from './RelatedLinkNode';
export * from './SuggestionNode';
export { attributionState, blockIdState } from './blockState';
