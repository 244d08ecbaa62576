/**
 * The sandboxed preload: the page's only way to the Node side. It exposes the contract's
 * transport (`window.newsroomBridge`) and a ready-made `DesktopApi` (`window.newsroom`), never
 * `ipcRenderer` itself, and only the contract's channels. A dropped file's path comes from
 * `webUtils.getPathForFile` here, not from the page, so the page cannot name a path: the one
 * channel that takes a path (`document:openPath`) cannot be invoked through the bridge.
 *
 * Bundled to CommonJS (sandboxed preloads cannot load ES modules) with nothing but `electron`
 * left external; it must not import zod or node:*.
 */
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import {
  API_GLOBAL,
  BRIDGE_GLOBAL,
  EVENT_CHANNEL,
  PRELOAD_ONLY_CHANNELS,
  type PreloadBridge,
} from '../shared/ipc/bridge';
import { createDesktopApi, type DesktopApi } from '../shared/ipc/client';
import { toBridgeSafeError } from '../shared/ipc/errors';
import type { AppEvent, Channel } from '../shared/ipc/contract';

const bridge: PreloadBridge = {
  invoke(channel: Channel, payload: unknown) {
    if (PRELOAD_ONLY_CHANNELS.includes(channel)) {
      return Promise.resolve({
        ok: false,
        error: { code: 'forbidden', message: `${channel} cannot be called from the page.` },
      });
    }
    return ipcRenderer.invoke(channel, payload);
  },
  onEvent(listener: (event: AppEvent) => void) {
    const handler = (_e: IpcRendererEvent, event: AppEvent) => listener(event);
    ipcRenderer.on(EVENT_CHANNEL, handler);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, handler);
    };
  },
  openDroppedFile(file) {
    let path = '';
    try {
      // Only a real File from a drop or a file input has a path; one made in the page has "".
      path = webUtils.getPathForFile(file as unknown as File);
    } catch {
      path = '';
    }
    return path ? ipcRenderer.invoke('document:openPath', { path }) : undefined;
  },
};

/**
 * Files dropped anywhere on the window open as documents, unless the page handled the drop
 * itself (an image dropped on a figure calls preventDefault). These listeners sit on the
 * window, so the page's own handlers run first.
 */
function hasFiles(e: DragEvent): boolean {
  return Array.from(e.dataTransfer?.types ?? []).includes('Files');
}
window.addEventListener('dragover', (e) => {
  if (!e.defaultPrevented && hasFiles(e)) e.preventDefault();
});
window.addEventListener('drop', (e) => {
  if (e.defaultPrevented || !hasFiles(e)) return;
  e.preventDefault();
  for (const file of Array.from(e.dataTransfer?.files ?? [])) {
    let path = '';
    try {
      path = webUtils.getPathForFile(file);
    } catch {
      path = '';
    }
    if (path) void ipcRenderer.invoke('app:queueDroppedFile', { path });
  }
});

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);
/**
 * The context bridge copies a thrown Error's message but drops its other fields, so rejections
 * cross as plain `IpcCallError`-shaped objects instead (`isIpcCallError` accepts them).
 */
function bridgeSafe(api: DesktopApi): DesktopApi {
  const out: Record<string, unknown> = {};
  for (const [name, fn] of Object.entries(api) as [string, (...a: unknown[]) => unknown][]) {
    out[name] =
      name === 'onEvent'
        ? fn
        : (...args: unknown[]) =>
            (fn(...args) as Promise<unknown>).catch((e: unknown) =>
              Promise.reject(toBridgeSafeError(e)),
            );
  }
  return out as unknown as DesktopApi;
}

contextBridge.exposeInMainWorld(API_GLOBAL, bridgeSafe(createDesktopApi(bridge)));
