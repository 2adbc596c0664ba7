import type { UpdateStatus } from '../../shared/platform/PlatformApi.ts';

/** electron-updater's download progress as the bounded whole percent the UI shows. */
export function downloadingStatus(version: string, percent: number): UpdateStatus {
  const bounded = Number.isFinite(percent) ? Math.min(100, Math.max(0, Math.round(percent))) : 0;
  return { state: 'downloading', version, percent: bounded };
}

/** An updater error as one short line: no stack, no local paths leaking into the UI. */
export function updateErrorStatus(error: unknown): UpdateStatus {
  const raw = error instanceof Error ? error.message : String(error);
  const firstLine = raw.split('\n')[0] ?? '';
  return { state: 'error', message: firstLine.slice(0, 200) };
}
