import { describe, expect, it } from 'vitest';
import type { PlatformApi } from '../../../../shared/platform/PlatformApi.ts';
import { createDesktopPlatform } from '../../../platform/desktopPlatform.ts';
import { subscribeDesktopCommands } from './subscribeDesktopCommands.ts';

type Listener = (...args: unknown[]) => void;

// Plays the preload's event side: one listener list per named channel, as ipcRenderer.on would.
function eventingPreload() {
  const channels = new Map<string, Set<Listener>>();
  const on = (name: string) => (listener: Listener) => {
    const set = channels.get(name) ?? new Set<Listener>();
    set.add(listener);
    channels.set(name, set);
    return () => {
      set.delete(listener);
    };
  };
  const api = {
    onMenuNewLead: on('newLead'),
    onMenuSearch: on('search'),
    onMenuSyncNow: on('syncNow'),
    onOpenRoute: on('openRoute'),
  };
  const emit = (name: string, ...args: unknown[]) => {
    for (const listener of channels.get(name) ?? []) listener(...args);
  };
  const count = () => [...channels.values()].reduce((sum, set) => sum + set.size, 0);
  return { api: api as unknown as PlatformApi, emit, count };
}

describe('subscribeDesktopCommands', () => {
  it('runs the matching command for each menu event and opens deep-linked records', () => {
    const preload = eventingPreload();
    const calls: string[] = [];
    const stop = subscribeDesktopCommands(createDesktopPlatform(preload.api), {
      newLead: () => calls.push('newLead'),
      search: () => calls.push('search'),
      syncNow: () => calls.push('syncNow'),
      openPath: (path) => calls.push(path),
    });
    preload.emit('newLead');
    preload.emit('search');
    preload.emit('syncNow');
    preload.emit('openRoute', { kind: 'leads', id: '0190-abc' });
    preload.emit('openRoute', { kind: 'leads', id: '../../admin' });
    expect(calls).toEqual(['newLead', 'search', 'syncNow', '/leads/0190-abc']);
    expect(preload.count()).toBe(4);
    stop();
    expect(preload.count()).toBe(0);
  });
});
