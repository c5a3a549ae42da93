// Host names: shared by the matcher (a host pattern matches its subdomains), the clean-up (a
// cookie may have been set on any parent domain) and the server.

/** A host and each of its parent domains, longest first. */
export function domains(h: string): string[] {
  const l = [h];
  for (let i; (i = h.indexOf('.')) >= 0; ) l.push((h = h.slice(i + 1)));
  return l;
}
