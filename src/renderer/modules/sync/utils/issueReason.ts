import type { i18n as I18n } from 'i18next';

/** The reason for a refused write in the UI language; the server's English text as a last resort. */
export function issueReason(i18n: I18n, issue: { code: string; message: string }): string {
  for (const key of [`sync.issues.codes.${issue.code}`, `errors.${issue.code}`]) {
    if (i18n.exists(key)) return i18n.t(key);
  }
  return issue.message || issue.code;
}
