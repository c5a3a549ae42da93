// The cookie declaration as text for a written privacy policy: an HTML fragment or Markdown (the
// JSON form is the Declaration itself). Same content and words as in the page, without the switches.
import type { Declaration, DeclarationService } from '../core/types';
import { partyText, policyText, put } from './model';
import { WORDS, type Words } from './words';

const words = (d: Declaration): Words => ({ ...WORDS.en, ...WORDS[d.language] });
const colon = (d: Declaration) => (d.language == 'fr' ? '\u00a0: ' : ': ');

/** Text made safe inside HTML elements and double-quoted attributes. */
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** An HTML fragment (no script, no style element) to paste into a privacy policy; headings start at `level`. */
export function toHtml(d: Declaration, level = 2): string {
  const w = words(d);
  const h = (n: number, s: string) => `<h${n}>${esc(s)}</h${n}>`;
  const out = [`<div class="consentry-declaration" lang="${esc(d.language)}" dir="${d.dir}">`, `<p>${esc(w.written)}</p>`];
  for (const p of d.purposes) {
    out.push(h(level, p.title));
    if (p.description) out.push(`<p>${esc(p.description)}</p>`);
    for (const s of p.services) {
      out.push('<section>', h(level + 1, s.title));
      if (s.description) out.push(`<p>${esc(s.description)}</p>`);
      if (s.vendor) {
        const link = s.privacyPolicyUrl ? ` · <a href="${esc(s.privacyPolicyUrl)}">${esc(policyText(w, s.vendor, d.language))}</a>` : '';
        out.push(`<p>${esc(w.provider + colon(d) + s.vendor)}${link}</p>`);
      }
      if (s.hosts.length) out.push(`<p>${esc(w.hosts + colon(d) + s.hosts.join(', '))}</p>`);
      if (s.entries.length) {
        out.push(`<table><caption>${esc(put(w.caption, { s: s.title }))}</caption>`);
        out.push('<thead><tr>' + [w.name, w.type, w.lifetime, w.party].map((x) => `<th scope="col">${esc(x)}</th>`).join('') + '</tr></thead><tbody>');
        for (const r of rows(s, w)) out.push(`<tr><th scope="row">${esc(r[0])}</th>${r.slice(1).map((x) => `<td>${esc(x)}</td>`).join('')}</tr>`);
        out.push('</tbody></table>');
      }
      out.push('</section>');
    }
  }
  if (d.source) out.push(`<p>${esc(d.source)}</p>`);
  out.push('</div>');
  return out.join('\n') + '\n';
}

/** Markdown (tables in the GitHub form) to paste into a privacy policy; headings start at `level`. */
export function toMarkdown(d: Declaration, level = 2): string {
  const w = words(d);
  // Characters that would start markup, escaped; `|` also inside table cells.
  const md = (s: string) => s.replace(/[\\`*_[\]<>|#]/g, '\\$&');
  const out: string[] = [md(w.written), ''];
  for (const p of d.purposes) {
    out.push('#'.repeat(level) + ' ' + md(p.title), '');
    if (p.description) out.push(md(p.description), '');
    for (const s of p.services) {
      out.push('#'.repeat(level + 1) + ' ' + md(s.title), '');
      if (s.description) out.push(md(s.description), '');
      if (s.vendor) out.push(md(w.provider + colon(d) + s.vendor) + (s.privacyPolicyUrl ? ` · [${md(policyText(w, s.vendor, d.language))}](<${s.privacyPolicyUrl.replace(/[<>\s]/g, encodeURIComponent)}>)` : ''), '');
      if (s.hosts.length) out.push(md(w.hosts) + colon(d) + s.hosts.map((x) => '`' + x.replace(/`/g, '') + '`').join(', '), '');
      if (s.entries.length) {
        out.push(`| ${[w.name, w.type, w.lifetime, w.party].map(md).join(' | ')} |`, '| --- | --- | --- | --- |');
        for (const r of rows(s, w)) out.push(`| ${['`' + r[0].replace(/`/g, '') + '`', ...r.slice(1).map(md)].join(' | ')} |`);
        out.push('');
      }
    }
  }
  if (d.source) out.push(md(d.source), '');
  return out.join('\n');
}

/** Table rows of a service: name, type, lifetime, set by. */
function rows(s: DeclarationService, w: Words): string[][] {
  return s.entries.map((e) => [e.name, e.kind == 'cookie' ? w.cookie : w.storage, e.lifetimeText, partyText(e, w)]);
}
