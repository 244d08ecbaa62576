/**
 * Model data that rides on Lexical's own nodes (paragraph, heading, quote, list) without
 * subclassing them: the block id that diagnostics and comments point at, and a quote's
 * attribution. NodeState serialises under `$` in the node JSON, so it survives copy, undo and
 * the JSON round trip like any other property.
 */
import { createState } from 'lexical';

const parseString = (v: unknown): string => (typeof v === 'string' ? v : '');

/** The model block id; empty on a block the user has just made (the bridge assigns one). */
export const blockIdState = createState('blockId', { parse: parseString });

/** A quote's attribution ("Wang Yi"); null when the draft gave none. */
export const attributionState = createState('attribution', {
  parse: (v: unknown): string | null => (typeof v === 'string' ? v : null),
});
