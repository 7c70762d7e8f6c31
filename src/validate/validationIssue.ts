export const ISSUE_CODES = [
  'yaml-syntax', 'schema', 'document-id', 'missing-text', 'document-metadata',
  'quote-not-found', 'quote-start', 'dangling-reference', 'endpoint-type',
  'duplicate-entity', 'type-conflict', 'prop-conflict', 'date-order', 'duplicate-link',
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

/** One problem, located at a 1-based line of a file (path as shown to the user). */
export interface ValidationIssue {
  readonly file: string;
  readonly line: number;
  readonly message: string;
  readonly code: IssueCode;
}

export function formatIssue(issue: ValidationIssue): string {
  return `${issue.file}:${issue.line}: ${issue.message} [${issue.code}]`;
}

/** Stable order: by file, then line, then message. */
export function sortIssues(issues: readonly ValidationIssue[]): ValidationIssue[] {
  return [...issues].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.message.localeCompare(b.message),
  );
}
