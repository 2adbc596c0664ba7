/**
 * Samples a page's CPU with the DevTools protocol and prints the functions with the most self
 * time, for finding where a benchmark's time goes. Returns the function that stops and prints.
 */
export async function startCpuProfile(context, page, log, { top = 30 } = {}) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  return async () => {
    const { profile } = await cdp.send('Profiler.stop');
    const self = new Map();
    const dt = profile.timeDeltas ?? [];
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    profile.samples.forEach((id, i) => {
      const f = byId.get(id).callFrame;
      const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
      self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
    });
    const sorted = [...self].sort((a, b) => b[1] - a[1]).slice(0, top);
    for (const [key, ms] of sorted) log(`  self ${ms.toFixed(0).padStart(6)} ms  ${key}`);
    await cdp.detach();
  };
}
