/** One rule's wording: what it checks, its messages by message id, its fix titles by fix id. */
export interface RuleStrings {
  description: string;
  messages: Record<string, string>;
  fixes?: Record<string, string>;
}

export interface Catalogue {
  rules: Record<string, RuleStrings>;
  ui: {
    severity: Record<'error' | 'warning' | 'info', string>;
    /**
     * Counted phrases carry i18next plural suffixes: `_one` and `_other` in English; Indonesian
     * does not inflect for number, so it has `_other` only.
     */
    summary: Record<string, string>;
    fix: Record<string, string>;
    /** Where a finding is, in the command line's lines: "block 10 title, chars 63-72". */
    where: Record<'block' | 'chars' | 'article' | 'fixHint', string>;
  };
}
