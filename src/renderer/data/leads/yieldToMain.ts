type TaskPriority = 'user-blocking' | 'user-visible' | 'background';

type Scheduler = {
  yield?: () => Promise<void>;
  postTask?: (callback: () => void, options: { priority: TaskPriority }) => Promise<void>;
};

function currentScheduler(): Scheduler | undefined {
  return (globalThis as { scheduler?: Scheduler }).scheduler;
}

/**
 * Gives the main thread back so input and rendering run, then resumes. `scheduler.yield`
 * resumes ahead of other queued tasks (no 4 ms timer clamp); background work goes behind them.
 */
export function yieldToMain(priority: 'user-visible' | 'background'): Promise<void> {
  const scheduler = currentScheduler();
  if (priority === 'user-visible' && scheduler?.yield) return scheduler.yield();
  if (scheduler?.postTask) return scheduler.postTask(() => undefined, { priority });
  return new Promise((resolve) => setTimeout(resolve, 0));
}
