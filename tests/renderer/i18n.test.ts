import { describe, expect, it } from 'vitest';
import { en } from '../../renderer/i18n/en';
import { id } from '../../renderer/i18n/id';
import { initI18n } from '../../renderer/i18n';

type Tree = { [k: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of leaves(v, key)) out.set(kk, vv);
  }
  return out;
}

const placeholders = (s: string): string[] =>
  [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!).sort();

describe('UI strings', () => {
  const enLeaves = leaves(en as unknown as Tree);
  const idLeaves = leaves(id as unknown as Tree);

  it('Bahasa Indonesia has exactly the English keys, none empty', () => {
    expect([...idLeaves.keys()].sort()).toEqual([...enLeaves.keys()].sort());
    for (const [k, v] of idLeaves) expect(v.trim(), k).not.toBe('');
  });

  it('each Indonesian string fills the same values as its English one', () => {
    for (const [k, v] of enLeaves)
      expect(placeholders(idLeaves.get(k)!), k).toEqual(placeholders(v));
  });

  it('plurals and values resolve in both languages', () => {
    const i18n = initI18n('en');
    expect(i18n.t('status.words', { count: 1 })).toBe('1 word');
    expect(i18n.t('status.words', { count: 246 })).toBe('246 words');
    expect(i18n.t('export.gate', { count: 2 })).toBe('2 errors stop this export:');
    void i18n.changeLanguage('id');
    expect(i18n.t('status.words', { count: 246 })).toBe('246 kata');
    expect(i18n.t('checks.where.block', { type: 'Foto', n: 1 })).toBe('Foto · blok 1');
  });
});
