// Kept here rather than in routes.tsx so module components can link without importing pages.
export const signInPath = '/sign-in';
export const syncIssuesPath = '/sync-issues';
export const conflictsPath = '/conflicts';
