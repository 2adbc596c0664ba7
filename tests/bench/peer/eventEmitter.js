// What pouchdb-browser needs of Node's `events` (bundlers are expected to polyfill it), shaped as
// Node's is: listener lists made on first use (PouchDB builds some emitters without calling the
// constructor) and enumerable prototype methods (PouchDB copies them onto its constructor).
export default function EventEmitter() {}

const listenersOf = (emitter) => {
  if (!Object.hasOwn(emitter, '_eventListeners')) {
    Object.defineProperty(emitter, '_eventListeners', { value: new Map() });
  }
  return emitter._eventListeners;
};

Object.assign(EventEmitter.prototype, {
  on(type, listener) {
    const all = listenersOf(this);
    all.set(type, [...(all.get(type) ?? []), listener]);
    return this;
  },
  addListener(type, listener) {
    return this.on(type, listener);
  },
  once(type, listener) {
    const wrapped = (...args) => {
      this.removeListener(type, wrapped);
      listener.apply(this, args);
    };
    wrapped.listener = listener;
    return this.on(type, wrapped);
  },
  removeListener(type, listener) {
    const all = listenersOf(this);
    const list = all.get(type) ?? [];
    const index = list.findIndex((l) => l === listener || l.listener === listener);
    if (index >= 0) all.set(type, list.toSpliced(index, 1));
    return this;
  },
  off(type, listener) {
    return this.removeListener(type, listener);
  },
  removeAllListeners(type) {
    if (type === undefined) listenersOf(this).clear();
    else listenersOf(this).delete(type);
    return this;
  },
  emit(type, ...args) {
    const list = listenersOf(this).get(type) ?? [];
    if (type === 'error' && list.length === 0) throw args[0];
    for (const listener of list) listener.apply(this, args);
    return list.length > 0;
  },
  listeners(type) {
    return (listenersOf(this).get(type) ?? []).map((l) => l.listener ?? l);
  },
  listenerCount(type) {
    return listenersOf(this).get(type)?.length ?? 0;
  },
  setMaxListeners() {
    return this;
  },
});
