// Withdrawal (issue 10), carried by the store chunk (consentry-store.js): what was released and has
// not run yet never runs, and a released frame of a withdrawn service is unloaded. Only a change
// from a record can withdraw anything (a decision, a reset, another tab's message, the repair of the
// stores at start), and each is applied by the store chunk, so it is loaded by then: a page view
// where nobody changes their mind never downloads this.
// The first stage keeps the bookkeeping (what was released, what ran) and lends it here.

/**
 * Holds again, on a withdrawal, what the first stage released and may no longer run, into `held`
 * (emptied by the caller, refilled in this order): released external scripts whose file has not
 * run (`pending`), scripts queued behind one that loads (`queue`), and frames that were released
 * (`ran`): navigated away to about:blank, with their placeholder back. `granted`: the nodes
 * released; `may`: whether an element may run now; `at`: the attribute it loads from;
 * `reheld(h, n)`: writes `h` in the held form of the released script `n` (itself or its copy);
 * `after(n)`: `n` no longer runs, the scripts queued behind it (document order) go on; `placeholder(f)`: shows a held frame's placeholder; `inert()`: a document that is
 * never rendered, where a script adopted before its fetch ends never runs (HTML: "prepare the
 * script element", node document check).
 */
export function withdraw(
  held: Element[],
  pending: HTMLScriptElement[],
  queue: Element[],
  ran: Element[],
  granted: WeakSet<Node>,
  may: (e: Element) => boolean,
  at: (e: Element) => string,
  reheld: (h: Element, n: Element) => void,
  after: (n: Element) => void,
  placeholder: (f: Element) => void,
  inert: () => Document,
): void {
  for (const n of pending.splice(0)) may(n) ? pending.push(n) : unrelease(n);
  for (let i = queue.length; i--; ) {
    const o = queue[i];
    if (!may(o)) {
      queue.splice(i, 1);
      granted.delete(o);
      held.push(o);
    }
  }
  for (const e of ran) {
    if ((e.localName === 'iframe' || e.localName === 'frame') && !may(e) && granted.has(e)) {
      granted.delete(e);
      if (!e.hasAttribute('data-src')) {
        e.setAttribute('data-src', e.getAttribute('src') || '');
        // Navigating the frame away is what stops its code; removing `src` alone would not.
        e.setAttribute('src', 'about:blank');
      }
      held.push(e);
      placeholder(e);
    }
  }

  /**
   * Puts a released script whose file has not run back in the held form. One in the document is
   * replaced by a held copy (its attributes) and adopted into an inert document, which Chromium (and the HTML
   * standard) never executes, even when its fetch completes; one not inserted is changed in place.
   */
  function unrelease(n: HTMLScriptElement): void {
    let h: Element = n;
    if (n.isConnected) {
      // A new element, not a clone: a clone keeps the "already started" flag and would never run.
      // Its URL (`src`, an SVG script's `href`) is the held form's to write.
      const A = at(n);
      h = n.ownerDocument.createElementNS(n.namespaceURI, 'script');
      for (const a of Array.from(n.attributes)) if (a.name !== A) h.setAttribute(a.name, a.value);
    }
    granted.delete(n);
    reheld(h, n);
    if (h !== n) {
      n.replaceWith(h);
      inert().adoptNode(n);
      after(n);
    }
    held.push(h);
  }
}
