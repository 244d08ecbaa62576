/**
 * The editor surface: one Lexical composer per open document (the app remounts it with a new
 * key when another document opens), the article's nodes, and the plugins that check, mark,
 * guard the structure, paste and signal recovery.
 */
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { EditorRefPlugin } from '@lexical/react/LexicalEditorRefPlugin';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import type { LexicalEditor } from 'lexical';
import { useMemo, type CSSProperties, type JSX, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '../../shared/model/article';
import type { Profile } from '../../shared/profiles/profile';
import { $loadArticle } from './bridge';
import { EditorEnvironmentContext, type EditorEnvironment } from './context';
import { EDITOR_NODES } from './nodes';
import { BlockIdsPlugin } from './plugins/BlockIdsPlugin';
import { ChecksPlugin } from './plugins/ChecksPlugin';
import { FormatBarPlugin } from './plugins/FormatBarPlugin';
import { MarkersPlugin } from './plugins/MarkersPlugin';
import { PastePlugin } from './plugins/PastePlugin';
import { QuoteAttributionPlugin } from './plugins/QuoteAttributionPlugin';
import { RecoveryPlugin } from './plugins/RecoveryPlugin';
import { StructurePlugin } from './plugins/StructurePlugin';
import type { Snapshot } from './snapshot';
import { EDITOR_THEME } from './theme';

/** Only http(s) and mailto links are kept when the user makes one; the rest is refused. */
const validateUrl = (url: string): boolean => /^(https?:\/\/|mailto:)/i.test(url.trim());

interface Props {
  initial: Article;
  base: Article;
  profile: Profile;
  /** The profile the article names, if any (paste uses it; otherwise it goes by language). */
  explicitProfile: Profile | null;
  snapshot: Snapshot | null;
  environment: EditorEnvironment;
  editorRef: RefObject<LexicalEditor | null>;
  onSnapshot: (s: Snapshot) => void;
  onIdle: () => void;
  onPasted: (a: Article, filledEmpty: boolean) => void;
  onError: (message: string) => void;
  /** More plugins inside the composer (the review UI's). */
  children?: ReactNode;
}

export function ArticleEditor(props: Props): JSX.Element {
  const { t } = useTranslation();
  const { initial } = props;
  const initialConfig = useMemo(
    () => ({
      namespace: 'newsroom-desk',
      nodes: [...EDITOR_NODES],
      theme: EDITOR_THEME,
      onError: (error: Error) => {
        // A bug in a node or plugin: surface it instead of silently losing an edit.
        props.onError(error.message);
      },
      editorState: () => $loadArticle(initial),
    }),
    // The composer reads its config once; a new document remounts it.
    [initial],
  );
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <EditorEnvironmentContext.Provider value={props.environment}>
        <FormatBarPlugin />
        <div
          className="editor-shell"
          lang={props.base.language}
          style={
            {
              '--headline-placeholder': JSON.stringify(t('editor.headlinePlaceholder')),
            } as CSSProperties
          }
        >
          <RichTextPlugin
            contentEditable={
              <ContentEditable
                className="editor"
                aria-label={t('editor.label')}
                aria-multiline
                spellCheck
                data-testid="editor"
              />
            }
            placeholder={null}
            ErrorBoundary={LexicalErrorBoundary}
          />
        </div>
        <HistoryPlugin />
        <ListPlugin />
        <LinkPlugin validateUrl={validateUrl} />
        <EditorRefPlugin editorRef={props.editorRef} />
        <StructurePlugin />
        <BlockIdsPlugin />
        <QuoteAttributionPlugin />
        <PastePlugin
          profile={props.explicitProfile}
          onImported={props.onPasted}
          onError={props.onError}
        />
        <ChecksPlugin base={props.base} profile={props.profile} onSnapshot={props.onSnapshot} />
        <MarkersPlugin snapshot={props.snapshot} />
        <RecoveryPlugin onIdle={props.onIdle} />
        {props.children}
      </EditorEnvironmentContext.Provider>
    </LexicalComposer>
  );
}

export { LOAD_TAG } from './plugins/RecoveryPlugin';
