import { useCallback, useState } from 'react';
import type { AskChoice, AskRequest } from '../components/AskDialog';

/** A question as a promise: resolves with the chosen answer's id, or null on Escape. */
export function useAsk(): {
  ask: AskRequest | null;
  askUser: <T extends string>(
    title: string,
    message: string,
    choices: AskChoice<T>[],
  ) => Promise<T | null>;
} {
  const [ask, setAsk] = useState<AskRequest | null>(null);
  const askUser = useCallback(
    <T extends string>(title: string, message: string, choices: AskChoice<T>[]) =>
      new Promise<T | null>((resolve) => {
        setAsk({
          title,
          message,
          choices,
          resolve: (c) => {
            setAsk(null);
            resolve(c as T | null);
          },
        });
      }),
    [],
  );
  return { ask, askUser };
}
