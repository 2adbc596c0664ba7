import type { SettingsEditorKey } from './settingsEditors.ts';

export const adminUsersPath = '/admin/users';
export const auditLogPath = '/admin/audit';
export const settingsHubPath = '/settings';
export const settingsEditorPath = (editor: SettingsEditorKey) => `/settings/${editor}`;
