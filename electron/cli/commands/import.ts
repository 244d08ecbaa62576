import { importDraft } from '../../../shared/import';
import { serializeNativeArticle } from '../../../shared/import/native';
import { writeFileAtomic } from '../../services/atomic';
import { describeFsError, readInput, UsageError } from '../io';
import type { Command } from '../main';
import { loadProfileOption } from '../profile';

export const runImport: Command = {
  name: 'import',
  summary:
    'Import a draft (text, Markdown, HTML, DOCX, ninjs, NewsML-G2, native) and print the article JSON',
  usage: [
    'Usage: newsroom import <file> [--profile <name|path>] [--format <importer>] [--out <file>]',
    '',
    '  --profile  built-in profile (id, en) or a JSON/YAML profile file; default: by language',
    '  --format   force an importer instead of detecting one from the content',
    '  --out      write the article to this file (atomically) instead of standard output',
  ].join('\n'),
  options: {
    profile: { type: 'string', short: 'p' },
    format: { type: 'string' },
    out: { type: 'string', short: 'o' },
  },
  async run({ values, positionals }, io) {
    if (positionals.length !== 1)
      throw new UsageError('expected exactly one file. Usage: newsroom import <file>');
    const path = positionals[0]!;
    const profile = await loadProfileOption(values.profile);
    const input = await readInput(path);
    const article = await importDraft(input, {
      profile,
      format: typeof values.format === 'string' ? values.format : undefined,
    });
    const json = serializeNativeArticle(article);
    if (typeof values.out === 'string') {
      try {
        await writeFileAtomic(values.out, json);
      } catch (e) {
        throw describeFsError(e, values.out);
      }
    } else {
      io.stdout(json);
    }
    return 0;
  },
};
