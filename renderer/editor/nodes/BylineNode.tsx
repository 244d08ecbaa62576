/**
 * The byline: who wrote the piece and when it was published. A decorator, because its parts
 * are fields (a list of names, a date and time with an offset), not running text.
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
import { BylineView } from '../views/BylineView';

export interface BylineData {
  authors: string[];
  /** ISO 8601 with offset, or null when unknown. */
  published: string | null;
  /** The byline as the draft wrote it, kept so nothing the importer saw is lost. */
  raw?: string;
}

export type SerializedBylineNode = Spread<BylineData, SerializedLexicalNode>;

export class BylineNode extends FieldsBlockNode {
  protected override get domName(): FieldsBlockName {
    return 'byline';
  }

  __authors: string[];
  __published: string | null;
  __raw: string | undefined;

  static override getType(): string {
    return 'byline';
  }

  static override clone(node: BylineNode): BylineNode {
    return new BylineNode(
      { authors: node.__authors, published: node.__published, raw: node.__raw },
      node.__key,
    );
  }

  static override importJSON(serialized: SerializedPartial<SerializedBylineNode>): BylineNode {
    return $createBylineNode({
      authors: Array.isArray(serialized.authors) ? serialized.authors.map(String) : [],
      published: typeof serialized.published === 'string' ? serialized.published : null,
      ...(typeof serialized.raw === 'string' ? { raw: serialized.raw } : {}),
    }).updateFromJSON(serialized);
  }

  constructor(data: BylineData = { authors: [], published: null }, key?: NodeKey) {
    super(key);
    this.__authors = [...data.authors];
    this.__published = data.published;
    this.__raw = data.raw;
  }

  override exportJSON(): SerializedBylineNode {
    return {
      ...super.exportJSON(),
      type: 'byline',
      version: 1,
      authors: [...this.__authors],
      published: this.__published,
      ...(this.__raw !== undefined ? { raw: this.__raw } : {}),
    };
  }

  getData(): BylineData {
    const self = this.getLatest();
    return {
      authors: [...self.__authors],
      published: self.__published,
      ...(self.__raw !== undefined ? { raw: self.__raw } : {}),
    };
  }

  setAuthors(authors: string[]): this {
    const self = this.getWritable();
    self.__authors = [...authors];
    // The draft's own wording no longer describes what the user typed.
    self.__raw = undefined;
    return self;
  }

  setPublished(published: string | null): this {
    const self = this.getWritable();
    self.__published = published;
    self.__raw = undefined;
    return self;
  }

  override exportDOM(): DOMExportOutput {
    const el = document.createElement('p');
    el.className = 'byline';
    el.textContent = this.__authors.join(', ');
    if (this.__published) {
      const time = document.createElement('time');
      time.dateTime = this.__published;
      time.textContent = this.__published;
      el.append(' ', time);
    }
    return { element: el };
  }

  override getTextContent(): string {
    return this.__authors.join(', ');
  }

  override isKeyboardSelectable(): boolean {
    return false;
  }

  override decorate(): JSX.Element {
    return (
      <BylineView nodeKey={this.__key} authors={this.__authors} published={this.__published} />
    );
  }
}

export function $createBylineNode(data?: BylineData): BylineNode {
  return $applyNodeReplacement(new BylineNode(data));
}

export function $isBylineNode(node: LexicalNode | null | undefined): node is BylineNode {
  return node instanceof BylineNode;
}
