import { useEffect, useId, useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '../../shared/model/article';

interface Props {
  article: Article;
  profiles: { id: string; name: string; language: string }[];
  onChange: (article: Article) => void;
}

const LANGUAGES = ['id', 'en'];

/** The article's particulars that are not copy: language, profile, section, tags, slug. */
export function DetailsPanel({ article, profiles, onChange }: Props): JSX.Element {
  const { t } = useTranslation();
  const ids = {
    language: useId(),
    profile: useId(),
    section: useId(),
    tags: useId(),
    slug: useId(),
    sub: useId(),
  };
  const meta = article.metadata;
  // Tags are typed as one comma-separated line and split when the field is left, so a comma
  // being typed is not swallowed mid-word.
  const [tagText, setTagText] = useState(meta.tags.join(', '));
  useEffect(() => setTagText(meta.tags.join(', ')), [meta.tags]);
  const setMeta = (patch: Partial<Article['metadata']>): void =>
    onChange({ ...article, metadata: { ...meta, ...patch } });
  return (
    <div className="details form" data-testid="details">
      <label htmlFor={ids.sub}>{t('details.subheadline')}</label>
      <textarea
        id={ids.sub}
        className="input"
        rows={2}
        value={article.subheadline ?? ''}
        onChange={(e) => onChange({ ...article, subheadline: e.currentTarget.value || null })}
      />
      <label htmlFor={ids.language}>{t('details.language')}</label>
      <select
        id={ids.language}
        className="input"
        value={article.language}
        onChange={(e) => onChange({ ...article, language: e.currentTarget.value })}
      >
        {(LANGUAGES.includes(article.language) ? LANGUAGES : [article.language, ...LANGUAGES]).map(
          (l) => (
            <option key={l} value={l}>
              {t(`language.${l}`, { defaultValue: l })}
            </option>
          ),
        )}
      </select>
      <label htmlFor={ids.profile}>{t('details.profile')}</label>
      <select
        id={ids.profile}
        className="input"
        value={meta.profile ?? ''}
        onChange={(e) => setMeta({ profile: e.currentTarget.value || undefined })}
      >
        <option value="">{t('details.profileAuto')}</option>
        {profiles.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
      <label htmlFor={ids.section}>{t('details.section')}</label>
      <input
        id={ids.section}
        className="input"
        value={meta.section ?? ''}
        onChange={(e) => setMeta({ section: e.currentTarget.value || undefined })}
      />
      <label htmlFor={ids.tags}>{t('details.tags')}</label>
      <input
        id={ids.tags}
        className="input"
        value={tagText}
        aria-describedby={`${ids.tags}-hint`}
        onChange={(e) => setTagText(e.currentTarget.value)}
        onBlur={() =>
          setMeta({
            tags: tagText
              .split(',')
              .map((s) => s.trim())
              .filter(Boolean),
          })
        }
      />
      <small id={`${ids.tags}-hint`} className="muted">
        {t('details.tagsHint')}
      </small>
      <label htmlFor={ids.slug}>{t('details.slug')}</label>
      <input
        id={ids.slug}
        className="input mono"
        value={article.slug ?? ''}
        onChange={(e) => onChange({ ...article, slug: e.currentTarget.value || null })}
      />
    </div>
  );
}
