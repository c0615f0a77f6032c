/** A problem in a story file: which file, where in it, and what was expected. */
export interface StoryIssue {
  file: string;
  path: string;
  message: string;
}

export function formatIssue(issue: StoryIssue): string {
  return issue.path ? `${issue.file} › ${issue.path}: ${issue.message}` : `${issue.file}: ${issue.message}`;
}

export function formatIssues(issues: readonly StoryIssue[]): string {
  const n = issues.length;
  return [`The story has ${n} problem${n === 1 ? '' : 's'}:`, ...issues.map((i) => `  • ${formatIssue(i)}`)].join('\n');
}

/** `['chapters', 2, 'title', 'en']` → `chapters[2].title.en` */
export function pathToString(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join('');
}

export class StoryError extends Error {
  readonly issues: readonly StoryIssue[];
  constructor(issues: readonly StoryIssue[]) {
    super(formatIssues(issues));
    this.name = 'StoryError';
    this.issues = issues;
  }
}
