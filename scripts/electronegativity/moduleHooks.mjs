// Module hooks for running Electronegativity here:
// - It parses with typescript-estree 4, which needs the TypeScript 4 compiler API. npm hoists that
//   parser next to the project's TypeScript 7 (no JS API), so its `require('typescript')` goes to
//   the TypeScript 4.2 that electronegativity ships beside itself.
// - Its `got` (network) is replaced by an offline stand-in (offlineGot.cjs).
import { createRequire, registerHooks } from 'node:module';
import { pathToFileURL } from 'node:url';

const electronegativity = createRequire(
  createRequire(import.meta.url).resolve('@doyensec/electronegativity/package.json'),
);
const typescript4 = pathToFileURL(electronegativity.resolve('typescript')).href;
const offlineGot = new URL('./offlineGot.cjs', import.meta.url).href;

registerHooks({
  resolve(specifier, context, nextResolve) {
    const parent = context.parentURL ?? '';
    if (
      specifier === 'typescript' &&
      (parent.includes('/@typescript-eslint/') || parent.includes('/tsutils/'))
    ) {
      return { url: typescript4, shortCircuit: true };
    }
    if (specifier === 'got' && parent.includes('/@doyensec/electronegativity/')) {
      return { url: offlineGot, shortCircuit: true };
    }
    return nextResolve(specifier, context);
  },
});
