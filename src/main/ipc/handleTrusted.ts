import { type IpcMainInvokeEvent, ipcMain } from 'electron';
import type { z } from 'zod';
import type { PlatformChannel } from '../../shared/platform/platformChannels.ts';
import { isTrustedRendererUrl, type RendererSource } from '../rendererSource.ts';

/** Registers an invoke handler that only the app's own top frame may call, with its arguments checked by zod. */
export function handleTrusted<Args extends z.ZodType<readonly unknown[]>, Result>(options: {
  channel: PlatformChannel;
  source: RendererSource;
  args: Args;
  handle: (args: z.infer<Args>) => Result | Promise<Result>;
}): void {
  ipcMain.handle(options.channel, async (event: IpcMainInvokeEvent, ...rawArgs: unknown[]) => {
    assertTrustedSender(event, options.source, options.channel);
    const parsed = options.args.safeParse(rawArgs);
    if (!parsed.success) {
      throw new Error(`Invalid arguments for ${options.channel}`);
    }
    return options.handle(parsed.data);
  });
}

function assertTrustedSender(
  event: IpcMainInvokeEvent,
  source: RendererSource,
  channel: string,
): void {
  const frame = event.senderFrame;
  // Subframes (none exist today) and pages navigated elsewhere must never reach the main process.
  if (frame === null || frame.parent !== null || !isTrustedRendererUrl(frame.url, source)) {
    throw new Error(`Refused ${channel} from an untrusted frame`);
  }
}
