import { describe, expect, it } from 'vitest';
import { BackgroundWork, pauseBackgroundOnInput } from './backgroundWork.ts';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
const settle = async (rounds = 20) => {
  for (let i = 0; i < rounds; i += 1) await tick();
};

/** A job of `steps` steps that writes `name:n` to `log` as each step runs. */
function counted(log: string[], name: string, steps: number) {
  let done = 0;
  return async () => {
    done += 1;
    log.push(`${name}:${done}`);
    await tick();
    return done >= steps;
  };
}

describe('BackgroundWork', () => {
  it('runs one step at a time, next before background, and jobs of a priority take turns', async () => {
    const work = new BackgroundWork();
    const log: string[] = [];
    const search = work.run(counted(log, 'search', 3), 'background');
    const dashboards = work.run(counted(log, 'dashboards', 2), 'background');
    const deals = work.run(counted(log, 'deals', 2), 'next');
    await Promise.all([search.done, dashboards.done, deals.done]);
    expect(log).toEqual([
      'deals:1',
      'deals:2',
      'search:1',
      'dashboards:1',
      'search:2',
      'dashboards:2',
      'search:3',
    ]);
  });

  it('starts no step while foreground work runs, and resumes when it ends', async () => {
    const work = new BackgroundWork();
    const log: string[] = [];
    const endView = work.beginForeground();
    const job = work.run(counted(log, 'index', 2), 'background');
    await settle();
    expect(log).toEqual([]);
    expect(work.busy).toBe(true);
    endView();
    endView(); // a second call changes nothing
    await job.done;
    expect(log).toEqual(['index:1', 'index:2']);
    expect(work.busy).toBe(false);
  });

  it('stops waiting for a view that never gets its rows after the limit', async () => {
    const work = new BackgroundWork({ foregroundLimitMs: 30 });
    const log: string[] = [];
    work.beginForeground(); // never ended
    const job = work.run(counted(log, 'index', 1), 'background');
    await settle(3);
    expect(log).toEqual([]);
    await job.done;
    expect(log).toEqual(['index:1']);
  });

  it('a job raised to next goes ahead of the background ones', async () => {
    const work = new BackgroundWork();
    const log: string[] = [];
    const endView = work.beginForeground();
    const search = work.run(counted(log, 'search', 2), 'background');
    const deals = work.run(counted(log, 'deals', 2), 'background');
    deals.raise('next');
    endView();
    await Promise.all([search.done, deals.done]);
    expect(log).toEqual(['deals:1', 'deals:2', 'search:1', 'search:2']);
  });

  it('a cancelled job runs no further step, and cancel waits for the step under way', async () => {
    const work = new BackgroundWork();
    const log: string[] = [];
    let release = () => {};
    const job = work.run(async () => {
      log.push('step started');
      await new Promise<void>((resolve) => {
        release = resolve;
      });
      log.push('step finished');
      return false;
    }, 'background');
    await settle();
    expect(log).toEqual(['step started']);
    const cancelled = job.cancel().then(() => log.push('cancelled'));
    await settle();
    expect(log).toEqual(['step started']);
    release();
    await cancelled;
    await job.done;
    await settle();
    expect(log).toEqual(['step started', 'step finished', 'cancelled']);
  });

  it('a failing step fails its own job only', async () => {
    const work = new BackgroundWork();
    const log: string[] = [];
    const broken = work.run(async () => {
      throw new Error('IndexedDB went away');
    }, 'background');
    const fine = work.run(counted(log, 'fine', 2), 'background');
    await expect(broken.done).rejects.toThrow('IndexedDB went away');
    await fine.done;
    expect(log).toEqual(['fine:1', 'fine:2']);
  });
});

describe('pauseBackgroundOnInput', () => {
  it('starts no step from a key press until the frame after it was painted and a moment passed', async () => {
    const work = new BackgroundWork();
    const target = new EventTarget();
    const stop = pauseBackgroundOnInput(work, target);
    const log: string[] = [];
    target.dispatchEvent(new Event('keydown'));
    expect(work.busy).toBe(true);
    const job = work.run(counted(log, 'index', 1), 'background');
    await settle();
    expect(log).toEqual([]);
    await job.done;
    expect(log).toEqual(['index:1']);
    stop();
    target.dispatchEvent(new Event('pointerdown'));
    expect(work.busy).toBe(false);
  });
});
