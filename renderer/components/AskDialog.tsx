import type { JSX } from 'react';
import { Modal } from './Modal';

export interface AskChoice<T extends string> {
  id: T;
  label: string;
  primary?: boolean;
  danger?: boolean;
}

export interface AskRequest {
  title: string;
  message: string;
  choices: AskChoice<string>[];
  resolve: (choice: string | null) => void;
}

/** A question with a few answers (save / discard / cancel); Escape answers null. */
export function AskDialog({ request }: { request: AskRequest }): JSX.Element {
  return (
    <Modal
      title={request.title}
      onClose={() => request.resolve(null)}
      testId="ask-dialog"
      footer={request.choices.map((c) => (
        <button
          key={c.id}
          type="button"
          className={`btn ${c.primary ? 'btn--primary' : ''} ${c.danger ? 'btn--danger' : ''}`}
          onClick={() => request.resolve(c.id)}
        >
          {c.label}
        </button>
      ))}
    >
      <p>{request.message}</p>
    </Modal>
  );
}
