import { describe, expect, it } from 'vitest';
import { main, type CommandIO } from '../../../electron/cli/main';
import { importDraft } from '../../../shared/import';
import { serializeNativeArticle } from '../../../shared/import/native';
import { seedBytes, seedPath } from './helpers';

function capture(): CommandIO & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    isTTY: false,
    stdout: (s: string) => {
      io.out += s;
    },
    stderr: (s: string) => {
      io.err += s;
    },
  };
  return io;
}

describe('newsroom import <text draft>', () => {
  it.each(['000_96a0e40e744c17ac.txt', 'id-antara-style.txt', 'en-reuters-style.txt'])(
    'prints the article JSON for seeds/%s',
    async (name) => {
      const io = capture();
      const code = await main(['import', seedPath(name)], io);
      expect(io.err).toBe('');
      expect(code).toBe(0);
      const expected = await importDraft({ bytes: seedBytes(name), name });
      expect(io.out).toBe(serializeNativeArticle(expected));
    },
  );

  it('applies a profile named on the command line', async () => {
    const io = capture();
    const code = await main(
      ['import', seedPath('000_96a0e40e744c17ac.txt'), '--profile', 'en'],
      io,
    );
    expect(code).toBe(0);
    const article = JSON.parse(io.out) as { byline: { published: string } };
    expect(article.byline.published).toBe('2025-09-29T18:33:00+00:00');
  });
});
