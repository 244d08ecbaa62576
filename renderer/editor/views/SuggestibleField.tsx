/**
 * A field whose text is a review slot (caption, credit, alt text, related-link label and title).
 * Normally it edits the node like any field. While its user is suggesting, it shows the text as
 * they propose it and records what they typed as their suggestion (replacing their earlier one on
 * the field), so a caption edit is one suggestion, not one per key.
 * Open suggestions on the field, anyone's, are shown under it: struck words, proposed words, who.
 */
import { $getNodeByKey, $getState, type NodeKey } from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useCallback, useEffect, useId, useRef, useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { slotKey } from '../../../shared/review';
import { useEditorEnvironment } from '../context';
import { blockIdState } from '../nodes/blockState';
import { NodeField, noNewLine, oneLine } from './NodeField';

interface Props {
  nodeKey: NodeKey;
  field: string;
  label: string;
  value: string;
  onCommit: (value: string) => void;
  placeholder?: string;
  multiline?: boolean;
  /** One line of text, wrapped to the field's width (see NodeField's `oneLine`). */
  wrap?: boolean;
  className?: string;
}

function useBlockId(nodeKey: NodeKey): string {
  const [editor] = useLexicalComposerContext();
  return editor.getEditorState().read(() => {
    const node = $getNodeByKey(nodeKey);
    return node ? $getState(node, blockIdState) : '';
  });
}

export function SuggestibleField(props: Props): JSX.Element {
  const { t } = useTranslation();
  const { review } = useEditorEnvironment();
  const blockId = useBlockId(props.nodeKey);
  const open = blockId ? (review.open.get(slotKey({ blockId, field: props.field })) ?? []) : [];
  const listId = useId();
  const suggestions =
    open.length > 0 ? (
      <ul className="field-suggestions" id={listId} data-field-suggestions={props.field}>
        {open.map((s) => (
          <li key={s.id} className="field-suggestion">
            {s.removed ? <del className="ed-sugg-del">{s.removed}</del> : null}
            {s.text ? <ins className="ed-sugg-ins">{s.text}</ins> : null}
            <span className="field-suggestion__who">
              {' '}
              {t('suggest.inlineHint', { name: s.by.name })}
            </span>
          </li>
        ))}
      </ul>
    ) : null;
  if (!review.suggesting || !blockId) {
    return (
      <>
        <NodeField {...props} />
        {suggestions}
      </>
    );
  }
  return (
    <>
      <ProposingField
        {...props}
        proposed={review.proposed(blockId, props.field) ?? props.value}
        onPropose={(text) => review.propose(blockId, props.field, text)}
        describedBy={open.length > 0 ? listId : undefined}
      />
      {suggestions}
    </>
  );
}

function ProposingField(
  props: Props & { proposed: string; onPropose: (text: string) => void; describedBy?: string },
): JSX.Element {
  const { t } = useTranslation();
  const id = useId();
  const [value, setValue] = useState(props.proposed);
  const editing = useRef(false);
  useEffect(() => {
    if (!editing.current) setValue(props.proposed);
  }, [props.proposed]);
  // What was typed and not yet recorded: recorded shortly after typing stops, on leaving the
  // field, and when the field goes away (suggestion mode turned off, the block removed), so a
  // save or a toggle never loses a proposal half typed.
  const pending = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(props);
  latest.current = props;
  const flush = useCallback((): void => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const text = pending.current;
    pending.current = null;
    if (text !== null && text !== latest.current.proposed) latest.current.onPropose(text);
  }, []);
  useEffect(() => flush, [flush]);
  const change = (text: string): void => {
    setValue(text);
    pending.current = text;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(flush, 600);
  };
  const commit = (): void => {
    editing.current = false;
    flush();
  };
  const common = {
    id,
    value,
    placeholder: props.placeholder,
    'data-field': props.field,
    'data-suggesting': true,
    'aria-describedby': props.describedBy,
    title: t('suggest.fieldHint'),
    className: `node-field__input node-field__input--suggesting${props.wrap ? ' node-field__input--wrap' : ''}`,
    onFocus: () => {
      editing.current = true;
    },
    onBlur: commit,
  } as const;
  return (
    <div className={`node-field ${props.className ?? ''}`}>
      <label htmlFor={id} className="node-field__label">
        {props.label}
      </label>
      {props.multiline ? (
        <textarea {...common} rows={2} onChange={(e) => change(e.currentTarget.value)} />
      ) : props.wrap ? (
        <textarea
          {...common}
          rows={1}
          onChange={(e) => change(oneLine(e.currentTarget.value))}
          onKeyDown={(e) => {
            noNewLine(e);
            if (e.key === 'Enter') commit();
          }}
        />
      ) : (
        <input
          {...common}
          type="text"
          onChange={(e) => change(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              commit();
            }
          }}
        />
      )}
    </div>
  );
}
