import { updateBlock } from '../../support/edit';
import { checkUrl } from '../../support/url';
import type { BlockRule, FindingFix } from '../../types';

const MESSAGE: Record<string, string> = {
  'not-absolute': 'notAbsolute',
  scheme: 'scheme',
  host: 'host',
  whitespace: 'whitespace',
  credentials: 'credentials',
};

/** Links must be absolute http(s) addresses on a real host, or the published link breaks. */
export const relatedInvalidUrl: BlockRule = {
  id: 'related/invalid-url',
  defaultSeverity: 'error',
  scope: 'block',
  blockTypes: ['related'],
  check({ block }) {
    if (block.type !== 'related' || !block.url?.trim()) return [];
    const url = block.url;
    const result = checkUrl(url);
    if (result.ok) return [];
    const fixes: FindingFix[] = [];
    // "metrotvnews.com/read/…" lost its scheme on the way; offer it back, for a person to confirm.
    const withScheme = `https://${url.trim()}`;
    if (result.problem === 'not-absolute' && !url.includes('://') && checkUrl(withScheme).ok) {
      const blockId = block.id;
      fixes.push({
        id: 'addScheme',
        safe: false,
        values: { url: withScheme },
        apply: (a) =>
          updateBlock(a, blockId, (b) =>
            b.type === 'related' && b.url === url ? { ...b, url: withScheme } : null,
          ),
      });
    }
    return [
      {
        messageId: MESSAGE[result.problem ?? 'not-absolute'] ?? 'notAbsolute',
        field: 'url',
        values: { url, host: result.host ?? '' },
        start: 0,
        end: url.length,
        fixes,
      },
    ];
  },
};
