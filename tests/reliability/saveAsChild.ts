/**
 * Save As into a folder the app has never written to, again and again, until killed: for the
 * test that a kill -9 there leaves no temp file after the next start. Prints `saving <k>`
 * before each Save As and `saved <k>` after it.
 *
 * argv: userDataDir sourceFile targetFolder targetBytes
 */
import { join } from 'node:path';
import { padArticle } from './bigArticle';
import { startApp } from './support';

const [userDataDir, source, target, bytes] = process.argv.slice(2) as [
  string,
  string,
  string,
  string,
];
const { ctx } = await startApp(userDataDir);
const real = await ctx.access.grantFile(source);
const { document, article } = await ctx.documents.openFile(await ctx.access.resolveForRead(real));
await ctx.access.grantFolder(target);
process.stdout.write('ready\n');
for (let k = 1; ; k++) {
  const path = join(target, `salinan-${k}.newsroom.json`);
  await ctx.access.grantFile(path);
  process.stdout.write(`saving ${k}\n`);
  await ctx.documents.saveAs(document.token, padArticle(article, Number(bytes), `as.${k}`), path);
  process.stdout.write(`saved ${k}\n`);
}
