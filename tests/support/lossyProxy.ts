import { connect, createServer, type Socket } from 'node:net';

/**
 * A small TCP proxy on loopback between devices and the server that can misbehave: delay every
 * chunk (order kept), reset every connection, go down (refuse and cut everything) and come back,
 * or go half-open (connections stay up but nothing is delivered).
 */
export async function startLossyProxy(target: { host: string; port: number }) {
  const pairs = new Set<[Socket, Socket]>();
  let down = false;
  let maxLatencyMs = 0;
  let random = Math.random;
  // While half-open, chunks wait here (TCP would retransmit them once the path is back).
  let gate: Promise<void> = Promise.resolve();
  let openGate = () => {};

  /** Forwards `from` to `to`, each chunk after its own delay but never before the previous one. */
  const forward = (from: Socket, to: Socket) => {
    let last = Promise.resolve();
    from.on('data', (chunk) => {
      const delay = maxLatencyMs > 0 ? Math.floor(random() * maxLatencyMs) : 0;
      const wait = new Promise<void>((resolve) => setTimeout(resolve, delay));
      last = Promise.all([last, wait, gate]).then(() => {
        if (!to.destroyed) to.write(chunk);
      });
    });
    from.on('end', () => void last.then(() => to.end()));
    from.on('error', () => to.destroy());
    from.on('close', () => void last.then(() => to.destroy()));
  };

  const server = createServer((client) => {
    if (down) {
      client.resetAndDestroy();
      return;
    }
    const upstream = connect(target.port, target.host);
    const pair: [Socket, Socket] = [client, upstream];
    pairs.add(pair);
    const forget = () => pairs.delete(pair);
    client.on('close', forget);
    upstream.on('close', forget);
    forward(client, upstream);
    forward(upstream, client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;

  const resetAll = () => {
    for (const [client, upstream] of pairs) {
      client.resetAndDestroy();
      upstream.destroy();
    }
    pairs.clear();
  };

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    connections: () => pairs.size,
    setLatency(ms: number, rng: () => number = Math.random) {
      maxLatencyMs = ms;
      random = rng;
    },
    /** Sends TCP resets on every open connection. */
    resetAll,
    /** Cuts every connection and refuses new ones until `up()`. */
    down() {
      down = true;
      resetAll();
    },
    up() {
      down = false;
      openGate();
    },
    /** Keeps connections open but delivers nothing until `up()`, like a broken path. */
    halfOpen() {
      gate = new Promise((resolve) => {
        openGate = resolve;
      });
    },
    async close() {
      resetAll();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
