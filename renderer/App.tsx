/**
 * The editor window: toolbar, the article, the side panels, the status bar and the dialogs.
 * It owns the open document (token + the Article parts the editor does not hold), talks to the
 * Node side only through `DesktopApi`, and runs the pure domain (rules, fixes, word counts)
 * right here.
 */
import type { LexicalEditor } from 'lexical';
import { useCallback, useEffect, useMemo, useRef, useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { DesktopApi } from '../shared/ipc/client';
import type {
  AppEvent,
  AppInfo,
  DocumentInfo,
  OpenedDocument,
  RecoveryEntry,
  SettingsView,
  Theme,
  UiLanguage,
} from '../shared/ipc/contract';
import { isIpcCallError } from '../shared/ipc/errors';
import type { Article } from '../shared/model/article';
import { samePlainData } from '../shared/rules/incremental';
import type { Diagnostic } from '../shared/rules/types';
import {
  isReviewError,
  markExported,
  isInlineSlot,
  proposedText,
  proposeText,
  reconcileReview,
  slotKey,
  type Suggestion,
  restoreRevision,
  reviewStatus,
} from '../shared/review';
import { namedProfile, profileFor } from './app/profiles';
import { revealDiagnostic } from './app/reveal';
import { useAsk } from './app/useAsk';
import { useFileDrop } from './app/useFileDrop';
import { useNotices } from './app/useNotices';
import { AskDialog } from './components/AskDialog';
import { ChecksPanel } from './components/ChecksPanel';
import { CreditsPanel } from './components/CreditsPanel';
import { DetailsPanel } from './components/DetailsPanel';
import {
  ExportDialog,
  HistoryPanel,
  LazyBoundary,
  LedgerView,
  PanelLoading,
  prefetchLazyParts,
  SettingsDialog,
} from './components/lazy';
import { Notices } from './components/Notices';
import { RecoveryPrompt } from './components/RecoveryPrompt';
import { Sidebar, type Tab } from './components/Sidebar';
import { StatusBar, type SaveState } from './components/StatusBar';
import { Toolbar, type Command } from './components/Toolbar';
import { ArticleEditor } from './editor/ArticleEditor';
import { $loadArticle, $readArticle } from './editor/bridge';
import type { EditorEnvironment, FieldReview } from './editor/context';
import type { Snapshot } from './editor/snapshot';
import { pickImageFile, resolveImageSrc } from './images';
import { useShortcuts } from './shortcuts';
import { applyTheme } from './theme';
import {
  SuggestionModePlugin,
  type SuggestionRefusal,
} from './editor/plugins/SuggestionModePlugin';
import { CommentsPlugin } from './review/CommentsPlugin';
import { COMMENT_BODY_ID, ReviewPanel, type ReviewAction } from './review/ReviewPanel';
import { WorkflowControl } from './review/WorkflowControl';
import { revealAnchor } from './review/reveal';
import type { CommentTarget } from './review/target';
import { reviewActor, reviewErrorText, withRevision } from './review/actions';

interface OpenDoc {
  info: DocumentInfo;
  /** What the editor was loaded with; a new object remounts the editor. */
  initial: Article;
  key: number;
}

export function App({ api }: { api: DesktopApi }): JSX.Element {
  const { t, i18n } = useTranslation();
  const [appInfo, setAppInfo] = useState<AppInfo | null>(null);
  const [settings, setSettings] = useState<SettingsView | null>(null);
  const [doc, setDoc] = useState<OpenDoc | null>(null);
  const [base, setBase] = useState<Article | null>(null);
  const [dirty, setDirty] = useState(false);
  const [saving, setSaving] = useState(false);
  // A flag, not the time: a copy written every second must not re-render the window each time.
  const [recoveryKept, setRecoveryKept] = useState(false);
  const [snapshot, setSnapshot] = useState<Snapshot | null>(null);
  const [recovery, setRecovery] = useState<RecoveryEntry[]>([]);
  const [exporting, setExporting] = useState(false);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const { ask, askUser } = useAsk();
  const { notices, notify, dismiss } = useNotices();
  const [tab, setTab] = useState<Tab>('checks');
  const [busy, setBusy] = useState(false);
  const [fatal, setFatal] = useState<string | null>(null);
  const [external, setExternal] = useState<'changed' | 'deleted' | null>(null);
  const [commentTarget, setCommentTarget] = useState<CommentTarget | null>(null);

  const editorRef = useRef<LexicalEditor | null>(null);
  const state = useRef({ doc, base, dirty, user: settings?.user });
  state.current = { doc, base, dirty, user: settings?.user };
  const docCounter = useRef(0);
  /** The article at the last snapshot: comment ranges move from it to the next one's text. */
  const lastSnapshotArticle = useRef<Article | null>(null);
  /**
   * The article as last saved or opened: the document is dirty exactly when what the editor
   * shows differs from it (so undoing back to the saved text is clean again). After opening, the
   * first snapshot is the baseline (it is the article as the editor holds it, marks in canonical
   * order). Null for recovered work, which stays unsaved until saved.
   */
  const saved = useRef<{ article: Article | null; baselinePending: boolean }>({
    article: null,
    baselinePending: false,
  });

  /** The article as it stands now: the editor's content over the base. */
  const currentArticle = useCallback((): Article | null => {
    const { base: b } = state.current;
    const editor = editorRef.current;
    if (!b) return null;
    if (!editor) return b;
    return editor.getEditorState().read(() => $readArticle(b));
  }, []);

  const profile = useMemo(() => profileFor(base, settings), [base, settings]);
  const explicitProfile = useMemo(() => namedProfile(base), [base]);

  const loadOpened = useCallback((opened: OpenedDocument) => {
    docCounter.current += 1;
    setDoc({ info: opened.document, initial: opened.article, key: docCounter.current });
    setBase(opened.article);
    setDirty(opened.document.recovered);
    saved.current = { article: null, baselinePending: !opened.document.recovered };
    setRecoveryKept(false);
    setSnapshot(null);
    setExternal(null);
    lastSnapshotArticle.current = null;
    setCommentTarget(null);
  }, []);

  const report = useCallback(
    (e: unknown) => {
      const message = e instanceof Error ? e.message : String(e);
      notify('error', message);
    },
    [notify],
  );

  /** Unsaved work is about to be replaced: save it, drop it, or stay. */
  const confirmLeave = useCallback(async (): Promise<boolean> => {
    if (!state.current.dirty) return true;
    const choice = await askUser(t('ask.unsavedTitle'), t('ask.unsavedMessage'), [
      { id: 'save', label: t('command.save'), primary: true },
      { id: 'discard', label: t('ask.discard'), danger: true },
      { id: 'cancel', label: t('common.cancel') },
    ]);
    if (choice === 'save') return save(false);
    return choice === 'discard';
    // `save` is a plain function declared below (hoisted); it reads everything through refs.
  }, [askUser, t]);

  async function save(as: boolean, overwrite = false): Promise<boolean> {
    const { doc: d } = state.current;
    const edited = currentArticle();
    if (!d || !edited) return false;
    // Each save is a revision by the user in Settings (none while no name is set there).
    const article = withRevision(edited, state.current.user);
    setSaving(true);
    try {
      const res = as
        ? await api.saveDocumentAs(d.info.token, article)
        : await api.saveDocument(d.info.token, article, overwrite ? { overwrite: true } : {});
      if (!res) return false;
      setDoc((cur) => (cur ? { ...cur, info: res.document } : cur));
      setBase(article);
      saved.current = { article, baselinePending: false };
      setDirty(false);
      setExternal(null);
      notify('info', t('notice.saved', { name: res.document.name }));
      void api
        .getSettings()
        .then(setSettings)
        .catch(() => undefined);
      return true;
    } catch (e) {
      if (isIpcCallError(e) && e.code === 'conflict') {
        const choice = await askUser(t('ask.conflictTitle'), t('ask.conflictMessage'), [
          { id: 'overwrite', label: t('ask.overwrite'), danger: true },
          { id: 'saveAs', label: t('command.saveAs'), primary: true },
          { id: 'cancel', label: t('common.cancel') },
        ]);
        if (choice === 'overwrite') return save(false, true);
        if (choice === 'saveAs') return save(true);
        return false;
      }
      if (isIpcCallError(e) && e.code === 'io') {
        // The disk refused (full, read-only, permission): the file is as it was, and the
        // work is only on screen, so offer the way out at once.
        const choice = await askUser(
          t('ask.saveFailedTitle'),
          t('ask.saveFailedMessage', { message: e.message }),
          [
            { id: 'saveAs', label: t('command.saveAs'), primary: true },
            { id: 'cancel', label: t('common.cancel') },
          ],
        );
        if (choice === 'saveAs') return save(true);
        return false;
      }
      report(e);
      return false;
    } finally {
      setSaving(false);
    }
  }

  const openWith = useCallback(
    async (get: () => Promise<OpenedDocument | null>) => {
      if (!(await confirmLeave())) return;
      setBusy(true);
      try {
        const opened = await get();
        if (opened) loadOpened(opened);
      } catch (e) {
        report(e);
      } finally {
        setBusy(false);
      }
    },
    [confirmLeave, loadOpened, report],
  );

  const runCommand = useCallback(
    (c: Command) => {
      const profileId =
        state.current.base?.metadata.profile ?? settings?.defaultProfile ?? undefined;
      switch (c) {
        case 'new':
          void openWith(() =>
            api.newDocument({
              language: (i18n.language.startsWith('id') ? 'id' : 'en') as UiLanguage,
              ...(profileId ? { profile: profileId } : {}),
            }),
          );
          break;
        case 'open':
          void openWith(() => api.openDocument());
          break;
        case 'import':
          void openWith(() => api.importDocument(profileId ? { profile: profileId } : {}));
          break;
        case 'save':
          void save(false);
          break;
        case 'saveAs':
          void save(true);
          break;
        case 'export':
          setExporting(true);
          break;
      }
    },
    [api, openWith, settings, i18n.language],
  );

  useShortcuts(runCommand);

  // ----- start: settings, pending files, recovery
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      try {
        // One round of requests in parallel: start-up time is what a journalist sees first.
        const [info, s, pending, rec] = await Promise.all([
          api.appInfo(),
          api.getSettings(),
          api.takePendingOpens(),
          api.listRecovery(),
        ]);
        if (cancelled) return;
        setAppInfo(info);
        setSettings(s);
        void i18n.changeLanguage(s.uiLanguage);
        if (s.problem) notify('error', t('notice.settingsProblem', { message: s.problem.message }));
        for (const f of pending.failures) notify('error', `${f.name}: ${f.message}`);
        const first = pending.documents[0];
        loadOpened(first ?? (await api.newDocument({ language: s.uiLanguage })));
        setRecovery(rec.entries);
        if (rec.setAside.length > 0) {
          notify('error', t('notice.recoverySetAside', { names: rec.setAside.join(', ') }));
        }
      } catch (e) {
        if (!cancelled) setFatal(e instanceof Error ? e.message : String(e));
      }
    })();
    return () => {
      cancelled = true;
    };
    // Runs once per window: the start sequence must not repeat when callbacks change.
  }, [api]);

  // Dialogs and panels not on screen at start are loaded once the document is shown.
  const shown = base !== null;
  useEffect(() => (shown ? prefetchLazyParts() : undefined), [shown]);

  // ----- events from Electron's menu and the window
  const checkExternal = useCallback(async () => {
    const d = state.current.doc;
    if (!d?.info.hasFile) return;
    try {
      const r = await api.checkExternal(d.info.token);
      setExternal(r.status === 'changed' || r.status === 'deleted' ? r.status : null);
      if (r.status === 'deleted') {
        // The file is gone: what is on screen is now the only copy, so it is unsaved work
        // (closing asks, a recovery copy is kept) until a save writes the file again.
        saved.current = { article: null, baselinePending: false };
        setDirty(true);
      }
    } catch {
      // A check that fails is not worth an alarm; the next focus tries again.
    }
  }, [api]);

  useEffect(() => {
    const off = api.onEvent((e: AppEvent) => {
      if (e.type === 'command') {
        if (
          e.command === 'new' ||
          e.command === 'open' ||
          e.command === 'import' ||
          e.command === 'save' ||
          e.command === 'saveAs' ||
          e.command === 'export'
        ) {
          runCommand(e.command);
        }
      } else if (e.type === 'pending-opens') {
        void openWith(async () => {
          const p = await api.takePendingOpens();
          for (const f of p.failures) notify('error', `${f.name}: ${f.message}`);
          return p.documents[0] ?? null;
        });
      } else if (e.type === 'focus') {
        void checkExternal();
      }
    });
    const onFocus = (): void => void checkExternal();
    window.addEventListener('focus', onFocus);
    return () => {
      off();
      window.removeEventListener('focus', onFocus);
    };
  }, [api, runCommand, openWith, checkExternal, notify, report, t]);

  // ----- files dropped on the window open as documents
  useFileDrop((file) => {
    const profileId = state.current.base?.metadata.profile;
    void openWith(() => api.openDroppedFile(file, profileId ? { profile: profileId } : {}));
  });

  // ----- window title and theme
  const title = doc ? doc.info.name : t('app.name');
  useEffect(() => {
    document.title = `${dirty ? '• ' : ''}${title} — ${t('app.name')}`;
    void api.setWindowState({ title, dirty }).catch(() => undefined);
  }, [api, title, dirty, t]);

  useEffect(() => applyTheme(settings?.theme ?? 'system'), [settings?.theme]);
  useEffect(() => {
    document.documentElement.lang = i18n.language;
  }, [i18n.language]);

  /**
   * Applied at once, then confirmed by the Node side. Answers can arrive out of order (language
   * then theme, quickly): only the answer to the latest change is taken, so an older one cannot
   * undo a newer choice.
   */
  const settingsSeq = useRef(0);
  const changeSettings = useCallback(
    (patch: { uiLanguage?: UiLanguage; theme?: Theme }) => {
      if (patch.uiLanguage) void i18n.changeLanguage(patch.uiLanguage);
      setSettings((s) => (s ? { ...s, ...patch } : s));
      const seq = ++settingsSeq.current;
      void api
        .setSettings(patch)
        .then((s) => {
          if (seq === settingsSeq.current) setSettings(s);
        })
        .catch(report);
    },
    [api, i18n, report],
  );

  // ----- editing outside the editor (credits, details) and fixes
  const changeBase = useCallback((next: Article) => setBase(next), []);

  const onSnapshot = useCallback((s: Snapshot) => {
    // A standard performance mark, so the benchmark can time "checks refreshed after typing".
    performance.mark('newsroom:checked', { detail: { ms: s.ms, blocks: s.article.blocks.length } });
    const before = lastSnapshotArticle.current;
    lastSnapshotArticle.current = s.article;
    if (before?.review && s.article.review) {
      // Inline suggestions are read from the editor's nodes, already where the text has them.
      const moved = reconcileReview(before, s.article, {
        skipSuggestion: (x) => x.state === 'open' && isInlineSlot(x),
      }).review;
      // Only a real move sets the base: the snapshot that follows then finds nothing to move.
      if (moved && !samePlainData(moved, s.article.review)) {
        setBase((b) => (b ? { ...b, review: moved } : b));
      }
    }
    setSnapshot(s);
    if (saved.current.baselinePending) {
      saved.current = { article: s.article, baselinePending: false };
      setDirty(false);
      return;
    }
    const last = saved.current.article;
    setDirty(last === null || !samePlainData(s.article, last));
  }, []);

  // Suggestion mode (track changes) for the Settings user; see toggleSuggesting below.
  const [suggesting, setSuggesting] = useState(false);
  const suggestingNow = useRef(suggesting);
  suggestingNow.current = suggesting;
  const applyFix = useCallback(
    (d: Diagnostic, fixId: string) => {
      const article = currentArticle();
      const fix = d.fixes?.find((f) => f.id === fixId);
      if (!article || !fix) return;
      if (suggestingNow.current) {
        // A fix rewrites the text directly; while suggesting, that would bypass the review.
        notify('info', t('suggest.refused.fix'));
        return;
      }
      // The review's ranges move with the fixed text, as they do with typing.
      const fixed = reconcileReview(article, fix.apply(article));
      editorRef.current?.update(() => $loadArticle(fixed));
      setBase(fixed);
    },
    [currentArticle, notify, t],
  );

  /** An older revision becomes the current text, recorded as a new revision (unsaved). */
  const restore = useCallback(
    (n: number) => {
      const article = currentArticle();
      if (!article) return;
      try {
        const restored = reconcileReview(
          article,
          restoreRevision(article, n, reviewActor(state.current.user)),
        );
        editorRef.current?.update(() => $loadArticle(restored));
        setBase(restored);
        notify('info', t('history.restoredNotice', { n }));
      } catch (e) {
        if (!isReviewError(e)) return report(e);
        notify('error', reviewErrorText(e, i18n.language));
        if (e.code === 'no-user') setSettingsOpen(true);
      }
    },
    [currentArticle, notify, report, t, i18n.language],
  );

  /** A comment or workflow step by the Settings user; false (and a notice) when refused. */
  const reviewAction = useCallback(
    (action: ReviewAction): boolean => {
      const article = currentArticle();
      if (!article) return false;
      try {
        setBase(action(article, reviewActor(state.current.user)));
        return true;
      } catch (e) {
        if (!isReviewError(e)) throw e;
        notify('error', reviewErrorText(e, i18n.language));
        if (e.code === 'no-user') setSettingsOpen(true);
        return false;
      }
    },
    [currentArticle, notify, i18n.language],
  );

  /** A review action that changes the text (accepting suggestions): the editor shows it too. */
  const reviewEdit = useCallback(
    (action: ReviewAction): boolean =>
      reviewAction((article, who) => {
        const next = action(article, who);
        editorRef.current?.update(() => $loadArticle(next));
        // Its ranges are already where the new text has them: nothing for reconcile to move.
        lastSnapshotArticle.current = next;
        return next;
      }),
    [reviewAction],
  );

  const reveal = useCallback(
    (d: Diagnostic) => {
      const editor = editorRef.current;
      if (!snapshot || !editor) return;
      const panel = revealDiagnostic(editor, snapshot, d);
      if (panel) setTab(panel);
    },
    [snapshot],
  );

  // ----- suggestion mode: the Settings user's edits become suggestions
  const toggleSuggesting = useCallback(() => {
    const name = state.current.user?.name.trim() ?? '';
    const on = suggestingNow.current;
    if (!on && !name) {
      notify('error', t('suggest.needsName'));
      setSettingsOpen(true);
      return;
    }
    notify('info', on ? t('suggest.modeOff') : t('suggest.modeOn', { name }));
    suggestingNow.current = !on;
    setSuggesting(!on);
  }, [notify, t]);
  // Ctrl+Shift+E, as track changes in word processors.
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (!(e.ctrlKey || e.metaKey) || !e.shiftKey || e.altKey || e.code !== 'KeyE') return;
      e.preventDefault();
      toggleSuggesting();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [toggleSuggesting]);
  const knownSuggestionIds = useCallback(
    () => (state.current.base?.review?.suggestions ?? []).map((x) => x.id),
    [],
  );
  const onSuggestionRefused = useCallback(
    (why: SuggestionRefusal) => notify('info', t(`suggest.refused.${why}`)),
    [notify, t],
  );

  // Ctrl+Alt+M (as in word processors): comment on the selection without the mouse; the
  // Lexical selection stays where it was, so the comment anchors there.
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (!(e.ctrlKey || e.metaKey) || !e.altKey || e.code !== 'KeyM') return;
      e.preventDefault();
      setTab('review');
      requestAnimationFrame(() => document.getElementById(COMMENT_BODY_ID)?.focus());
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // F8 / Shift+F8: to the next or previous finding, in reading order, without the mouse.
  const findingIndex = useRef(-1);
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.key !== 'F8' || e.ctrlKey || e.metaKey || e.altKey) return;
      const list = snapshot?.diagnostics ?? [];
      if (list.length === 0) return;
      e.preventDefault();
      const step = e.shiftKey ? -1 : 1;
      findingIndex.current = (findingIndex.current + step + list.length) % list.length;
      setTab('checks');
      reveal(list[findingIndex.current]!);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [snapshot, reveal]);

  // ----- recovery copies
  const writeRecovery = useCallback(async () => {
    const { doc: d } = state.current;
    const article = currentArticle();
    if (!d || !article) return;
    // Decided here, not from the debounced flag: while someone types without pause the checks
    // (and with them the flag) wait for a pause, the recovery copy must not.
    const last = saved.current.article;
    const unsaved = last === null ? !saved.current.baselinePending : !samePlainData(article, last);
    if (!unsaved) return;
    try {
      await api.writeRecovery(d.info.token, article);
      setRecoveryKept(true);
    } catch (e) {
      report(e);
    }
  }, [api, currentArticle, report]);

  // Edits outside the editor (credits, details) get a recovery copy too, a second later.
  useEffect(() => {
    if (!base) return;
    const timer = setTimeout(() => void writeRecovery(), 1000);
    return () => clearTimeout(timer);
  }, [base, writeRecovery]);

  // Field suggestions (captions, credits, related-link titles) for the node views: from the
  // base, which changes with review actions, not with every key typed in the text.
  const suggestingAs = useMemo(
    () =>
      suggesting && settings?.user.name.trim()
        ? { name: settings.user.name.trim(), role: settings.user.role }
        : null,
    [suggesting, settings?.user.name, settings?.user.role],
  );
  const baseSuggestions = base?.review?.suggestions;
  const fieldReview: FieldReview = useMemo(() => {
    const open = new Map<string, Suggestion[]>();
    for (const s of baseSuggestions ?? []) {
      if (s.state !== 'open' || isInlineSlot(s)) continue;
      const key = slotKey(s);
      open.set(key, [...(open.get(key) ?? []), s]);
    }
    return {
      suggesting: suggestingAs,
      open,
      proposed: (blockId, field) => {
        const article = state.current.base;
        return suggestingAs && article
          ? proposedText(article, { blockId, field }, suggestingAs)
          : null;
      },
      propose: (blockId, field, text) => {
        reviewAction((a, who) => proposeText(a, { blockId, field }, text, who));
      },
    };
  }, [baseSuggestions, suggestingAs, reviewAction]);
  const environment: EditorEnvironment = useMemo(
    () => ({
      timeZone: profile.timeZone,
      pickImage: () =>
        pickImageFile({
          t,
          language: i18n.language,
          onNotice: (text) => notify('info', text),
        }).catch((e: unknown) => {
          report(e);
          return null;
        }),
      resolveImage: resolveImageSrc,
      review: fieldReview,
    }),
    [profile.timeZone, report, fieldReview, t, i18n.language, notify],
  );

  const mergePasted = useCallback((pasted: Article, filledEmpty: boolean) => {
    setBase((b) => {
      if (!b) return b;
      // A story pasted into an empty article makes it that story: its language and profile too.
      const adopt = filledEmpty
        ? {
            language: pasted.language,
            metadata: {
              ...b.metadata,
              ...(pasted.metadata.profile ? { profile: pasted.metadata.profile } : {}),
            },
          }
        : {};
      const have = new Set(b.credits.map((c) => `${c.name}\u0000${c.role}`));
      const credits = [
        ...b.credits,
        ...pasted.credits.filter((c) => !have.has(`${c.name}\u0000${c.role}`)),
      ];
      return {
        ...b,
        ...adopt,
        credits,
        importReport: {
          ...b.importReport,
          items: [...b.importReport.items, ...pasted.importReport.items],
        },
      };
    });
  }, []);

  const saveState: SaveState = saving
    ? 'saving'
    : doc?.info.recovered && dirty
      ? 'recovered'
      : dirty
        ? 'unsaved'
        : doc?.info.hasFile
          ? 'saved'
          : 'new';

  if (fatal) {
    return (
      <main className="fatal" role="alert">
        <h1>{t('app.name')}</h1>
        <p>{t('app.cannotStart')}</p>
        <pre>{fatal}</pre>
      </main>
    );
  }

  const diagnostics = snapshot?.diagnostics ?? [];
  const counts = {
    errors: diagnostics.filter((d) => d.severity === 'error').length,
    warnings: diagnostics.filter((d) => d.severity === 'warning').length,
  };
  const roster = [
    ...(settings?.staff ?? []),
    ...profile.roster.filter((p) => !settings?.staff.some((s) => s.name === p.name)),
  ];

  return (
    <div className="app">
      <Toolbar
        title={title}
        dirty={dirty}
        recent={settings?.recentFiles ?? []}
        language={(settings?.uiLanguage ?? 'en') as UiLanguage}
        theme={settings?.theme ?? 'system'}
        busy={busy || !doc}
        onCommand={runCommand}
        onOpenRecent={(id) => void openWith(() => api.openRecent(id))}
        onLanguage={(l) => changeSettings({ uiLanguage: l })}
        onTheme={(th) => changeSettings({ theme: th })}
        onSettings={() => setSettingsOpen(true)}
        suggesting={suggesting}
        onSuggesting={toggleSuggesting}
      />
      {external ? (
        <div className="banner" role="alert">
          <span>{t(`external.${external}`)}</span>
          {external === 'changed' ? (
            <button
              type="button"
              className="btn btn--small"
              onClick={() =>
                void openWith(async () => {
                  const d = state.current.doc;
                  return d ? api.reloadDocument(d.info.token) : null;
                })
              }
            >
              {t('external.reload')}
            </button>
          ) : null}
          <button type="button" className="btn btn--small" onClick={() => setExternal(null)}>
            {t('external.keep')}
          </button>
        </div>
      ) : null}
      <div className="workspace">
        <main
          className={suggesting ? 'page page--suggesting' : 'page'}
          aria-label={t('editor.region')}
          data-suggesting={suggesting || undefined}
        >
          {doc && base ? (
            <ArticleEditor
              key={doc.key}
              initial={doc.initial}
              base={base}
              profile={profile}
              explicitProfile={explicitProfile}
              snapshot={snapshot}
              environment={environment}
              editorRef={editorRef}
              onSnapshot={onSnapshot}
              onIdle={() => void writeRecovery()}
              onPasted={mergePasted}
              onError={report}
            >
              <SuggestionModePlugin
                me={suggestingAs}
                knownIds={knownSuggestionIds}
                onRefused={onSuggestionRefused}
              />
              <CommentsPlugin
                snapshot={snapshot}
                comments={base.review?.comments ?? []}
                onTarget={setCommentTarget}
              />
            </ArticleEditor>
          ) : (
            <div className="loading" role="status">
              {t('app.loading')}
            </div>
          )}
        </main>
        <Sidebar tab={tab} onTab={setTab} counts={counts}>
          {tab === 'checks' ? (
            <ChecksPanel
              diagnostics={diagnostics}
              article={snapshot?.article ?? null}
              onReveal={reveal}
              onFix={applyFix}
            />
          ) : tab === 'credits' && base ? (
            <>
              <CreditsPanel
                credits={base.credits}
                roster={roster}
                extraRoles={profile.extraCreditRoles}
                onChange={(credits) => changeBase({ ...base, credits })}
              />
              <LazyBoundary fallback={null}>
                <LedgerView article={snapshot?.article ?? base} />
              </LazyBoundary>
            </>
          ) : tab === 'review' && base ? (
            <ReviewPanel
              article={snapshot?.article ?? base}
              target={commentTarget}
              userName={settings?.user.name.trim() ?? ''}
              onAction={reviewAction}
              onEdit={reviewEdit}
              onReveal={(c) => {
                const editor = editorRef.current;
                if (editor && snapshot) revealAnchor(editor, snapshot, c.anchor);
              }}
            />
          ) : tab === 'history' && base ? (
            <LazyBoundary fallback={<PanelLoading />}>
              <HistoryPanel
                article={base}
                hasUser={Boolean(settings?.user.name.trim())}
                onRestore={restore}
                onSettings={() => setSettingsOpen(true)}
              />
            </LazyBoundary>
          ) : tab === 'details' && base ? (
            <DetailsPanel article={base} profiles={appInfo?.profiles ?? []} onChange={changeBase} />
          ) : null}
        </Sidebar>
      </div>
      <StatusBar snapshot={snapshot} saveState={saveState} recoveryKept={recoveryKept}>
        {base ? (
          <WorkflowControl
            article={snapshot?.article ?? base}
            profile={profile}
            onAction={reviewAction}
            onShowChecks={() => setTab('checks')}
          />
        ) : null}
      </StatusBar>
      <Notices notices={notices} onDismiss={dismiss} />
      {exporting && doc && settings && appInfo ? (
        <LazyBoundary
          fallback={null}
          onFailed={(e) => {
            setExporting(false);
            report(e);
          }}
        >
          <ExportDialog
            api={api}
            token={doc.info.token}
            exporters={appInfo.exporters}
            settings={settings}
            profile={base?.metadata.profile}
            diagnostics={diagnostics}
            getArticle={() => currentArticle() ?? doc.initial}
            onSettings={setSettings}
            onClose={() => setExporting(false)}
            onExported={() => {
              const b = state.current.base;
              if (b && reviewStatus(b) === 'approved')
                reviewAction((a, who) => markExported(a, who));
            }}
          />
        </LazyBoundary>
      ) : null}
      {settingsOpen && settings ? (
        <LazyBoundary
          fallback={null}
          onFailed={(e) => {
            setSettingsOpen(false);
            report(e);
          }}
        >
          <SettingsDialog
            api={api}
            settings={settings}
            profiles={appInfo?.profiles ?? []}
            onSettings={setSettings}
            onError={report}
            onClose={() => setSettingsOpen(false)}
          />
        </LazyBoundary>
      ) : null}
      {recovery.length > 0 && !ask ? (
        <RecoveryPrompt
          entries={recovery}
          onLater={() => setRecovery([])}
          onDiscard={(id) => {
            setRecovery((r) => r.filter((e) => e.id !== id));
            void api.discardRecovery(id).catch(report);
          }}
          onRestore={(id) => {
            setRecovery([]);
            void openWith(() => api.restoreRecovery(id));
          }}
        />
      ) : null}
      {ask ? <AskDialog request={ask} /> : null}
    </div>
  );
}
