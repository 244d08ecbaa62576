/**
 * The dateline ("BEIJING (ANTARA) -"): where the story was filed, and the agency when the
 * draft names one. Empty place, source and date together mean the article has no dateline.
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
import { DatelineView } from '../views/DatelineView';

export interface DatelineData {
  place: string;
  source?: string;
  date?: string;
}

export type SerializedDatelineNode = Spread<DatelineData, SerializedLexicalNode>;

const optional = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

export class DatelineNode extends FieldsBlockNode {
  protected override get domName(): FieldsBlockName {
    return 'dateline';
  }

  __place: string;
  __source: string | undefined;
  __date: string | undefined;

  static override getType(): string {
    return 'dateline';
  }

  static override clone(node: DatelineNode): DatelineNode {
    return new DatelineNode(node.getDataDirect(), node.__key);
  }

  static override importJSON(serialized: SerializedPartial<SerializedDatelineNode>): DatelineNode {
    const source = optional(serialized.source);
    const date = optional(serialized.date);
    return $createDatelineNode({
      place: typeof serialized.place === 'string' ? serialized.place : '',
      ...(source !== undefined ? { source } : {}),
      ...(date !== undefined ? { date } : {}),
    }).updateFromJSON(serialized);
  }

  constructor(data: DatelineData = { place: '' }, key?: NodeKey) {
    super(key);
    this.__place = data.place;
    this.__source = data.source;
    this.__date = data.date;
  }

  private getDataDirect(): DatelineData {
    return {
      place: this.__place,
      ...(this.__source !== undefined ? { source: this.__source } : {}),
      ...(this.__date !== undefined ? { date: this.__date } : {}),
    };
  }

  override exportJSON(): SerializedDatelineNode {
    return { ...super.exportJSON(), type: 'dateline', version: 1, ...this.getDataDirect() };
  }

  getData(): DatelineData {
    return this.getLatest().getDataDirect();
  }

  /** Sets one part; an empty source or date is removed rather than kept as "". */
  setPart(part: keyof DatelineData, value: string): this {
    const self = this.getWritable();
    if (part === 'place') self.__place = value;
    else if (part === 'source') self.__source = value === '' ? undefined : value;
    else self.__date = value === '' ? undefined : value;
    return self;
  }

  isEmpty(): boolean {
    const d = this.getData();
    return d.place === '' && d.source === undefined && d.date === undefined;
  }

  override exportDOM(): DOMExportOutput {
    const el = document.createElement('p');
    el.className = 'dateline';
    const d = this.getDataDirect();
    el.textContent = [d.place, d.source ? `(${d.source})` : '', d.date ?? '']
      .filter(Boolean)
      .join(' ');
    return { element: el };
  }

  override getTextContent(): string {
    return this.__place;
  }

  override isKeyboardSelectable(): boolean {
    return false;
  }

  override decorate(): JSX.Element {
    return <DatelineView nodeKey={this.__key} data={this.getDataDirect()} />;
  }
}

export function $createDatelineNode(data?: DatelineData): DatelineNode {
  return $applyNodeReplacement(new DatelineNode(data));
}

export function $isDatelineNode(node: LexicalNode | null | undefined): node is DatelineNode {
  return node instanceof DatelineNode;
}
