/** Where the import wizard and the follow-up view live (kept here so links need not import routes). */
export const importPaths = {
  import: '/import',
  followUp: '/follow-up',
  eventFollowUp: (eventId: string) => `/events/${encodeURIComponent(eventId)}/follow-up`,
} as const;
