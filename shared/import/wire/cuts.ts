import type { Article } from '../../model/article';
import { describeCredits, type Collected, type Out } from './collected';
import type { Compiled } from './conventions';
import { matchSignOff, parseCreditLine } from './credits';
import { matchDateline } from './dateline';
import { normaliseSpace, sliceInline } from './inline';

/** The dateline cut from the front of the first body paragraph ("Beijing: Menteri…"). */
export function takeDateline(out: Out[], article: Article, cc: Compiled, got: Collected): void {
  if (article.dateline) return;
  const first = out.find((o): o is Extract<Out, { kind: 'para' }> => o.kind === 'para');
  if (!first) return;
  const m = matchDateline(first.inline.text, cc);
  if (!m) return;
  got.dateline = m.dateline;
  got.report(
    'dateline',
    normaliseSpace(first.inline.text.slice(0, m.length)),
    'moved',
    first,
    'Moved to the dateline.',
  );
  first.inline = sliceInline(first.inline, m.length);
}

const TRAILING_PARENTHESIS = /\((?<inner>[^()]{3,300})\)$/u;

/** Credits cut from the end of the last body paragraph: "… (Kelvin Yurcel)", "… (Reporting by X)". */
export function takeTrailingSignOffs(out: Out[], cc: Compiled, got: Collected): void {
  for (let guard = 0; guard < 3; guard++) {
    let at = -1;
    for (let k = out.length - 1; k >= 0; k--) {
      if (out[k]!.kind === 'para') {
        at = k;
        break;
      }
    }
    if (at < 0) return;
    const last = out[at] as Extract<Out, { kind: 'para' }>;
    const text = last.inline.text;
    let cut = -1;
    const signOff = matchSignOff(text, cc, 'trailing');
    if (signOff) {
      cut = signOff.start;
      got.addCredits(signOff.credits, last.at);
      got.report(
        'sign-off',
        signOff.matched.trim(),
        'moved',
        last,
        `Credits: ${describeCredits(signOff.credits)}.`,
      );
    } else {
      const m = TRAILING_PARENTHESIS.exec(text);
      const credits = m && m.index > 0 ? parseCreditLine(m[0], cc) : null;
      if (!m || !credits) return;
      cut = m.index;
      got.addCredits(credits.credits, last.at);
      got.report(
        'credit-line',
        m[0],
        'moved',
        last,
        `Credits: ${describeCredits(credits.credits)}.`,
      );
    }
    last.inline = sliceInline(last.inline, 0, cut);
    if (last.inline.text === '') out.splice(at, 1);
  }
}
