// DOM tests run against real RxDB on fake-indexeddb and need what Mantine expects from a browser.
import 'fake-indexeddb/auto';
import { notifications } from '@mantine/notifications';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';

// findBy*/waitFor give up after 1 s by default; real RxDB on a busy 2-core CI machine can take
// longer to show the first rows, which is slow, not broken.
configure({ asyncUtilTimeout: 5000 });

// The DOM files share their worker's modules (vitest.config.ts, isolate: false), and Mantine's
// notifications live in a module-level store: a toast left open by one test would otherwise show
// up (and take a place in the queue) in the next.
beforeEach(() => {
  notifications.clean();
});

// The same goes for the document itself: Testing Library unmounts what a test rendered only when
// `afterEach` is a global (it is not here), so a file that did not call `cleanup` left its screen
// (and the focus, say on a switch it toggled) to the next file, whose keyboard shortcuts then went
// to that switch. Every test ends with an empty, unfocused document.
afterEach(() => {
  cleanup();
  if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
});

if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }) satisfies MediaQueryList;
}

// happy-dom has no FontFaceSet; Mantine's autosizing Textarea listens to it for font loads.
if (!('fonts' in document) || !document.fonts) {
  const fonts = new EventTarget();
  Object.defineProperty(document, 'fonts', {
    configurable: true,
    value: Object.assign(fonts, { ready: Promise.resolve(fonts), status: 'loaded' }),
  });
}

// happy-dom does no layout, so every element measures 0×0 and a virtualized list would show no
// rows. Give elements a desktop-sized box; the tests then see what a person sees on screen.
for (const [property, size] of [
  ['offsetHeight', 800],
  ['offsetWidth', 1200],
  ['clientHeight', 800],
  ['clientWidth', 1200],
] as const) {
  Object.defineProperty(HTMLElement.prototype, property, { configurable: true, get: () => size });
}
