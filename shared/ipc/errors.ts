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

export const isIpcCallError = (e: unknown): e is IpcCallError => e instanceof IpcCallError;
