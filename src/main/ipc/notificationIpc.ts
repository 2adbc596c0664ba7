import { Notification } from 'electron';
import { platformChannels } from '../../shared/platform/platformChannels.ts';
import type { RendererSource } from '../rendererSource.ts';
import { handleTrusted } from './handleTrusted.ts';
import { notificationArgsSchema } from './ipcArgs.ts';

/** Answers the renderer's `notify(message)` with a native notification where the OS supports it. */
export function registerNotificationIpc(source: RendererSource): void {
  handleTrusted({
    channel: platformChannels.notify,
    source,
    args: notificationArgsSchema,
    handle: ([message]) => {
      if (!Notification.isSupported()) return;
      new Notification({ title: message.title, body: message.body, silent: false }).show();
    },
  });
}
