import { type IpcMainInvokeEvent, ipcMain } from 'electron';
import type { z } from 'zod';
import type { PlatformChannel } from '../../shared/platform/platformChannels.ts';
import type { RendererSource } from '../rendererSource.ts';
import { isTrustedSender } from './trustedSender.ts';

/** Registers an invoke handler that only the app's own top frame may call, with its arguments checked by zod. */
export function handleTrusted<Args extends z.ZodType<readonly unknown[]>, Result>(options: {
  channel: PlatformChannel;
  source: RendererSource;
  args: Args;
  handle: (args: z.infer<Args>, event: IpcMainInvokeEvent) => Result | Promise<Result>;
}): void {
  ipcMain.handle(options.channel, async (event: IpcMainInvokeEvent, ...rawArgs: unknown[]) => {
    const frame = event.senderFrame;
    const sender = frame === null ? null : { url: frame.url, isTopFrame: frame.parent === null };
    if (!isTrustedSender(sender, options.source)) {
      throw new Error(`Refused ${options.channel} from an untrusted frame`);
    }
    const parsed = options.args.safeParse(rawArgs);
    if (!parsed.success) {
      throw new Error(`Invalid arguments for ${options.channel}`);
    }
    return options.handle(parsed.data, event);
  });
}
