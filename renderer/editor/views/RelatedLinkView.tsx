import type { JSX } from 'react';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { NodeKey } from 'lexical';
import { $isRelatedLinkNode, type RelatedLinkData } from '../nodes/RelatedLinkNode';
import { useEditorEnvironment } from '../context';
import { NodeField } from './NodeField';
import { SuggestibleField } from './SuggestibleField';
import { useNodeUpdate } from './useNodeUpdate';

export function RelatedLinkView({
  nodeKey,
  data,
}: {
  nodeKey: NodeKey;
  data: RelatedLinkData;
}): JSX.Element {
  const { t } = useTranslation();
  const env = useEditorEnvironment();
  const update = useNodeUpdate(nodeKey, $isRelatedLinkNode);
  const onLabel = useCallback((v: string) => update((n) => n.setData({ label: v })), [update]);
  const onTitle = useCallback((v: string) => update((n) => n.setData({ title: v })), [update]);
  const onUrl = useCallback((v: string) => update((n) => n.setData({ url: v.trim() })), [update]);
  return (
    <aside className="node node--related" data-testid="related">
      <SuggestibleField
        nodeKey={nodeKey}
        field="label"
        className="related__label"
        label={t('node.related.label')}
        value={data.label}
        onCommit={onLabel}
      />
      <SuggestibleField
        nodeKey={nodeKey}
        field="title"
        wrap
        className="related__title"
        label={t('node.related.title')}
        value={data.title}
        onCommit={onTitle}
      />
      <NodeField
        field="url"
        type="url"
        className="related__url"
        label={t('node.related.url')}
        placeholder="https://"
        value={data.url ?? ''}
        onCommit={onUrl}
        invalid={!data.url}
        locked={env.review.suggesting ? t('suggest.fieldLocked') : null}
      />
    </aside>
  );
}
