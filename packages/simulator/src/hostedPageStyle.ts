// The palette follows the webform-kit screens' defaults (packages/react/src/styles.css), so the
// demo's bank visit looks like the demo's own pages in light and in dark. Every text colour meets
// WCAG AA on the backgrounds it is used on.
const LIGHT = {
  page: '#eef2f8',
  surface: '#ffffff',
  fg: '#1a1f2b',
  muted: '#4d5666',
  border: '#c9d0da',
  accent: '#0a58ca',
  'accent-hover': '#0846a1',
  'on-accent': '#ffffff',
  focus: '#0a58ca',
  danger: '#b3261e',
  note: '#eef2f8',
  'demo-bg': '#fff3dc',
  'demo-fg': '#6b4200',
  'demo-border': '#a86a00',
};
const DARK: typeof LIGHT = {
  page: '#10141b',
  surface: '#161b24',
  fg: '#edf0f5',
  muted: '#b3bbc8',
  border: '#394150',
  accent: '#8fb8ff',
  'accent-hover': '#b3cfff',
  'on-accent': '#0b1730',
  focus: '#8fb8ff',
  danger: '#ff9a8f',
  note: '#222a37',
  'demo-bg': '#3a2c10',
  'demo-fg': '#f7d08a',
  'demo-border': '#c99a3a',
};

const variables = (palette: typeof LIGHT) =>
  Object.entries(palette)
    .map(([name, value]) => `--${name}:${value}`)
    .join(';');

/**
 * The hosted page's CSS: light by default, dark under `prefers-color-scheme: dark`, and either
 * one fixed by `data-theme` on `<html>` (the simulator-only presentation knob). No fixed widths:
 * the page reflows down to 320 px.
 */
export const HOSTED_PAGE_STYLE = `
:root{color-scheme:light;${variables(LIGHT)}}
@media (prefers-color-scheme:dark){:root:not([data-theme=light]){color-scheme:dark;${variables(DARK)}}}
:root[data-theme=dark]{color-scheme:dark;${variables(DARK)}}
*{box-sizing:border-box}
body{margin:0;font:1rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--page)}
.bar{background:var(--surface);border-bottom:1px solid var(--border)}
.bar-inner,main,.demo,footer{max-width:34rem;margin:0 auto;padding-inline:1rem}
.bar-inner{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:.5rem 1rem;padding-block:.625rem}
.brand{display:flex;flex-wrap:wrap;align-items:center;gap:0 .5rem;font-weight:700}
.brand small{font-weight:400;color:var(--muted);font-size:.875rem}
.lock{width:1rem;height:1rem;flex:none;fill:var(--accent)}
.lang{display:flex;align-items:center;gap:.375rem;flex-wrap:wrap;font-size:.875rem}
.lang select,.lang button{min-height:2.75rem;font-size:.875rem}
main{padding-block:1.25rem}
.card{background:var(--surface);border:1px solid var(--border);border-radius:.75rem;padding:1.25rem}
@media (min-width:30rem){.card{padding:1.75rem}}
.progress{margin:0 0 .5rem;color:var(--muted);font-size:.875rem}
.meter{display:flex;gap:.25rem;margin:0 0 1.25rem}
.meter span{flex:1;height:.25rem;border-radius:.125rem;background:var(--border)}
.meter span.done{background:var(--accent)}
.bank{display:flex;align-items:center;gap:.75rem;margin:0 0 1rem}
.badge{display:inline-grid;place-items:center;width:2.5rem;height:2.5rem;flex:none;border-radius:50%;color:#fff;font-weight:700;font-size:.875rem;letter-spacing:.02em}
.bank-name{font-weight:600;display:block}
.bank small,.hint,.expiry,.field-note{color:var(--muted);font-size:.875rem}
h1{font-size:1.5rem;line-height:1.25;margin:0 0 .5rem}
h2{font-size:1rem;line-height:1.25;margin:0 0 .25rem}
p,dl,fieldset{margin:0 0 1rem}
.intro{color:var(--muted)}
.hero{margin:0 0 1rem;padding:1rem;border-radius:.5rem;background:var(--note)}
.hero-amount{display:block;font-size:2rem;line-height:1.2;font-weight:700;font-variant-numeric:tabular-nums;overflow-wrap:anywhere}
.hero-to{display:block;color:var(--muted)}
dl.details{display:grid;grid-template-columns:minmax(0,auto) minmax(0,1fr);gap:.375rem 1rem}
dt{color:var(--muted)}dd{margin:0;overflow-wrap:anywhere;font-weight:500}
@media (max-width:24rem){dl.details{grid-template-columns:minmax(0,1fr);gap:0}dd{margin:0 0 .5rem}}
.lines{margin:0 0 1rem;padding:0;list-style:none;border-top:1px solid var(--border)}
.lines li{display:flex;flex-wrap:wrap;justify-content:space-between;gap:0 1rem;padding:.5rem 0;border-bottom:1px solid var(--border)}
.lines .line-amount{font-weight:600;font-variant-numeric:tabular-nums}
.lines small{flex-basis:100%;color:var(--muted)}
fieldset{border:0;padding:0;min-width:0}
legend{font-weight:600;padding:0;margin:0 0 .5rem}
.choice{display:flex;align-items:center;gap:.75rem;padding:.75rem;border:1px solid var(--border);border-radius:.5rem;margin:0 0 .5rem;cursor:pointer;font-weight:400}
.choice:has(input:checked){border-color:var(--accent);box-shadow:0 0 0 1px var(--accent)}
.choice input{width:1.25rem;height:1.25rem;flex:none;margin:0;accent-color:var(--accent)}
.field{display:flex;flex-direction:column;gap:.25rem;margin:0 0 1rem;min-width:0}
label{font-weight:600}
input[type=text],input[type=password],select{font:inherit;min-height:2.75rem;max-width:100%;padding:.5rem .75rem;border:1px solid var(--muted);border-radius:.5rem;background:var(--surface);color:var(--fg)}
input[aria-invalid=true]{border:2px solid var(--danger)}
.error{color:var(--danger);font-size:.875rem;font-weight:600;margin:0}
input.tan{letter-spacing:.25em;font-variant-numeric:tabular-nums;width:12rem;align-self:flex-start}
button{font:inherit;min-height:2.75rem;max-width:100%;border-radius:.5rem;padding:.5rem 1.25rem;border:2px solid var(--accent);background:var(--accent);color:var(--on-accent);cursor:pointer;font-weight:600}
button:hover{background:var(--accent-hover);border-color:var(--accent-hover)}
button.secondary{background:transparent;color:var(--accent)}
button.quiet{background:transparent;border-color:transparent;color:var(--accent);padding-inline:.5rem;text-decoration:underline}
.actions{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem;margin:0 0 .5rem}
.actions button[type=submit]:first-child{flex:1 1 12rem}
.cancel{margin:0 0 1rem}
a{color:var(--accent)}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
ul.links{padding-left:1.25rem}
code{overflow-wrap:anywhere}
.demo{margin-block:0 1.25rem}
.demo-box{border:2px dashed var(--demo-border);border-radius:.75rem;padding:1rem;background:var(--demo-bg);color:var(--demo-fg)}
.demo-box p{margin:0 0 .75rem;font-size:.875rem}
.demo-box form{display:flex;flex-wrap:wrap;align-items:flex-end;gap:.5rem;margin:0 0 .5rem}
.demo-box select{border-color:var(--demo-fg)}
.demo-box button{background:var(--demo-fg);border-color:var(--demo-fg);color:var(--demo-bg)}
.demo-box button.secondary{background:transparent;color:var(--demo-fg)}
.demo-box .field{margin:0}
footer{padding-block:0 1.5rem;text-align:center}
footer p{margin:0;color:var(--muted);font-size:.8125rem}
@media (min-width:62rem){
body{display:grid;grid-template-columns:1fr minmax(0,34rem) minmax(0,17rem) 1fr;column-gap:1.5rem;align-items:start}
.bar,footer{grid-column:1/-1}
.bar-inner,footer{max-width:52.5rem}
main{grid-column:2;max-width:none;margin:0;padding-inline:0}
.demo{grid-column:3;max-width:none;margin:0;padding:1.25rem 0 0;position:sticky;top:0}
}
`;
