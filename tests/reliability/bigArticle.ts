import type { Article } from '../../shared/model/article';

/**
 * A version of `base` of about `bytes` bytes when saved: the headline names the version and
 * filler paragraphs (Indonesian-looking copy, different per version) bring it up to size.
 */
export function padArticle(base: Article, bytes: number, version: string): Article {
  const kept = base.blocks.filter((b) => !b.id.startsWith('pad-'));
  const line = `Versi ${version}: warga Jakarta menunggu air surut di pengungsian sementara. `;
  const perBlock = 40;
  const text = line.repeat(perBlock);
  // Each filler block costs its text plus roughly 120 bytes of pretty-printed JSON around it.
  const count = Math.max(1, Math.round(bytes / (text.length + 120)));
  const filler: Article['blocks'] = Array.from({ length: count }, (_, i) => ({
    id: `pad-${i}`,
    type: 'paragraph' as const,
    text,
    marks: [],
  }));
  return {
    ...base,
    headline: `${base.headline.replace(/ \(versi [\d.]+\)$/, '')} (versi ${version})`,
    blocks: [...kept, ...filler],
  };
}
