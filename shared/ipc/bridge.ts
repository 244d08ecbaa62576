/**
 * What the Electron preload puts on `window` (zod-free, so the sandboxed preload stays small).
 *
 * `window.newsroomBridge` is the raw transport: answers are plain `IpcResult` objects, which
 * cross Electron's context bridge intact. Build the API in the page with
 * `createDesktopApi(window.newsroomBridge)` so rejections are real `IpcCallError`s with their
 * `code`; the context bridge drops custom properties of errors thrown across it.
 * `window.newsroom` (a ready-made `DesktopApi`) is also exposed for convenience, but errors from
 * it carry only their message.
 */
import type { AppEvent, Channel } from './contract';
import type { DroppedFile } from './client';

/** Main → renderer pushes (menu commands, pending opens, focus). */
export const EVENT_CHANNEL = 'app:event';

export const BRIDGE_GLOBAL = 'newsroomBridge';
export const API_GLOBAL = 'newsroom';

/**
 * Channels the page may not invoke directly through the bridge: they trust the path they are
 * given, so only the preload's own drop handling may send them.
 */
export const PRELOAD_ONLY_CHANNELS: readonly Channel[] = [
  'document:openPath',
  'app:queueDroppedFile',
];

export interface PreloadBridge {
  invoke(channel: Channel, payload: unknown): Promise<unknown>;
  onEvent(listener: (event: AppEvent) => void): () => void;
  openDroppedFile(file: DroppedFile): Promise<unknown> | undefined;
}
