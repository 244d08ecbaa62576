/**
 * The article's headline: the first child of the root, one line of plain text shown as <h1>.
 * It is an element (not a decorator) so that typing, selection, undo and the check markers work
 * on it exactly as on body text.
 */
import {
  $applyNodeReplacement,
  $createParagraphNode,
  ElementNode,
  type DOMExportOutput,
  type EditorConfig,
  type LexicalNode,
  type ParagraphNode,
  type RangeSelection,
  type SerializedElementNode,
} from 'lexical';

export type SerializedHeadlineNode = SerializedElementNode;

/** Node types that sit between the headline and the body and never take a paragraph before them. */
const FRONT_MATTER_TYPES = new Set(['byline', 'dateline']);

export class HeadlineNode extends ElementNode {
  static override getType(): string {
    return 'headline';
  }

  static override clone(node: HeadlineNode): HeadlineNode {
    return new HeadlineNode(node.__key);
  }

  static override importJSON(serialized: SerializedHeadlineNode): HeadlineNode {
    return $createHeadlineNode().updateFromJSON(serialized);
  }

  override exportJSON(): SerializedHeadlineNode {
    return { ...super.exportJSON(), type: 'headline', version: 1 };
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const el = document.createElement('h1');
    const cls = config.theme.headline;
    if (typeof cls === 'string') el.className = cls;
    el.setAttribute('data-node', 'headline');
    return el;
  }

  override updateDOM(): boolean {
    return false;
  }

  /** An <h1>; Lexical's HTML export appends the text children. */
  override exportDOM(): DOMExportOutput {
    return { element: document.createElement('h1') };
  }

  /**
   * Enter in the headline starts the body, not a second headline: the new paragraph goes
   * after the byline and dateline so the article keeps its shape.
   */
  override insertNewAfter(_selection?: RangeSelection, restoreSelection = true): ParagraphNode {
    const paragraph = $createParagraphNode();
    let last: LexicalNode | null = null;
    for (let next = this.getNextSibling(); next && FRONT_MATTER_TYPES.has(next.getType());) {
      last = next;
      next = next.getNextSibling();
    }
    (last ?? this).insertAfter(paragraph, restoreSelection);
    return paragraph;
  }

  /** Backspace at the start of the headline does nothing: there is nothing before it. */
  override collapseAtStart(): boolean {
    return true;
  }

  override canBeEmpty(): boolean {
    return true;
  }

  override canIndent(): boolean {
    return false;
  }

  override isShadowRoot(): boolean {
    return false;
  }
}

export function $createHeadlineNode(): HeadlineNode {
  return $applyNodeReplacement(new HeadlineNode());
}

export function $isHeadlineNode(node: LexicalNode | null | undefined): node is HeadlineNode {
  return node instanceof HeadlineNode;
}
