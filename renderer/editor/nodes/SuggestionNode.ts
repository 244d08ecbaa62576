/**
 * An open suggestion shown in the text (track changes): proposed words as <ins>, words proposed
 * for removal struck through as <del>. While a document is open the editor holds its inline
 * suggestions in these nodes, the way it holds text, so undo, redo and copy treat a suggestion
 * like any other edit; bridge.ts reads them back into `article.review.suggestions` and leaves
 * proposed words out of the accepted text (struck words stay in it until accepted).
 */
import {
  $applyNodeReplacement,
  $getEditor,
  ElementNode,
  type DOMExportOutput,
  type EditorConfig,
  type LexicalEditor,
  type LexicalNode,
  type NodeKey,
  type SerializedElementNode,
  type SerializedPartial,
  type Spread,
} from 'lexical';

export type SuggestionKind = 'insert' | 'delete';

/** Who is suggesting in each editor (set while suggestion mode is on), by name. */
export const SUGGESTING_IN = new WeakMap<LexicalEditor, string>();

const samePerson = (a: string, b: string): boolean =>
  a.normalize('NFC').trim().toLowerCase() === b.normalize('NFC').trim().toLowerCase();

export interface SuggestionMeta {
  kind: SuggestionKind;
  /** The suggestion id; a deletion and the insertion right after it with one id are a replacement. */
  id: string;
  name: string;
  role: string;
  at: string;
}

export type SerializedSuggestionNode = Spread<SuggestionMeta, SerializedElementNode>;

export class SuggestionNode extends ElementNode {
  __meta: SuggestionMeta;

  static override getType(): string {
    return 'suggestion';
  }

  static override clone(node: SuggestionNode): SuggestionNode {
    return new SuggestionNode(node.__meta, node.__key);
  }

  static override importJSON(
    serialized: SerializedPartial<SerializedSuggestionNode>,
  ): SuggestionNode {
    const str = (v: unknown): string => (typeof v === 'string' ? v : '');
    return $createSuggestionNode({
      kind: serialized.kind === 'delete' ? 'delete' : 'insert',
      id: str(serialized.id),
      name: str(serialized.name),
      role: str(serialized.role),
      at: str(serialized.at),
    }).updateFromJSON(serialized);
  }

  constructor(meta: SuggestionMeta, key?: NodeKey) {
    super(key);
    this.__meta = meta;
  }

  override exportJSON(): SerializedSuggestionNode {
    return { ...super.exportJSON(), ...this.__meta, type: 'suggestion', version: 1 };
  }

  getMeta(): SuggestionMeta {
    return this.getLatest().__meta;
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const { kind, id, name, role } = this.__meta;
    const el = document.createElement(kind === 'insert' ? 'ins' : 'del');
    const cls = (config.theme as { suggestion?: Record<SuggestionKind, string> }).suggestion?.[
      kind
    ];
    if (cls) el.className = cls;
    el.setAttribute('data-suggestion', kind);
    el.setAttribute('data-suggestion-id', id);
    el.title = role ? `${name} (${role})` : name;
    return el;
  }

  override updateDOM(prev: SuggestionNode): boolean {
    const a = prev.__meta;
    const b = this.__meta;
    // A different tag or author needs a new element; the text inside is Lexical's to update.
    return a.kind !== b.kind || a.id !== b.id || a.name !== b.name || a.role !== b.role;
  }

  /** Copied out of the editor, a suggestion is plain <ins>/<del> with no editor attributes. */
  override exportDOM(): DOMExportOutput {
    return { element: document.createElement(this.__meta.kind === 'insert' ? 'ins' : 'del') };
  }

  override isInline(): true {
    return true;
  }

  override canBeEmpty(): false {
    return false;
  }

  /**
   * Typing at either edge of one’s own insertion, while suggesting, carries on inside it. Anything
   * else typed at its edge goes outside: next to struck words it must not become struck, and a
   * direct edit (suggestion mode off) must not slip into someone's proposal.
   */
  override canInsertTextBefore(): boolean {
    return this.typingJoins();
  }

  override canInsertTextAfter(): boolean {
    return this.typingJoins();
  }

  /** True while this node's author is suggesting in this editor and it is their proposal. */
  private typingJoins(): boolean {
    if (this.__meta.kind !== 'insert') return false;
    let who: string | undefined;
    try {
      who = SUGGESTING_IN.get($getEditor());
    } catch {
      // Asked outside an update or read: nobody is typing.
      return false;
    }
    return who !== undefined && samePerson(who, this.__meta.name);
  }
}

export function $createSuggestionNode(meta: SuggestionMeta): SuggestionNode {
  return $applyNodeReplacement(new SuggestionNode({ ...meta }));
}

export function $isSuggestionNode(node: LexicalNode | null | undefined): node is SuggestionNode {
  return node instanceof SuggestionNode;
}

/** True for a node inside proposed (not yet accepted) words: not part of the accepted text. */
export function $isInProposedText(node: LexicalNode): boolean {
  for (let p = node.getParent(); p; p = p.getParent()) {
    if ($isSuggestionNode(p)) return p.getMeta().kind === 'insert';
  }
  return false;
}
