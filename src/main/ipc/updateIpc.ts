import { app } from 'electron';
import { platformChannels } from '../../shared/platform/platformChannels.ts';
import type { RendererSource } from '../rendererSource.ts';
import type { AutoUpdates } from '../updates/autoUpdates.ts';
import { handleTrusted } from './handleTrusted.ts';
import { noArgsSchema } from './ipcArgs.ts';

/** App version and the update flow: status, and "restart to update". */
export function registerUpdateIpc(source: RendererSource, updates: AutoUpdates): void {
  handleTrusted({
    channel: platformChannels.getAppVersion,
    source,
    args: noArgsSchema,
    handle: () => app.getVersion(),
  });
  handleTrusted({
    channel: platformChannels.getUpdateStatus,
    source,
    args: noArgsSchema,
    handle: () => updates.status(),
  });
  handleTrusted({
    channel: platformChannels.installUpdate,
    source,
    args: noArgsSchema,
    handle: () => updates.install(),
  });
}
