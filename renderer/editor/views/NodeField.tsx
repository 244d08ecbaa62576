import { useId, type JSX, type KeyboardEvent } from 'react';
import { useFieldValue } from './useNodeUpdate';

/**
 * A one-line value (a headline of a linked story, alt text) shown wrapped over as many lines as it
 * needs instead of cut off at the field's edge: a textarea that grows with its text, where Enter
 * starts no new line and pasted line breaks become spaces.
 */
export const oneLine = (text: string): string => text.replace(/\s*[\r\n]\s*/g, ' ');
export const noNewLine = (e: KeyboardEvent<HTMLTextAreaElement>): void => {
  if (e.key === 'Enter') e.preventDefault();
};

interface Props {
  label: string;
  value: string;
  onCommit: (value: string) => void;
  placeholder?: string;
  multiline?: boolean;
  /** One line of text, wrapped to the field's width (see `oneLine`). */
  wrap?: boolean;
  type?: 'text' | 'url';
  className?: string;
  /** Lets the checks panel find and focus this field ("url", "caption"…). */
  field: string;
  invalid?: boolean;
  /** See useFieldValue: whether typed text already means the stored value. */
  means?: (typed: string, stored: string) => boolean;
  /** Shown but not editable (suggestion mode, for what cannot be a suggestion), with why. */
  locked?: string | null;
}

/** One labelled field inside a node view, styled to read like the copy around it. */
export function NodeField(props: Props): JSX.Element {
  const id = useId();
  const [value, onChange] = useFieldValue(props.value, props.onCommit, props.means);
  const common = {
    id,
    value,
    placeholder: props.placeholder,
    'data-field': props.field,
    'aria-invalid': props.invalid ? true : undefined,
    spellCheck: props.type !== 'url',
    className: props.wrap ? 'node-field__input node-field__input--wrap' : 'node-field__input',
    readOnly: Boolean(props.locked),
    title: props.locked ?? undefined,
  } as const;
  return (
    <div className={`node-field ${props.className ?? ''}`}>
      <label htmlFor={id} className="node-field__label">
        {props.label}
      </label>
      {props.multiline ? (
        <textarea {...common} rows={2} onChange={(e) => onChange(e.currentTarget.value)} />
      ) : props.wrap ? (
        <textarea
          {...common}
          rows={1}
          onKeyDown={noNewLine}
          onChange={(e) => onChange(oneLine(e.currentTarget.value))}
        />
      ) : (
        <input
          {...common}
          type={props.type ?? 'text'}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      )}
    </div>
  );
}
