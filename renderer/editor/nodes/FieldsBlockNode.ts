/**
 * The shape the article's field blocks share (byline, dateline, figure, related link): a
 * block-level decorator whose editor DOM is an empty host the React view fills. Each node says
 * only which theme class and `data-node` name its host carries.
 */
import { DecoratorNode, type EditorConfig } from 'lexical';
import type { JSX } from 'react';

export type FieldsBlockName = 'byline' | 'dateline' | 'figure' | 'related';

export abstract class FieldsBlockNode extends DecoratorNode<JSX.Element> {
  /** Theme key and `data-node` value of the host element (tests and styles find blocks by it). */
  protected abstract get domName(): FieldsBlockName;

  override createDOM(config: EditorConfig): HTMLElement {
    const el = document.createElement('div');
    const cls = config.theme[this.domName];
    if (typeof cls === 'string') el.className = cls;
    el.setAttribute('data-node', this.domName);
    return el;
  }

  /** The view re-renders from `decorate`; the host element itself never changes. */
  override updateDOM(): boolean {
    return false;
  }

  override isInline(): boolean {
    return false;
  }
}
