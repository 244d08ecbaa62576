import type { JSX } from 'react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NodeKey } from 'lexical';
import { useEditorEnvironment } from '../context';
import { $isFigureNode, type FigureData } from '../nodes/FigureNode';
import { SuggestibleField } from './SuggestibleField';
import { useNodeUpdate } from './useNodeUpdate';

export function FigureView({ nodeKey, data }: { nodeKey: NodeKey; data: FigureData }): JSX.Element {
  const { t } = useTranslation();
  const env = useEditorEnvironment();
  const update = useNodeUpdate(nodeKey, $isFigureNode);
  const [picking, setPicking] = useState(false);
  const onCaption = useCallback((v: string) => update((n) => n.setData({ caption: v })), [update]);
  const onCredit = useCallback(
    (v: string) => update((n) => n.setData({ credit: v === '' ? null : v })),
    [update],
  );
  const onAlt = useCallback((v: string) => update((n) => n.setData({ alt: v })), [update]);
  const pick = useCallback(async () => {
    setPicking(true);
    try {
      const src = await env.pickImage();
      if (src) update((n) => n.setData({ src }));
    } finally {
      setPicking(false);
    }
  }, [env, update]);
  const shown = data.src ? env.resolveImage(data.src) : null;
  return (
    <figure className="node node--figure" data-testid="figure">
      <div className="figure__image">
        {shown ? (
          <img src={shown} alt={data.alt} />
        ) : (
          <div className="figure__placeholder">
            {data.src ? t('node.figure.notShown', { src: data.src }) : t('node.figure.noImage')}
          </div>
        )}
        <button
          type="button"
          className="btn btn--small"
          data-field="src"
          onClick={pick}
          disabled={picking || env.review.suggesting !== null}
          title={env.review.suggesting ? t('suggest.fieldLocked') : undefined}
        >
          {data.src ? t('node.figure.replace') : t('node.figure.choose')}
        </button>
      </div>
      <figcaption className="figure__fields">
        <SuggestibleField
          nodeKey={nodeKey}
          field="caption"
          multiline
          label={t('node.figure.caption')}
          value={data.caption}
          onCommit={onCaption}
        />
        <div className="figure__row">
          <SuggestibleField
            nodeKey={nodeKey}
            field="credit"
            label={t('node.figure.credit')}
            value={data.credit ?? ''}
            onCommit={onCredit}
          />
          <SuggestibleField
            nodeKey={nodeKey}
            field="alt"
            wrap
            label={t('node.figure.alt')}
            placeholder={t('node.figure.altPlaceholder')}
            value={data.alt}
            onCommit={onAlt}
          />
        </div>
      </figcaption>
    </figure>
  );
}
