/**
 * What the editor's node views need from the app around them, passed down through React
 * context so that nodes stay plain data and the views stay testable.
 */
import { createContext, useContext } from 'react';

export interface EditorEnvironment {
  /** IANA zone for a publication time the user enters when the byline has none yet. */
  timeZone: string;
  /** Asks the user for an image; resolves to the src to store, or null if they cancelled. */
  pickImage(): Promise<string | null>;
  /** Turns a stored src into something the page can show (null: cannot be shown here). */
  resolveImage(src: string): string | null;
}

export const EditorEnvironmentContext = createContext<EditorEnvironment>({
  timeZone: 'UTC',
  pickImage: () => Promise.resolve(null),
  resolveImage: (src) => (/^data:image\//i.test(src) ? src : null),
});

export const useEditorEnvironment = (): EditorEnvironment => useContext(EditorEnvironmentContext);
