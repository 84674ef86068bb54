// A small Chrome DevTools Protocol client over `--remote-debugging-pipe` (fd 3 in, fd 4 out; messages end in
// NUL). `npm start` uses it to open Gutwise's page once the extension is running, without opening a port.

/** Wraps a Chromium child spawned with stdio[3] and stdio[4] as pipes. */
export function cdpPipe(child) {
  const [, , , input, output] = child.stdio;
  let nextId = 1;
  let buffer = '';
  const pending = new Map();
  const listeners = new Set();
  output.on('data', (chunk) => {
    buffer += chunk.toString('utf8');
    let end;
    while ((end = buffer.indexOf('\0')) >= 0) {
      const message = JSON.parse(buffer.slice(0, end));
      buffer = buffer.slice(end + 1);
      if (message.id && pending.has(message.id)) {
        const { resolve, reject } = pending.get(message.id);
        pending.delete(message.id);
        if (message.error) reject(new Error(`${message.error.message} (${message.error.code})`));
        else resolve(message.result);
      } else if (message.method) {
        for (const listener of listeners) listener(message);
      }
    }
  });
  return {
    /** Sends one command; resolves with its result. */
    send(method, params = {}, sessionId) {
      const id = nextId++;
      input.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
      return new Promise((resolve, reject) => pending.set(id, { resolve, reject }));
    },
    /** Calls `listener` with every event; returns a function that stops it. */
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Resolves with the first target `matches` accepts, among those open now and those created later. */
export async function waitForTarget(cdp, matches, timeoutMs) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`no matching target within ${timeoutMs / 1000} s`));
    }, timeoutMs);
    const found = (info) => {
      if (!matches(info)) return;
      clearTimeout(timer);
      stop();
      resolve(info);
    };
    const stop = cdp.onEvent((event) => {
      if (event.method === 'Target.targetCreated' || event.method === 'Target.targetInfoChanged') found(event.params.targetInfo);
    });
    cdp
      .send('Target.setDiscoverTargets', { discover: true })
      .then(() => cdp.send('Target.getTargets').then(({ targetInfos }) => targetInfos.forEach(found)), reject);
  });
}
