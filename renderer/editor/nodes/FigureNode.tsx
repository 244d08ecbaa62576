/**
 * A figure: the image (picked from disk and shown), its caption, the photo credit and the alt
 * text for readers who cannot see it. One block of the body.
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
import { FigureView } from '../views/FigureView';

export interface FigureData {
  /** Image location as the model keeps it; null when the draft only mentioned a photo. */
  src: string | null;
  alt: string;
  caption: string;
  credit: string | null;
}

export type SerializedFigureNode = Spread<FigureData, SerializedLexicalNode>;

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const strOrNull = (v: unknown): string | null => (typeof v === 'string' ? v : null);

export class FigureNode extends FieldsBlockNode {
  protected override get domName(): FieldsBlockName {
    return 'figure';
  }

  __src: string | null;
  __alt: string;
  __caption: string;
  __credit: string | null;

  static override getType(): string {
    return 'figure';
  }

  static override clone(node: FigureNode): FigureNode {
    return new FigureNode(node.getDataDirect(), node.__key);
  }

  static override importJSON(serialized: SerializedPartial<SerializedFigureNode>): FigureNode {
    return $createFigureNode({
      src: strOrNull(serialized.src),
      alt: str(serialized.alt),
      caption: str(serialized.caption),
      credit: strOrNull(serialized.credit),
    }).updateFromJSON(serialized);
  }

  constructor(data: FigureData = { src: null, alt: '', caption: '', credit: null }, key?: NodeKey) {
    super(key);
    this.__src = data.src;
    this.__alt = data.alt;
    this.__caption = data.caption;
    this.__credit = data.credit;
  }

  private getDataDirect(): FigureData {
    return { src: this.__src, alt: this.__alt, caption: this.__caption, credit: this.__credit };
  }

  override exportJSON(): SerializedFigureNode {
    return { ...super.exportJSON(), type: 'figure', version: 1, ...this.getDataDirect() };
  }

  getData(): FigureData {
    return this.getLatest().getDataDirect();
  }

  setData(patch: Partial<FigureData>): this {
    const self = this.getWritable();
    if (patch.src !== undefined) self.__src = patch.src;
    if (patch.alt !== undefined) self.__alt = patch.alt;
    if (patch.caption !== undefined) self.__caption = patch.caption;
    if (patch.credit !== undefined) self.__credit = patch.credit;
    return self;
  }

  override exportDOM(): DOMExportOutput {
    const figure = document.createElement('figure');
    if (this.__src) {
      const img = document.createElement('img');
      img.src = this.__src;
      img.alt = this.__alt;
      figure.append(img);
    }
    if (this.__caption || this.__credit) {
      const cap = document.createElement('figcaption');
      cap.textContent = this.__caption;
      if (this.__credit) {
        const credit = document.createElement('small');
        credit.className = 'credit';
        credit.textContent = this.__credit;
        cap.append(cap.textContent ? ' ' : '', credit);
      }
      figure.append(cap);
    }
    return { element: figure };
  }

  override getTextContent(): string {
    return [this.__caption, this.__credit].filter(Boolean).join(' ');
  }

  override decorate(): JSX.Element {
    return <FigureView nodeKey={this.__key} data={this.getDataDirect()} />;
  }
}

export function $createFigureNode(data?: FigureData): FigureNode {
  return $applyNodeReplacement(new FigureNode(data));
}

export function $isFigureNode(node: LexicalNode | null | undefined): node is FigureNode {
  return node instanceof FigureNode;
}
