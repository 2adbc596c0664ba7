import { yieldToMain } from '../leads/yieldToMain.ts';

/**
 * `next`: a small load that makes the likely next screen instant (the deals for the board);
 * `background`: everything else (the search index, the dashboards' and automation's records).
 */
export type WorkPriority = 'next' | 'background';

/** One unit of a job, e.g. one page read and handled; resolves true once the job is finished. */
export type WorkStep = () => Promise<boolean>;

export type BackgroundJob = {
  /** Settles when the job finished, failed or was taken out of the queue. */
  readonly done: Promise<void>;
  /** Takes the job out of the queue; resolves once its running step (if any) has finished. */
  cancel(): Promise<void>;
  /** Moves the job up to `next` (someone else asked for the same load sooner). */
  raise(priority: WorkPriority): void;
};

type Job = {
  step: WorkStep;
  priority: WorkPriority;
  resolve: (value: undefined) => void;
  reject: (error: unknown) => void;
  running: Promise<unknown> | undefined;
  cancelled: boolean;
};

/** A promise with its settle functions (Promise.withResolvers, which the target library lacks). */
export function settleable<T>(): {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
} {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((ok, fail) => {
    resolve = ok;
    reject = fail;
  });
  return { promise, resolve, reject };
}

// A view that waits longer than this (a huge query) no longer holds the background back.
const defaultForegroundLimitMs = 3_000;

/**
 * Loads that no one waits for right now run here, one step at a time, so they never crowd out
 * what the user does: between two steps the main thread goes to input and rendering, and while
 * foreground work runs (a screen waiting for its first rows) no step starts. Jobs of the same
 * priority take turns step by step, `next` before `background`.
 *
 * Measured with `npm run bench:qualification` (50k leads, 5,000 deals): with every in-memory copy
 * loading at once after start-up, a click on "Pipeline" 1.5 s after the app opened painted the
 * board after 1.2-2.5 s, and the app opened on the board needed 3.5 s.
 */
export class BackgroundWork {
  private readonly jobs: Job[] = [];
  private readonly foreground = new Set<object>();
  private idleWaiters: (() => void)[] = [];
  private looping = false;
  private readonly foregroundLimitMs: number;

  constructor({ foregroundLimitMs = defaultForegroundLimitMs } = {}) {
    this.foregroundLimitMs = foregroundLimitMs;
  }

  /**
   * Marks foreground work (a view waiting for data, a load a view waits for) until the returned
   * function is called (later calls do nothing) or a few seconds passed.
   */
  beginForeground(): () => void {
    const token = {};
    this.foreground.add(token);
    const timer = setTimeout(() => end(), this.foregroundLimitMs);
    const end = () => {
      clearTimeout(timer);
      if (!this.foreground.delete(token) || this.foreground.size > 0) return;
      const waiters = this.idleWaiters;
      this.idleWaiters = [];
      for (const wake of waiters) wake();
    };
    return end;
  }

  /** True while some foreground work runs. */
  get busy(): boolean {
    return this.foreground.size > 0;
  }

  /** Queues a job made of steps; it starts once the foreground is quiet. */
  run(step: WorkStep, priority: WorkPriority): BackgroundJob {
    const { promise, resolve, reject } = settleable<void>();
    const job: Job = { step, priority, resolve, reject, running: undefined, cancelled: false };
    this.jobs.push(job);
    void this.loop();
    return {
      done: promise,
      cancel: async () => {
        job.cancelled = true;
        this.remove(job);
        await job.running?.catch(() => undefined);
        resolve(undefined);
      },
      raise: (priority) => {
        if (priority === 'next') job.priority = 'next';
      },
    };
  }

  private remove(job: Job): void {
    const at = this.jobs.indexOf(job);
    if (at >= 0) this.jobs.splice(at, 1);
  }

  private whenQuiet(): Promise<void> {
    if (this.foreground.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  // The first job of the best priority runs one step, then goes behind the others of its priority.
  private pick(): Job | undefined {
    const job = this.jobs.find((candidate) => candidate.priority === 'next') ?? this.jobs[0];
    if (!job) return undefined;
    this.remove(job);
    this.jobs.push(job);
    return job;
  }

  private async loop(): Promise<void> {
    if (this.looping) return;
    this.looping = true;
    try {
      while (this.jobs.length > 0) {
        await yieldToMain('background');
        while (this.foreground.size > 0) await this.whenQuiet();
        const job = this.pick();
        if (!job) break;
        let finished = false;
        try {
          job.running = job.step();
          finished = (await job.running) === true;
        } catch (error) {
          this.remove(job);
          if (!job.cancelled) job.reject(error);
          continue;
        } finally {
          job.running = undefined;
        }
        if (finished) {
          this.remove(job);
          job.resolve(undefined);
        }
      }
    } finally {
      this.looping = false;
    }
  }
}

// After a click or a key press the screen usually changes: no new step starts until the frame
// after it has been painted and a little after (what follows, e.g. the next view's query, holds
// the queue on its own).
const inputPauseMs = 300;

/**
 * Holds the queue back from each pointer press or key press on `target` until the change it
 * causes is on screen; returns the function that stops listening.
 */
export function pauseBackgroundOnInput(work: BackgroundWork, target: EventTarget): () => void {
  const onInput = () => {
    const end = work.beginForeground();
    requestAnimationFrame(() => setTimeout(end, inputPauseMs));
  };
  const options = { capture: true, passive: true };
  target.addEventListener('pointerdown', onInput, options);
  target.addEventListener('keydown', onInput, options);
  return () => {
    target.removeEventListener('pointerdown', onInput, options);
    target.removeEventListener('keydown', onInput, options);
  };
}

/** The page's one queue of background loads. */
export const backgroundWork = new BackgroundWork();
