/** IPC channel names shared by the preload (which invokes them) and the main process (which handles them). */
export const platformChannels = {
  getAppVersion: 'fieldbook:app:get-version',
  openExternal: 'fieldbook:shell:open-external',
  notify: 'fieldbook:notification:show',
  loadToken: 'fieldbook:token:load',
  saveToken: 'fieldbook:token:save',
  clearToken: 'fieldbook:token:clear',
  loadDatabaseKey: 'fieldbook:database-key:load',
  exportPdf: 'fieldbook:pdf:export',
  openCsv: 'fieldbook:csv:open',
  saveCsv: 'fieldbook:csv:save',
  getUpdateStatus: 'fieldbook:update:get-status',
  installUpdate: 'fieldbook:update:install',
  getOpenAtLogin: 'fieldbook:login-item:get',
  setOpenAtLogin: 'fieldbook:login-item:set',
} as const;

export type PlatformChannel = (typeof platformChannels)[keyof typeof platformChannels];

/** Channels the main process sends on; each carries one kind of message, never a generic event. */
export const platformEvents = {
  updateStatus: 'fieldbook:event:update-status',
  menuNewLead: 'fieldbook:event:menu-new-lead',
  menuSearch: 'fieldbook:event:menu-search',
  menuSyncNow: 'fieldbook:event:menu-sync-now',
  openRoute: 'fieldbook:event:open-route',
} as const;

export type PlatformEvent = (typeof platformEvents)[keyof typeof platformEvents];
