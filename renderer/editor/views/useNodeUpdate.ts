import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey, type LexicalNode, type NodeKey } from 'lexical';
import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Returns a function that edits the node with this key inside an editor update, if it is still
 * of the expected kind (it may have been deleted while a field kept focus).
 */
export function useNodeUpdate<T extends LexicalNode>(
  nodeKey: NodeKey,
  is: (n: LexicalNode | null) => n is T,
): (edit: (node: T) => void) => void {
  const [editor] = useLexicalComposerContext();
  return useCallback(
    (edit) => {
      editor.update(() => {
        const node = $getNodeByKey(nodeKey);
        if (is(node)) edit(node);
      });
    },
    [editor, nodeKey, is],
  );
}

/**
 * A text field's value that follows the node but is owned locally while the user types, so the
 * caret never jumps when the editor re-renders the decorator with the value it was just sent.
 */
export function useFieldValue(
  external: string,
  commit: (value: string) => void,
  /**
   * When the node stores a normalised form of what was typed ("A, B, " is stored as "A, B"),
   * says whether the typed text already means the node's value, so it is left as typed.
   */
  means: (typed: string, stored: string) => boolean = (a, b) => a === b,
): [string, (value: string) => void] {
  const [value, setValue] = useState(external);
  const sent = useRef(external);
  useEffect(() => {
    if (external !== sent.current && !means(sent.current, external)) {
      sent.current = external;
      setValue(external);
    }
    // `means` is a pure comparison; a new function each render must not re-run this.
  }, [external]);
  const onChange = useCallback(
    (v: string) => {
      setValue(v);
      sent.current = v;
      commit(v);
    },
    [commit],
  );
  return [value, onChange];
}
