/**
 * Holds sync requests while the device is offline, so replication never has to be paused: RxDB
 * keeps turning local writes into push batches as they happen (from its change events, without
 * re-reading them), and on reconnect those batches leave at once.
 */
export type NetworkGate = {
  readonly isOpen: boolean;
  open(): void;
  close(): void;
  /** Resolves when the gate is open; never, once it is shut for good. */
  wait(): Promise<void>;
  /** Closes for good (sync stopped): waiting requests never leave. */
  shut(): void;
};

export function createNetworkGate(initiallyOpen: boolean): NetworkGate {
  let isOpen = initiallyOpen;
  let shut = false;
  let release: (() => void) | undefined;
  let opened: Promise<void> = isOpen ? Promise.resolve() : new Promise((r) => (release = r));
  return {
    get isOpen() {
      return isOpen;
    },
    open() {
      if (shut || isOpen) return;
      isOpen = true;
      release?.();
      release = undefined;
      opened = Promise.resolve();
    },
    close() {
      if (!isOpen) return;
      isOpen = false;
      opened = new Promise((r) => (release = r));
    },
    wait() {
      return opened;
    },
    shut() {
      shut = true;
      isOpen = false;
      // Dropping the release leaves every waiting request pending for good.
      release = undefined;
      opened = new Promise(() => undefined);
    },
  };
}
