import { Text, isTag, isText, type ChildNode } from 'domhandler';

/**
 * Deepest element nesting walked as structure. Real copy nests a few dozen levels at most; a
 * hostile or machine-made file can nest tens of thousands, which would overflow every recursive
 * walk (ours and domutils'). Below this depth an element keeps only its text.
 */
export const MAX_DEPTH = 200;

/** All text under the nodes, in order, without recursion. */
function flatText(nodes: readonly ChildNode[]): string {
  let out = '';
  const stack: ChildNode[] = [...nodes].reverse();
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (isText(n)) out += n.data;
    else if (isTag(n)) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return out;
}

/**
 * Replaces the content of every element at MAX_DEPTH with its plain text, iteratively, so later
 * walks are bounded. Returns how many subtrees were flattened (0 for ordinary markup).
 */
export function flattenDeepMarkup(nodes: readonly ChildNode[]): number {
  let flattened = 0;
  const stack: [ChildNode, number][] = nodes.map((n) => [n, 1]);
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (!isTag(node)) continue;
    if (depth >= MAX_DEPTH) {
      const text = new Text(flatText(node.children));
      text.parent = node;
      node.children = [text];
      flattened++;
      continue;
    }
    for (const child of node.children) stack.push([child, depth + 1]);
  }
  return flattened;
}
