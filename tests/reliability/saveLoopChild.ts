/**
 * The app in a save loop, for the kill -9 test: starts the real services on a user-data folder
 * (which sweeps the temp files an earlier killed run left), opens the native file, then saves a
 * new version again and again through `DocumentService.save` until it is killed. Before each
 * save it prints the SHA-256 of the exact bytes that save will write, and after it, that the
 * save returned; the parent checks the file on disk against those two hashes.
 *
 * argv: userDataDir file targetBytes trial
 */
import { createHash } from 'node:crypto';
import { createContext } from '../../electron/ipc/createContext';
import { QueuedDialogs } from '../../electron/services/dialogs';
import { coreExportEngine } from '../../electron/services/exports';
import { RecordingShell } from '../../electron/services/shell';
import { serializeNativeArticle } from '../../shared/import/native';
import { padArticle } from './bigArticle';

const [userDataDir, file, target, trial] = process.argv.slice(2) as [
  string,
  string,
  string,
  string,
];
const say = (line: string): void => {
  // Pipes are synchronous on Linux, so a line is in the parent's hands before the next step.
  process.stdout.write(`${line}\n`);
};

const ctx = await createContext({
  transport: 'electron',
  name: 'Newsroom Desk',
  version: 'soak',
  userDataDir,
  dialogs: new QueuedDialogs(),
  shell: new RecordingShell(),
  exports: coreExportEngine,
  trustDroppedPaths: true,
});
const real = await ctx.access.grantFile(file);
const { document, article } = await ctx.documents.openFile(await ctx.access.resolveForRead(real));
say(`ready settings=${ctx.settings.problem ? `problem ${ctx.settings.problem.message}` : 'ok'}`);
for (let k = 1; ; k++) {
  const next = padArticle(article, Number(target), `${trial}.${k}`);
  say(`saving ${createHash('sha256').update(serializeNativeArticle(next)).digest('hex')}`);
  await ctx.documents.save(document.token, next);
  say('saved');
}
