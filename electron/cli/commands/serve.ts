import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { defaultRendererDir, launchHost } from '../../host/launch';
import { UsageError } from '../io';
import type { Command } from '../main';

function openInBrowser(url: string): void {
  const cmd =
    process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  const child = spawn(cmd, [url], { detached: true, stdio: 'ignore', shell: false });
  child.once('error', () => undefined);
  child.unref();
}

export const runServe: Command = {
  name: 'serve',
  summary: 'Run the editor in a browser, served on 127.0.0.1 only (no Electron needed)',
  usage: [
    'Usage: newsroom serve [file] [--port <n>] [--no-open] [--test-dialogs] [--user-data <dir>]',
    '',
    '  file          open this draft first; its folder becomes the workspace (else the current folder)',
    '  --port        port on 127.0.0.1 (default: a free one)',
    '  --no-open     print the address without opening a browser',
    '  --test-dialogs  answer file dialogs from a queue filled through POST /test/dialogs (tests only)',
    "  --user-data   folder for settings and recovery copies (default: the app's, or NEWSROOM_USER_DATA)",
    '',
    'The printed address carries a one-time token after "#"; only a page opened with it can',
    'use the editor. Saving and exporting stay inside the workspace folder. Ctrl+C stops it.',
  ].join('\n'),
  options: {
    port: { type: 'string' },
    'no-open': { type: 'boolean' },
    'test-dialogs': { type: 'boolean' },
    'user-data': { type: 'string' },
  },
  async run({ values, positionals }, io) {
    if (positionals.length > 1) throw new UsageError('expected at most one file.');
    let port = 0;
    if (values.port !== undefined) {
      port = Number(values.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        throw new UsageError(`--port: expected a number from 0 to 65535, got "${values.port}".`);
      }
    }
    const testDialogs =
      values['test-dialogs'] === true || process.env.NEWSROOM_TEST_DIALOGS === '1';
    let host;
    try {
      host = await launchHost({
        file: positionals[0],
        port,
        testDialogs,
        userDataDir: typeof values['user-data'] === 'string' ? values['user-data'] : undefined,
      });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EADDRINUSE') throw new UsageError(`port ${port} is already in use.`);
      if (e instanceof Error && /no such file/.test(e.message)) throw new UsageError(e.message);
      throw e;
    }
    if (!existsSync(join(defaultRendererDir(), 'index.html'))) {
      io.stderr('newsroom serve: the editor is not built yet; run `npm run build`, then reload.\n');
    }
    io.stdout(`Newsroom Desk is running at ${host.url}\n`);
    io.stdout(`Workspace: ${host.workspace}\n`);
    if (testDialogs) io.stdout('Test dialogs: on (answers come from POST /test/dialogs)\n');
    const problem = host.ctx.settings.problem;
    if (problem) io.stderr(`newsroom serve: ${problem.message}\n`);
    if (!values['no-open'] && !testDialogs) openInBrowser(host.url);
    await new Promise<void>((resolveStop) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        void host.close().then(resolveStop);
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    return 0;
  },
};
