import { z } from 'zod';

export type Rectangle = { x: number; y: number; width: number; height: number };

const finite = z.number().int().min(-100_000).max(100_000);

/** What is remembered between launches (window-state.json in the user data folder). */
export const windowStateSchema = z
  .object({
    x: finite,
    y: finite,
    width: z.number().int().min(1).max(100_000),
    height: z.number().int().min(1).max(100_000),
    maximized: z.boolean(),
  })
  .strict();
export type WindowState = z.infer<typeof windowStateSchema>;

/** Reads a saved state; anything unreadable counts as nothing saved. */
export function parseWindowState(raw: unknown): WindowState | undefined {
  const parsed = windowStateSchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

function overlap(a: Rectangle, b: Rectangle): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), Math.max(low, high));
}

/**
 * Where to open the window: the saved place, moved and shrunk to fit the screen it mostly was on;
 * on the primary screen (the first work area), centred at the default size, when that screen is
 * gone (a laptop unplugged from its trade-show monitor) or nothing was saved.
 */
export function restoreWindowBounds(input: {
  saved: WindowState | undefined;
  workAreas: readonly Rectangle[];
  defaultSize: { width: number; height: number };
  minSize: { width: number; height: number };
}): { bounds: Rectangle; maximized: boolean } {
  const primary = input.workAreas[0] ?? { x: 0, y: 0, ...input.defaultSize };
  const fitSize = (area: Rectangle, size: { width: number; height: number }) => ({
    width: clamp(size.width, Math.min(input.minSize.width, area.width), area.width),
    height: clamp(size.height, Math.min(input.minSize.height, area.height), area.height),
  });
  const saved = input.saved;
  const home = saved
    ? input.workAreas
        .map((area) => ({ area, shared: overlap(area, saved) }))
        .filter(({ shared }) => shared > 0)
        .sort((a, b) => b.shared - a.shared)[0]?.area
    : undefined;
  if (!saved || !home) {
    const size = fitSize(primary, input.defaultSize);
    return {
      bounds: {
        ...size,
        x: primary.x + Math.round((primary.width - size.width) / 2),
        y: primary.y + Math.round((primary.height - size.height) / 2),
      },
      maximized: saved?.maximized ?? false,
    };
  }
  const size = fitSize(home, saved);
  return {
    bounds: {
      ...size,
      x: clamp(saved.x, home.x, home.x + home.width - size.width),
      y: clamp(saved.y, home.y, home.y + home.height - size.height),
    },
    maximized: saved.maximized,
  };
}
