import { z } from 'zod';
import { IpcErrorSchema } from '../../shared/ipc/contract';

/** The envelope every answer travels in; the value is the channel's business. */
export const IpcResultSchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }).strict(),
  z.object({ ok: z.literal(false), error: IpcErrorSchema }).strict(),
]);
