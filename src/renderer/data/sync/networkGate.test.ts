import { describe, expect, it } from 'vitest';
import { createNetworkGate } from './networkGate.ts';

const settled = async (promise: Promise<void>) => {
  let done = false;
  void promise.then(() => {
    done = true;
  });
  await new Promise((resolve) => setTimeout(resolve, 0));
  return done;
};

describe('network gate', () => {
  it('lets requests through while open and holds them while closed until it opens', async () => {
    const gate = createNetworkGate(true);
    expect(await settled(gate.wait())).toBe(true);
    gate.close();
    const held = gate.wait();
    expect(await settled(held)).toBe(false);
    gate.close();
    gate.open();
    expect(await settled(held)).toBe(true);
    expect(gate.isOpen).toBe(true);
  });

  it('starts closed when offline', async () => {
    const gate = createNetworkGate(false);
    expect(gate.isOpen).toBe(false);
    const held = gate.wait();
    expect(await settled(held)).toBe(false);
    gate.open();
    expect(await settled(held)).toBe(true);
  });

  it('never lets a held request through once shut, even if opened again', async () => {
    const gate = createNetworkGate(false);
    const held = gate.wait();
    gate.shut();
    gate.open();
    expect(gate.isOpen).toBe(false);
    expect(await settled(held)).toBe(false);
    expect(await settled(gate.wait())).toBe(false);
  });
});
