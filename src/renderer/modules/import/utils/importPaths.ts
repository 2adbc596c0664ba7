/** Where the import wizard and the follow-up view live (kept here so links need not import routes). */
export const importPaths = {
  import: '/import',
  followUp: '/follow-up',
  eventFollowUp: (eventId: string) => `/events/${encodeURIComponent(eventId)}/follow-up`,
} as const;

/** Whether a path is a follow-up list: the latest event's (a redirect) or a chosen event's. */
export function isFollowUpPath(pathname: string): boolean {
  return pathname === importPaths.followUp || /^\/events\/[^/]+\/follow-up$/u.test(pathname);
}
