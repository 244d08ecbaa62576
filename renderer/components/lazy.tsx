/**
 * The parts of the window that are not on screen at start — the export and settings dialogs,
 * the History tab (with its diff view) and the credits ledger — are separate chunks, so the
 * first load parses and runs less. Once the document is shown, `prefetchLazyParts` loads them
 * while the page is idle, so opening one later renders at once, as if it had been bundled.
 */
import { Component, Suspense, use, type ComponentType, type JSX, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { prefetchImagePlan } from '../images';

interface LazyPart<P> {
  (props: P): JSX.Element;
  prefetch(): void;
}

/**
 * Like React.lazy, but once the chunk is in, the part renders synchronously: React.lazy suspends
 * on its first render even when the module was prefetched, which would flash the fallback.
 */
function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): LazyPart<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const get = (): Promise<ComponentType<P>> =>
    (pending ??= load().then(
      (c) => (loaded = c),
      (e: unknown) => {
        // A later render tries again rather than keeping the failure.
        pending = null;
        throw e;
      },
    ));
  function Part(props: P): JSX.Element {
    const Loaded = loaded ?? use(get());
    return <Loaded {...props} />;
  }
  Part.prefetch = (): void => void get().catch(() => undefined);
  return Part;
}

export const ExportDialog = lazyPart(() => import('./ExportDialog').then((m) => m.ExportDialog));
export const SettingsDialog = lazyPart(() =>
  import('./SettingsDialog').then((m) => m.SettingsDialog),
);
export const HistoryPanel = lazyPart(() =>
  import('../review/HistoryPanel').then((m) => m.HistoryPanel),
);
export const LedgerView = lazyPart(() => import('../review/LedgerView').then((m) => m.LedgerView));

/** Loads every lazy part soon after start, when the page is idle; returns a cancel for effects. */
export function prefetchLazyParts(): () => void {
  const run = (): void => {
    for (const part of [HistoryPanel, LedgerView, ExportDialog, SettingsDialog]) part.prefetch();
    prefetchImagePlan();
  };
  // The first second after the document appears belongs to the editor (its first checks, the
  // first keys); only then does the page wait to be idle.
  let idle = 0;
  const timer = setTimeout(() => {
    if (typeof requestIdleCallback === 'function')
      idle = requestIdleCallback(run, { timeout: 2000 });
    else run();
  }, 1000);
  return () => {
    clearTimeout(timer);
    if (idle && typeof cancelIdleCallback === 'function') cancelIdleCallback(idle);
  };
}

interface BoundaryProps {
  children: ReactNode;
  /** What stands in while the chunk loads (the first moments after start only). */
  fallback: ReactNode;
  /** For dialogs: told instead of showing the failure in place (the caller closes and reports). */
  onFailed?: (error: Error) => void;
}

/** Suspense for a lazy part, and a message instead of a broken window if its chunk fails. */
export function LazyBoundary({ children, fallback, onFailed }: BoundaryProps): JSX.Element {
  return (
    <PartErrorBoundary {...(onFailed ? { onFailed } : {})}>
      <Suspense fallback={fallback}>{children}</Suspense>
    </PartErrorBoundary>
  );
}

/** A short "loading" line for a side panel whose chunk is still on its way. */
export function PanelLoading(): JSX.Element {
  const { t } = useTranslation();
  return (
    <div className="loading" role="status">
      {t('app.loading')}
    </div>
  );
}

function PartFailed({ detail }: { detail: string }): JSX.Element {
  const { t } = useTranslation();
  return (
    <div className="loading" role="alert">
      {t('app.partFailed', { detail })}
    </div>
  );
}

interface PartErrorProps {
  children: ReactNode;
  onFailed?: (error: Error) => void;
}

class PartErrorBoundary extends Component<PartErrorProps, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };
  static getDerivedStateFromError(error: Error): { error: Error } {
    return { error };
  }
  override componentDidCatch(error: Error): void {
    this.props.onFailed?.(error);
  }
  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return this.props.onFailed ? null : <PartFailed detail={error.message} />;
  }
}
