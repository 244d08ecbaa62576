/**
 * The error side of the contract, kept free of zod so the sandboxed preload can bundle it
 * without the schemas.
 */
import type { IpcError, IpcErrorCode } from './contract';

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** Raised by clients when an answer is an error, so `await api.saveDocument(…)` can be caught. */
export class IpcCallError extends Error {
  override readonly name = 'IpcCallError';
  constructor(
    readonly channel: string,
    readonly code: IpcErrorCode,
    message: string,
    readonly issues?: IpcError['issues'],
  ) {
    super(message);
  }
}

/**
 * True for an `IpcCallError`, and for the plain-object copy of one that arrives across
 * Electron's context bridge (which keeps an object's fields but not its class).
 */
export function isIpcCallError(e: unknown): e is IpcCallError {
  if (e instanceof IpcCallError) return true;
  if (typeof e !== 'object' || e === null) return false;
  const o = e as Record<string, unknown>;
  return o.name === 'IpcCallError' && typeof o.code === 'string' && typeof o.message === 'string';
}

/** A plain copy of an error that survives the context bridge with its `code` intact. */
export function toBridgeSafeError(e: unknown): unknown {
  if (e instanceof IpcCallError) {
    return {
      name: 'IpcCallError',
      channel: e.channel,
      code: e.code,
      message: e.message,
      ...(e.issues ? { issues: e.issues } : {}),
    };
  }
  return e;
}
