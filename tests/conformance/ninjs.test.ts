import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  readStandard,
  standards,
  standardsSkipReason,
  validateNewsmlG2,
  validateNinjs31,
  xmllintSkipReason,
} from '../support/standards';

describe.skipIf(!standards.present)(`standards helper ${standardsSkipReason}`, () => {
  it('accepts every official ninjs example and rejects a broken one', () => {
    for (const f of readdirSync(standards.ninjsExamplesDir)) {
      const r = validateNinjs31(readStandard(path.join('ninjs', 'examples', f)));
      expect(r, f).toEqual({ valid: true, errors: [] });
    }
    const bad = validateNinjs31({ uri: 'urn:x:1', pubStatus: 'draft', headline: 'x' });
    expect(bad.valid).toBe(false);
    expect(bad.errors.join('\n')).toMatch(/pubStatus/);
  });

  it.skipIf(!standards.xmllint)(`validates NewsML-G2 with xmllint ${xmllintSkipReason}`, () => {
    const item = readStandard('newsml-g2/examples/LISTING_2_NewsML-G2_Text_Document.xml');
    expect(validateNewsmlG2(item)).toEqual({ valid: true, errors: [] });
    const broken = validateNewsmlG2(item.replace('<itemClass qcode="ninat:text" />', ''));
    expect(broken.valid).toBe(false);
    expect(broken.errors.join('\n')).toMatch(/itemClass/);
  });
});
