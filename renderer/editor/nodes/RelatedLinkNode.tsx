/**
 * A related-link block ("Baca juga: Title"): the label as the draft wrote it, the linked
 * story's title and its URL, each editable. A missing URL is what the related/missing-url check
 * reports.
 */
import {
  $applyNodeReplacement,
  type DOMExportOutput,
  type LexicalNode,
  type NodeKey,
  type SerializedLexicalNode,
  type SerializedPartial,
  type Spread,
} from 'lexical';
import type { JSX } from 'react';
import { FieldsBlockNode, type FieldsBlockName } from './FieldsBlockNode';
import { RelatedLinkView } from '../views/RelatedLinkView';

export interface RelatedLinkData {
  label: string;
  title: string;
  url: string | null;
}

export type SerializedRelatedLinkNode = Spread<RelatedLinkData, SerializedLexicalNode>;

export class RelatedLinkNode extends FieldsBlockNode {
  protected override get domName(): FieldsBlockName {
    return 'related';
  }

  __label: string;
  __title: string;
  __url: string | null;

  static override getType(): string {
    return 'related-link';
  }

  static override clone(node: RelatedLinkNode): RelatedLinkNode {
    return new RelatedLinkNode(node.getDataDirect(), node.__key);
  }

  static override importJSON(
    serialized: SerializedPartial<SerializedRelatedLinkNode>,
  ): RelatedLinkNode {
    return $createRelatedLinkNode({
      label: typeof serialized.label === 'string' ? serialized.label : '',
      title: typeof serialized.title === 'string' ? serialized.title : '',
      url: typeof serialized.url === 'string' ? serialized.url : null,
    }).updateFromJSON(serialized);
  }

  constructor(data: RelatedLinkData = { label: '', title: '', url: null }, key?: NodeKey) {
    super(key);
    this.__label = data.label;
    this.__title = data.title;
    this.__url = data.url;
  }

  private getDataDirect(): RelatedLinkData {
    return { label: this.__label, title: this.__title, url: this.__url };
  }

  override exportJSON(): SerializedRelatedLinkNode {
    return { ...super.exportJSON(), type: 'related-link', version: 1, ...this.getDataDirect() };
  }

  getData(): RelatedLinkData {
    return this.getLatest().getDataDirect();
  }

  /** An emptied URL field means "no URL" (null), which is what the checks look for. */
  setData(patch: Partial<RelatedLinkData>): this {
    const self = this.getWritable();
    if (patch.label !== undefined) self.__label = patch.label;
    if (patch.title !== undefined) self.__title = patch.title;
    if (patch.url !== undefined) self.__url = patch.url === '' ? null : patch.url;
    return self;
  }

  override exportDOM(): DOMExportOutput {
    const aside = document.createElement('aside');
    aside.className = 'related';
    aside.append(`${this.__label}: `);
    if (this.__url) {
      const a = document.createElement('a');
      a.href = this.__url;
      a.textContent = this.__title;
      aside.append(a);
    } else {
      aside.append(this.__title);
    }
    return { element: aside };
  }

  override getTextContent(): string {
    return `${this.__label}: ${this.__title}`;
  }

  override decorate(): JSX.Element {
    return <RelatedLinkView nodeKey={this.__key} data={this.getDataDirect()} />;
  }
}

export function $createRelatedLinkNode(data?: RelatedLinkData): RelatedLinkNode {
  return $applyNodeReplacement(new RelatedLinkNode(data));
}

export function $isRelatedLinkNode(node: LexicalNode | null | undefined): node is RelatedLinkNode {
  return node instanceof RelatedLinkNode;
}
