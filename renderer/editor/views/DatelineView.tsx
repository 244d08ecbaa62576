import type { JSX } from 'react';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { NodeKey } from 'lexical';
import { $isDatelineNode, type DatelineData } from '../nodes/DatelineNode';
import { useEditorEnvironment } from '../context';
import { NodeField } from './NodeField';
import { useNodeUpdate } from './useNodeUpdate';

export function DatelineView({
  nodeKey,
  data,
}: {
  nodeKey: NodeKey;
  data: DatelineData;
}): JSX.Element {
  const { t } = useTranslation();
  const update = useNodeUpdate(nodeKey, $isDatelineNode);
  // The review model holds suggestions on text, not on a dateline's parts.
  const locked = useEditorEnvironment().review.suggesting ? t('suggest.fieldLocked') : null;
  const onPlace = useCallback((v: string) => update((n) => n.setPart('place', v)), [update]);
  const onSource = useCallback((v: string) => update((n) => n.setPart('source', v)), [update]);
  const onDate = useCallback((v: string) => update((n) => n.setPart('date', v)), [update]);
  return (
    <div className="node node--dateline" data-testid="dateline">
      <NodeField
        field="place"
        className="dateline__place"
        label={t('node.dateline.place')}
        placeholder={t('node.dateline.placePlaceholder')}
        value={data.place}
        onCommit={onPlace}
        locked={locked}
      />
      <NodeField
        field="source"
        label={t('node.dateline.source')}
        placeholder={t('node.dateline.sourcePlaceholder')}
        value={data.source ?? ''}
        onCommit={onSource}
        locked={locked}
      />
      <NodeField
        field="date"
        label={t('node.dateline.date')}
        value={data.date ?? ''}
        onCommit={onDate}
        locked={locked}
      />
    </div>
  );
}
