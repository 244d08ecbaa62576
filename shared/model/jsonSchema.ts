import { z } from 'zod';
import { ArticleSchema } from './article';

/** JSON Schema (draft 2020-12) of the native `.newsroom.json` format, derived from the zod model. */
export function articleJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://newsroom-desk.local/schema/article.json',
    title: 'Newsroom Desk article',
    ...z.toJSONSchema(ArticleSchema, { io: 'input' }),
  };
}
