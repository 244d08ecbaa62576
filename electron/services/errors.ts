import type { IpcErrorCode } from '../../shared/ipc/contract';

/**
 * A failure a service can explain to the user in one sentence. The code is the contract's error
 * code, so the handler table passes it through unchanged.
 */
export class ServiceError extends Error {
  override readonly name = 'ServiceError';
  constructor(
    readonly code: IpcErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export const isServiceError = (e: unknown): e is ServiceError => e instanceof ServiceError;

/** Turns a file-system error into a plain sentence about `what` ("banjir.newsroom.json"). */
export function fsErrorToServiceError(e: unknown, what: string): ServiceError {
  if (e instanceof ServiceError) return e;
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return new ServiceError('not-found', `${what}: the file or folder no longer exists.`);
    case 'EACCES':
    case 'EPERM':
      return new ServiceError('io', `${what}: permission denied; nothing was changed.`);
    case 'EROFS':
      return new ServiceError('io', `${what}: the disk is read-only; nothing was changed.`);
    case 'ENOSPC':
    case 'EDQUOT':
      return new ServiceError('io', `${what}: the disk is full; nothing was changed.`);
    // A per-file size limit (ulimit -f, a quota on file size, FAT32's 4 GB): the disk may have
    // room, but this file cannot grow that large.
    case 'EFBIG':
      return new ServiceError(
        'io',
        `${what}: the file is too large for this disk or account; nothing was changed.`,
      );
    case 'EISDIR':
      return new ServiceError('io', `${what} is a folder, not a file.`);
    case 'ENAMETOOLONG':
      return new ServiceError('io', `${what}: the name is too long for this disk.`);
    case 'EBUSY':
    case 'ETXTBSY':
      return new ServiceError('io', `${what} is in use by another program; try again.`);
    default:
      return new ServiceError(
        'io',
        `${what}: ${(e as Error | undefined)?.message ?? 'the disk reported an error'}.`,
      );
  }
}
