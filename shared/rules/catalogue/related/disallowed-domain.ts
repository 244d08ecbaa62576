import { checkUrl, hostAllowed } from '../../support/url';
import type { BlockRule } from '../../types';

/** With `allowedLinkDomains` set, related links stay on the outlet's own sites. */
export const relatedDisallowedDomain: BlockRule = {
  id: 'related/disallowed-domain',
  defaultSeverity: 'warning',
  scope: 'block',
  blockTypes: ['related'],
  check({ block, profile }) {
    if (block.type !== 'related' || !block.url || profile.allowedLinkDomains.length === 0)
      return [];
    const result = checkUrl(block.url);
    if (!result.ok || !result.host || hostAllowed(result.host, profile.allowedLinkDomains))
      return [];
    return [
      {
        field: 'url',
        values: { host: result.host, allowed: profile.allowedLinkDomains.join(', ') },
        start: 0,
        end: block.url.length,
      },
    ];
  },
};
