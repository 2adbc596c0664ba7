// In-page timing of the kanban: when the board with its column totals is on screen, and when a
// column total changes. "Painted" is the first task after the next animation frame, i.e. after
// the browser produced the frame that shows the change.

/** Resolves with performance.now() just after the next frame has been painted. */
export function afterNextPaint() {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(undefined);
    }),
  );
}

function waitFor(check) {
  return new Promise((resolve) => {
    const tryNow = () => {
      const value = check();
      if (value === undefined) return false;
      observer.disconnect();
      resolve({ value, at: performance.now() });
      return true;
    };
    const observer = new MutationObserver(() => tryNow());
    if (!tryNow()) {
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    }
  });
}

const totalsSelector = '[data-testid^="stage-total-"]';

/**
 * Resolves once the pipeline board shows all six columns with their totals and its cards:
 * DOM time, painted time, and when the account names on the cards arrived.
 */
export async function whenBoardShown() {
  const board = await waitFor(() => {
    if (!location.hash.includes('pipeline')) return undefined;
    const totals = document.querySelectorAll(totalsSelector);
    const cards = document.querySelectorAll('[data-opportunity-id]');
    if (totals.length < 6 || cards.length === 0) return undefined;
    return cards.length;
  });
  const paintAt = await afterNextPaint();
  // A card has five rows once its account name is known (name, account, amount, date and
  // owner, actions).
  const names = await waitFor(() =>
    (document.querySelector('[data-opportunity-id]')?.children.length ?? 0) >= 5 ? true : undefined,
  );
  return { domAt: board.at, paintAt, namesAt: names.at, cards: board.value };
}

/** Resolves when the total of `stage` shows something else than now: DOM and painted time. */
export async function whenTotalChanges(stage) {
  const element = () => document.querySelector(`[data-testid="stage-total-${stage}"]`);
  const before = element()?.textContent;
  const changed = await waitFor(() => {
    const text = element()?.textContent;
    return text !== undefined && text !== before ? text : undefined;
  });
  return { domAt: changed.at, paintAt: await afterNextPaint() };
}

/** Records main-thread long tasks until stopped: how many, and the longest (ms). */
export function watchLongTasks() {
  const durations = [];
  let observer;
  try {
    observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) durations.push(entry.duration);
    });
    observer.observe({ type: 'longtask' });
  } catch {
    observer = undefined;
  }
  return {
    stop() {
      observer?.disconnect();
      return {
        longTasks: durations.length,
        longestTaskMs: durations.length > 0 ? Math.max(...durations) : 0,
      };
    },
  };
}
