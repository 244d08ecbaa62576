/**
 * Review of drafts (issue 6): suggestions, comments, history, workflow and the credits ledger.
 * Every action is a pure function: article (and who/when) in, new article out, so the editor can
 * keep them on its undo stack and the CLI can run them on files.
 */
export * from './schema';
export * from './state';
export * from './anchors';
export * from './slots';
export * from './suggestions';
export * from './comments';
export * from './reconcile';
export * from './revisions';
export * from './diff';
export * from './workflow';
export * from './ledger';
export * from './gate';
export * from './inline';
