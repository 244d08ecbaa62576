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
    summary: {
      none: string;
      counts: string;
    };
    fix: {
      applied: string;
      none: string;
      written: string;
    };
  };
}
