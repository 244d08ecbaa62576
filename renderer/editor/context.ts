/**
 * What the editor's node views need from the app around them, passed down through React
 * context so that nodes stay plain data and the views stay testable.
 */
import { createContext, useContext } from 'react';
import type { Person, Suggestion } from '../../shared/review';

/** Review as the field views (captions, credits, related-link titles) need it. */
export interface FieldReview {
  /** Who is suggesting while suggestion mode is on: fields then propose instead of editing. */
  suggesting: Person | null;
  /** Open suggestions on fields, by `slotKey({ blockId, field })`. */
  open: ReadonlyMap<string, readonly Suggestion[]>;
  /** The field's text as the suggesting person proposes it (their suggestions applied). */
  proposed(blockId: string, field: string): string | null;
  /** Records the suggesting person's proposed text for the field. */
  propose(blockId: string, field: string, text: string): void;
}

export const NO_FIELD_REVIEW: FieldReview = {
  suggesting: null,
  open: new Map(),
  proposed: () => null,
  propose: () => undefined,
};

export interface EditorEnvironment {
  /** IANA zone for a publication time the user enters when the byline has none yet. */
  timeZone: string;
  /** Asks the user for an image; resolves to the src to store, or null if they cancelled. */
  pickImage(): Promise<string | null>;
  /** Turns a stored src into something the page can show (null: cannot be shown here). */
  resolveImage(src: string): string | null;
  review: FieldReview;
}

export const EditorEnvironmentContext = createContext<EditorEnvironment>({
  timeZone: 'UTC',
  pickImage: () => Promise.resolve(null),
  resolveImage: (src) => (/^data:image\//i.test(src) ? src : null),
  review: NO_FIELD_REVIEW,
});

export const useEditorEnvironment = (): EditorEnvironment => useContext(EditorEnvironmentContext);
