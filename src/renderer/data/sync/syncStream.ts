import type { CollectionName } from '../../../shared/domain/collections.ts';
import { errorCodeOf, type SyncConnection, SyncHttpError, syncRequest } from './syncHttp.ts';

export type StreamChange = {
  collection: CollectionName;
  documents: Array<Record<string, unknown> & { id: string; _deleted: boolean }>;
  checkpoint: { seq: number };
};

export type SyncStreamHandlers = {
  /** Every (re)connection: changes made while away are not replayed, so everyone must pull. */
  onResync: () => void;
  onChange: (change: StreamChange) => void;
  /**
   * The session was revoked or the token is invalid; the stream stays closed. `reason` is the
   * server's code (`device_wiped`, `device_revoked`...) when it said one.
   */
  onUnauthorized: (reason?: string) => void;
  onConnectedChange?: (connected: boolean) => void;
};

export type SyncStream = { start(): void; stop(): void; readonly connected: boolean };

const initialDelayMs = 500;
// Capped low so that the stream is back within ~4 s of the network returning, however long the
// outage was (one small request per client every few seconds while the server is unreachable).
const maxDelayMs = 4000;
/** The server sends a heartbeat every 15 s; silence for longer means a dead connection. */
const silenceLimitMs = 45_000;

/** Exponential backoff with full jitter (half to all of the step), capped. */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const step = Math.min(maxDelayMs, initialDelayMs * 2 ** attempt);
  return Math.round(step / 2 + (random() * step) / 2);
}

function parseBlock(block: string): { event: string; data: string } | undefined {
  let event = 'message';
  const data: string[] = [];
  for (const line of block.split('\n')) {
    if (line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'event') event = value;
    else if (field === 'data') data.push(value);
  }
  return data.length > 0 || event !== 'message' ? { event, data: data.join('\n') } : undefined;
}

/**
 * The one live connection for all collections (`GET /api/sync/stream`), read with fetch because
 * EventSource cannot send a bearer token. Reconnects with backoff and jitter until stopped.
 */
export function openSyncStream(
  connection: SyncConnection,
  handlers: SyncStreamHandlers,
): SyncStream {
  let running = false;
  let connected = false;
  let attempt = 0;
  let controller: AbortController | undefined;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;

  const setConnected = (value: boolean) => {
    if (connected === value) return;
    connected = value;
    handlers.onConnectedChange?.(value);
  };

  let stopReason: string | undefined;
  const dispatch = (block: string): 'stop' | undefined => {
    const message = parseBlock(block);
    if (!message) return undefined;
    if (message.event === 'resync') {
      attempt = 0;
      handlers.onResync();
    } else if (message.event === 'unauthorized') {
      stopReason = errorCodeOf(message.data);
      return 'stop';
    } else if (message.event === 'message') {
      handlers.onChange(JSON.parse(message.data) as StreamChange);
    }
    return undefined;
  };

  const connect = async () => {
    const current = new AbortController();
    controller = current;
    let silence: ReturnType<typeof setTimeout> | undefined;
    const resetSilence = () => {
      clearTimeout(silence);
      silence = setTimeout(() => current.abort(), silenceLimitMs);
    };
    try {
      resetSilence();
      const response = await syncRequest(connection, '/api/sync/stream', {
        signal: current.signal,
      });
      const reader = response.body?.pipeThrough(new TextDecoderStream()).getReader();
      if (!reader) throw new Error('stream has no body');
      setConnected(true);
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        resetSilence();
        buffer += value.replace(/\r\n?/g, '\n');
        let end = buffer.indexOf('\n\n');
        while (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          end = buffer.indexOf('\n\n');
          if (dispatch(block) === 'stop') {
            running = false;
            current.abort();
            handlers.onUnauthorized(stopReason);
            return;
          }
        }
      }
    } catch (error) {
      if (error instanceof SyncHttpError && error.code === 'unauthorized') {
        running = false;
        handlers.onUnauthorized(error.reason);
        return;
      }
      // Network errors, aborts and server errors all end in a reconnect below.
    } finally {
      clearTimeout(silence);
      setConnected(false);
    }
    if (!running || controller !== current) return;
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      if (running) void connect();
    }, backoffDelay(attempt));
    attempt += 1;
  };

  return {
    start() {
      if (running) return;
      running = true;
      attempt = 0;
      void connect();
    },
    stop() {
      running = false;
      clearTimeout(retryTimer);
      retryTimer = undefined;
      controller?.abort();
      controller = undefined;
    },
    get connected() {
      return connected;
    },
  };
}
