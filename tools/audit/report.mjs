// The audit's outputs: the JSON as recorded, a self-contained HTML page a person can read and send
// on (no script, no external resource), and the short text summary printed on the terminal.
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { STATES } from './run.mjs';

const esc = (s) => String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

const CSS = `
:root { color-scheme: light; --ok: #1d6b34; --bad: #a3201a; --warn: #8a5a00; --line: #d9d9d9; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1b1b; margin: 0; background: #fafafa; overflow-wrap: anywhere; }
main { max-width: 1200px; margin: 0 auto; padding: 24px 16px 64px; }
h1 { font-size: 1.6rem; margin: 0 0 4px; } h2 { margin-top: 40px; border-bottom: 2px solid #1b1b1b; padding-bottom: 4px; } h3 { margin: 24px 0 8px; }
.meta { color: #555; margin: 0 0 16px; word-break: break-all; }
.verdict { padding: 14px 18px; border-radius: 8px; font-size: 1.15rem; font-weight: 700; margin: 16px 0; }
.verdict.pass { background: #e6f4ea; color: var(--ok); border: 2px solid var(--ok); }
.verdict.fail { background: #fdecea; color: var(--bad); border: 2px solid var(--bad); }
table { border-collapse: collapse; width: 100%; background: #fff; font-size: 13px; }
th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { background: #f0f0f0; position: sticky; top: 0; }
td.url { word-break: break-all; max-width: 520px; }
.tag { display: inline-block; padding: 0 6px; border-radius: 4px; font-weight: 700; font-size: 12px; }
.violation { color: #fff; background: var(--bad); } .ok { color: var(--ok); border: 1px solid var(--ok); } .review { color: #fff; background: var(--warn); }
.cat-necessary { color: var(--ok); } .cat-unknown { color: #666; font-style: italic; }
.summary td, .summary th { font-size: 14px; }
.none { color: #666; font-style: italic; }
ul.issues { padding-left: 1.2em; } ul.issues li { margin: 0 0 10px; }
.fix { display: block; margin-top: 2px; }
code { font-size: 12.5px; overflow-wrap: anywhere; }
pre { background: #fff; border: 1px solid var(--line); padding: 10px; overflow-x: auto; font-size: 12.5px; max-width: 100%; }
/* Narrow screens: each table row becomes a card whose cells carry their column's name. */
@media (max-width: 640px) {
  main { padding: 16px 12px 48px; }
  .verdict { font-size: 1rem; }
  table, thead, tbody, tr, th, td { display: block; }
  thead tr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  tr { border: 1px solid var(--line); border-radius: 6px; margin: 0 0 10px; background: #fff; padding: 4px 0; }
  td, tbody th { border: 0; padding: 2px 10px; }
  td[data-label]::before { content: attr(data-label) ": "; font-weight: 600; color: #444; }
  td.url { max-width: none; }
}
`;

function tag(v) {
  return `<span class="tag ${esc(v)}">${esc(v === 'ok' ? 'ok' : v === 'review' ? 'review' : 'not allowed')}</span>`;
}

function cls(c) {
  const what = c.service ? `${esc(c.title || c.service)} <code>${esc(c.service)}</code>` : '<span class="none">unclassified</span>';
  return `<span class="cat-${esc(c.category)}">${esc(c.category)}</span></td><td>${what}${c.source ? ` <small>(${esc(c.source)})</small>` : ''}`;
}

function table(head, rows, empty) {
  if (!rows.length) return `<p class="none">${esc(empty)}</p>`;
  // Each cell names its column, for the narrow layout where the header row is hidden.
  const label = (row) => {
    let i = 0;
    return row.replace(/<td(?=[ >])/g, () => {
      const h = head[i++];
      return h ? `<td data-label="${esc(h)}"` : '<td';
    });
  };
  return `<table><thead><tr>${head.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead><tbody>\n${rows.map(label).join('\n')}\n</tbody></table>`;
}

function stateHtml(s) {
  if (!s) return '';
  const action = s.action ? (s.action.how === 'click' ? `clicked the button “${esc(s.action.name)}”, then reloaded the page` : `called ${esc(s.action.name)} (no button found), then reloaded the page`) : s.reached === false ? esc(s.note) : 'first visit with an empty profile';
  const consent = s.consent ? ` Consentry's record: <code>${esc(s.consent.method)}</code>, categories ${esc(Object.entries(s.consent.categories || {}).map(([k, v]) => `${k} ${v ? 'on' : 'off'}`).join(', '))}.` : '';
  return `<section id="${esc(s.id)}">
<h2>${esc(s.label)}</h2>
<p>${action}.${consent}</p>
<h3>Cookies (${s.cookies.length})</h3>
${table(['', 'Name', 'Category', 'Service', 'Domain', 'Expires', 'Flags'], s.cookies.map((c) => `<tr><td>${tag(c.verdict)}</td><td><code>${esc(c.name)}</code></td><td>${cls(c.class)}</td><td>${esc(c.domain)}${c.thirdParty ? ' <small>(third party)</small>' : ''}</td><td>${esc(c.expires)}</td><td>${[c.httpOnly && 'HttpOnly', c.secure && 'Secure', c.sameSite].filter(Boolean).map(esc).join(' ')}</td></tr>`), 'No cookie.')}
<h3>Web storage and IndexedDB (${s.storage.length + s.databases.length})</h3>
${table(['', 'Key', 'Category', 'Holds', 'Where'], [...s.storage.map((k) => `<tr><td>${tag(k.verdict)}</td><td><code>${esc(k.name)}</code></td><td>${cls(k.class)}</td><td>${esc(k.area)}</td></tr>`), ...s.databases.map((d) => `<tr><td>${tag(d.verdict)}</td><td><code>${esc(d.name)}</code></td><td>${cls(d.class)}</td><td>IndexedDB database</td></tr>`)], 'Nothing stored.')}
<h3>Third-party and tracker requests (${s.requests.length})</h3>
${table(['', 'Request', 'Category', 'Service', 'Type', 'Result'], s.requests.map((r) => `<tr><td>${tag(r.verdict)}</td><td class="url">${esc(r.method)} ${esc(r.url)}${r.thirdParty ? '' : ' <small>(first party)</small>'}</td><td>${cls(r.class)}</td><td>${esc(r.type)}</td><td>${esc(r.failed || r.status || '')}</td></tr>`), 'No third-party or tracker request.')}
<p class="none">${s.firstPartyRequests} other first-party request(s) not listed.</p>
</section>`;
}

/** The HTML report: one page, inline styles, no script. */
export function renderHtml(r) {
  const issues = (list) => `<ul class="issues">${list.map((v) => `<li><strong>${esc(v.state)}</strong> · ${esc(v.kind)} <code>${esc(v.name)}</code>${v.category ? ` — ${esc(v.category)}` : ''}${v.detail ? ` (${esc(v.detail)})` : ''}${v.fix ? `<span class="fix"><strong>What to do:</strong> ${esc(v.fix)}</span>` : ''}</li>`).join('')}</ul>`;
  const sg = r.suggestion;
  const rows = STATES.map((st) => {
    const s = r.states[st.id];
    if (!s) return '';
    if (s.reached === false) return `<tr><th scope="row"><a href="#${st.id}">${esc(st.label)}</a></th><td colspan="3">not reached: ${esc(s.note)}</td></tr>`;
    const n = (k) => r.violations.filter((v) => v.state === st.id && v.kind === k).length;
    return `<tr><th scope="row"><a href="#${st.id}">${esc(st.label)}</a></th><td data-label="Cookies">${s.cookies.length} (${n('cookie')} not allowed)</td><td data-label="Storage">${s.storage.length + s.databases.length} (${n('storage') + n('indexedDB')} not allowed)</td><td data-label="Requests">${s.requests.length} (${n('request')} not allowed)</td></tr>`;
  }).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Consent audit · ${esc(r.url)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
<h1>Consent audit</h1>
<p class="meta">${esc(r.url)} · ${esc(r.date)} · Chromium ${esc(r.chromium)} · network ${esc(r.network)}</p>
<div class="verdict ${r.pass ? 'pass' : 'fail'}">${r.pass ? 'PASS: nothing but strictly necessary cookies, storage and requests before a choice and after a refusal.' : `FAIL: ${r.violations.length} problem(s): something that is not strictly necessary appears before a choice or after a refusal, or the page offers no way to refuse.`}</div>
${r.violations.length ? `<h3>Not allowed</h3>${issues(r.violations)}` : ''}
${r.warnings.length ? `<h3>To review</h3>${issues(r.warnings)}` : ''}
<table class="summary"><thead><tr><th scope="col">State</th><th scope="col">Cookies</th><th scope="col">Storage</th><th scope="col">Third-party and tracker requests</th></tr></thead><tbody>
${rows}
</tbody></table>
<p>Each item is classified by the site's declared Consentry config, then Consentry's catalogue (${r.catalogue.services} services)${r.catalogue.cookieDatabase ? ', then the Open Cookie Database' : ''}. “Not allowed” means a category other than strictly necessary before any choice or after “Reject all”; “review” means the audit could not classify it. After “Accept all” everything is allowed and listed for the record.</p>
${sg ? `<section id="config"><h2>Config suggestion</h2>
<p>The services the audit met, with their purposes, to paste into your <code>#consentry-config</code> block (or <code>window.consentryConfig</code>) and adjust; also written to <code>config-suggestion.json</code>.</p>
<pre><code>${esc(JSON.stringify(sg.config, null, 2))}</code></pre>
${sg.unclassifiedHosts.length ? `<p>Third-party hosts the audit could not classify; declare each as a service with the purpose you choose (<code>"hosts": ["…"]</code>):</p><ul>${sg.unclassifiedHosts.map((h) => `<li><code>${esc(h)}</code></li>`).join('')}</ul>` : ''}
</section>` : ''}
${STATES.map((st) => stateHtml(r.states[st.id])).join('\n')}
</main>
</body>
</html>
`;
}

/** Writes `audit.json`, `audit.html` and `config-suggestion.json` into `dir`; returns their paths. */
export async function writeReports(r, dir) {
  const out = resolve(dir);
  await mkdir(out, { recursive: true });
  const json = join(out, 'audit.json');
  const html = join(out, 'audit.html');
  const config = join(out, 'config-suggestion.json');
  await writeFile(json, JSON.stringify(r, null, 2) + '\n');
  await writeFile(html, renderHtml(r));
  await writeFile(config, JSON.stringify((r.suggestion && r.suggestion.config) || { services: {} }, null, 2) + '\n');
  return { json, html, config };
}

/** A few lines for the terminal. */
export function summary(r, files) {
  const lines = [`Consent audit of ${r.url}`];
  for (const st of STATES) {
    const s = r.states[st.id];
    if (!s) continue;
    if (s.reached === false) {
      lines.push(`  ${st.label.padEnd(20)} not reached: ${s.note}`);
      continue;
    }
    const bad = r.violations.filter((v) => v.state === st.id).length;
    const how = s.action ? ` (${s.action.how === 'click' ? 'clicked “' + s.action.name + '”' : s.action.name})` : '';
    lines.push(`  ${st.label.padEnd(20)} ${String(s.cookies.length).padStart(3)} cookies, ${String(s.storage.length + s.databases.length).padStart(3)} storage, ${String(s.requests.length).padStart(3)} requests${bad ? `  ${bad} NOT ALLOWED` : ''}${how}`);
  }
  for (const v of r.violations) {
    lines.push(`  ✗ ${v.state}: ${v.kind} ${v.name}${v.category ? ` (${v.category}${v.service ? ', ' + v.service : ''})` : ''}${v.kind === 'banner' ? ': ' + v.detail : ''}`);
    if (v.fix) lines.push(`      → ${v.fix}`);
  }
  for (const w of r.warnings) {
    lines.push(`  ? ${w.state}: ${w.kind} ${w.name}: ${w.detail}`);
    if (w.fix) lines.push(`      → ${w.fix}`);
  }
  lines.push(r.pass ? 'PASS: nothing but strictly necessary items before consent and after refusal' : `FAIL: ${r.violations.length} problem(s) before consent or after refusal`);
  if (files) lines.push(`Reports: ${files.html}`, `         ${files.json}`, `Config suggestion (services found, with their purposes): ${files.config}`);
  return lines.join('\n');
}
