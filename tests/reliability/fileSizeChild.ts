/**
 * Runs under `ulimit -f` (set by the test's shell): opens the native file through the real
 * services, saves a version larger than the limit through the handler table, and prints the
 * answer the window would get, as JSON.
 *
 * argv: userDataDir file bytes
 */
import { padArticle } from './bigArticle';
import { startApp } from './support';

const [userDataDir, file, bytes] = process.argv.slice(2) as [string, string, string];
const { ctx, call } = await startApp(userDataDir);
const real = await ctx.access.grantFile(file);
const { document, article } = await ctx.documents.openFile(await ctx.access.resolveForRead(real));
const result = await call('document:save', {
  token: document.token,
  article: padArticle(article, Number(bytes), 'besar'),
});
process.stdout.write(`${JSON.stringify(result)}\n`);
