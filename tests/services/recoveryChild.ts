/**
 * A stand-in for the app during typing, for the crash test: opens the given native file, then
 * "types" one word at a time, writing a recovery copy after each, and prints what it wrote,
 * until the test kills it.
 */
import { createContext } from '../../electron/ipc/createContext';
import { QueuedDialogs } from '../../electron/services/dialogs';
import { coreExportEngine } from '../../electron/services/exports';
import { RecordingShell } from '../../electron/services/shell';

const [userDataDir, file] = process.argv.slice(2) as [string, string];
const ctx = await createContext({
  transport: 'electron',
  name: 'Newsroom Desk',
  version: 'test',
  userDataDir,
  dialogs: new QueuedDialogs(),
  shell: new RecordingShell(),
  exports: coreExportEngine,
  trustDroppedPaths: true,
});
const real = await ctx.access.grantFile(file);
const { document, article } = await ctx.documents.openFile(await ctx.access.resolveForRead(real));
const first = article.blocks.find((b) => b.type === 'paragraph');
if (!first || first.type !== 'paragraph') throw new Error('seed has no paragraph');
for (let i = 1; ; i++) {
  first.text += ` kata${i}`;
  await ctx.documents.writeRecovery(document.token, article);
  process.stdout.write(`typed ${i}\n`);
  await new Promise((r) => setTimeout(r, 5));
}
