import { describe, expect, it } from 'vitest';
import { parseWindowState, restoreWindowBounds } from './windowState.ts';

const laptop = { x: 0, y: 25, width: 1440, height: 875 };
const monitor = { x: 1440, y: 0, width: 2560, height: 1440 };
const sizes = { defaultSize: { width: 1280, height: 820 }, minSize: { width: 900, height: 600 } };

describe('restoreWindowBounds', () => {
  it('reopens where the window was when that place is on screen', () => {
    const saved = { x: 1600, y: 100, width: 1400, height: 900, maximized: false };
    expect(restoreWindowBounds({ saved, workAreas: [laptop, monitor], ...sizes })).toEqual({
      bounds: { x: 1600, y: 100, width: 1400, height: 900 },
      maximized: false,
    });
  });

  it('centres on the primary screen when the saved screen is gone', () => {
    const saved = { x: 1600, y: 100, width: 1400, height: 900, maximized: true };
    expect(restoreWindowBounds({ saved, workAreas: [laptop], ...sizes })).toEqual({
      bounds: { x: 80, y: 53, width: 1280, height: 820 },
      maximized: true,
    });
  });

  it('pulls a window hanging off an edge back and shrinks it to the screen', () => {
    const saved = { x: 1000, y: -200, width: 3000, height: 2000, maximized: false };
    expect(restoreWindowBounds({ saved, workAreas: [laptop], ...sizes })).toEqual({
      bounds: { x: 0, y: 25, width: 1440, height: 875 },
      maximized: false,
    });
  });

  it('keeps at least the minimum size, unless the screen is smaller', () => {
    const saved = { x: 10, y: 40, width: 200, height: 100, maximized: false };
    expect(restoreWindowBounds({ saved, workAreas: [laptop], ...sizes }).bounds).toEqual({
      x: 10,
      y: 40,
      width: 900,
      height: 600,
    });
    const tiny = { x: 0, y: 0, width: 800, height: 500 };
    expect(restoreWindowBounds({ saved: undefined, workAreas: [tiny], ...sizes }).bounds).toEqual({
      x: 0,
      y: 0,
      width: 800,
      height: 500,
    });
  });

  it('uses the default size, centred, the first time', () => {
    expect(restoreWindowBounds({ saved: undefined, workAreas: [monitor], ...sizes })).toEqual({
      bounds: { x: 2080, y: 310, width: 1280, height: 820 },
      maximized: false,
    });
  });
});

describe('parseWindowState', () => {
  it('reads what was saved and ignores anything else', () => {
    const state = { x: 1, y: 2, width: 1000, height: 700, maximized: false };
    expect(parseWindowState(state)).toEqual(state);
    expect(parseWindowState({ ...state, width: Number.NaN })).toBeUndefined();
    expect(parseWindowState({ ...state, extra: 1 })).toBeUndefined();
    expect(parseWindowState('garbage')).toBeUndefined();
    expect(parseWindowState(undefined)).toBeUndefined();
  });
});
