/** IPC channel names shared by the preload (which invokes them) and the main process (which handles them). */
export const platformChannels = {
  getAppVersion: 'fieldbook:app:get-version',
  openExternal: 'fieldbook:shell:open-external',
  notify: 'fieldbook:notification:show',
} as const;

export type PlatformChannel = (typeof platformChannels)[keyof typeof platformChannels];
