// Cross-tab propagation: a decision in one tab reaches every open tab of the site.

type Handler = (data: unknown) => void;

let bc: BroadcastChannel | null = null;
const LS = 'consentry:sync';

/** Listens for decisions made in other tabs; returns the sender. */
export function openChannel(name: string, onMessage: Handler): (data: unknown) => void {
  try {
    if (typeof BroadcastChannel === 'function') {
      bc = new BroadcastChannel('consentry:' + name);
      bc.onmessage = (e) => onMessage(e.data);
      return (data) => {
        try { bc!.postMessage(data); } catch { /* closed channel: other tabs re-read on load */ }
      };
    }
  } catch {
    // fall through to the storage event
  }
  // Older browsers: the `storage` event of localStorage carries the message.
  addEventListener('storage', (e) => {
    if (e.key === LS + ':' + name && e.newValue) {
      try { onMessage(JSON.parse(e.newValue).d); } catch { /* not ours */ }
    }
  });
  return (data) => {
    try {
      localStorage.setItem(LS + ':' + name, JSON.stringify({ d: data, t: Date.now() + Math.random() }));
    } catch {
      // storage blocked: tabs agree again at their next load
    }
  };
}
