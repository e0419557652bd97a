// Turns events of the server's EventEmitter (env.events) into the async iterators GraphQL subscriptions
// read. Each subscriber gets its own queue; return() (the client unsubscribed or left) removes the listener.

/**
 * @param {import('node:events').EventEmitter} emitter
 * @param {string} name     the event, e.g. 'wasmer.packageVersionCreated'
 * @param {(payload) => boolean} keep   which events this subscriber wants
 * @param {(payload) => any} map        the value handed to the field's resolver
 */
export function eventIterator(emitter, name, keep = () => true, map = (x) => x) {
  const queue = [];
  const waiting = [];
  let done = false;
  const listener = (payload) => {
    if (done) return;
    let value;
    try {
      if (!keep(payload)) return;
      value = map(payload);
    } catch {
      return; // a subscriber's filter failing must not reach the publisher
    }
    if (waiting.length) waiting.shift()({ value, done: false });
    else queue.push(value);
  };
  emitter.on(name, listener);
  const finish = () => {
    done = true;
    emitter.off(name, listener);
    while (waiting.length) waiting.shift()({ value: undefined, done: true });
    queue.length = 0;
    return Promise.resolve({ value: undefined, done: true });
  };
  return {
    next() {
      if (queue.length) return Promise.resolve({ value: queue.shift(), done: false });
      if (done) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve) => waiting.push(resolve));
    },
    return: finish,
    throw(e) { finish(); return Promise.reject(e); },
    [Symbol.asyncIterator]() { return this; },
  };
}
