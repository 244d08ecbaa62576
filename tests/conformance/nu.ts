/**
 * The W3C Nu HTML checker (npm `vnu-jar`, run on Java) for the conformance suites: whether it can
 * run here, and one call that checks many pages at once (starting Java once per page would cost
 * seconds each).
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));
export const javaOk = spawnSync('java', ['-version'], { encoding: 'utf8' }).status === 0;

export interface NuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  message: string;
  extract?: string;
  lastLine?: number;
}

/** Wraps a body fragment the way a CMS template would, so the checker sees a whole page. */
export const inPage = (fragment: string, lang: string): string =>
  `<!DOCTYPE html>\n<html lang="${lang}">\n<head>\n<meta charset="utf-8">\n<title>CMS</title>\n</head>\n<body>\n<main>\n<article>\n<h1>CMS headline</h1>\n${fragment}</article>\n</main>\n</body>\n</html>\n`;

/** A page with one known error: an image without alt text. */
const CANARY_PAGE =
  '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>x</title>\n</head>\n<body>\n<p><img src="x.jpg"></p>\n</body>\n</html>\n';
export const CANARY_ERROR =
  'error: An “img” element must have an “alt” attribute, except under certain conditions. For details, consult guidance on providing text alternatives for images.';

/**
 * Checks the files (HTML and their CSS) in one run of the checker. A canary page with one known
 * error, written into `dir`, runs with them: its messages come back apart, as proof that the
 * checker ran on this list and reports what it finds.
 */
export function runNu(
  files: readonly string[],
  dir: string,
): { messages: NuMessage[]; canary: NuMessage[] } {
  const canaryFile = path.join(dir, 'nu-canary.html');
  writeFileSync(canaryFile, CANARY_PAGE);
  const r = spawnSync(
    'java',
    [
      '-jar',
      vnuJar,
      '--format',
      'json',
      '--stdout',
      '--also-check-css',
      '--exit-zero-always',
      ...files,
      canaryFile,
    ],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const all = (JSON.parse(r.stdout) as { messages: NuMessage[] }).messages;
  const isCanary = (m: NuMessage) => m.url === `file:${canaryFile}`;
  return { messages: all.filter((m) => !isCanary(m)), canary: all.filter(isCanary) };
}
