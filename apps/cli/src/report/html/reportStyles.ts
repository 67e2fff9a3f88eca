/**
 * The page's only stylesheet, inlined in `<style>`: system fonts (no web fonts, nothing to
 * fetch), a narrow reading column, booktabs-like tables with tabular figures, muted colour used
 * only for links, warnings and the comparison groups, and print rules (one experiment per page
 * break where possible).
 */
export const REPORT_STYLES = `
:root{--ink:#1d232a;--muted:#5b6570;--rule:#c9cfd6;--faint:#f4f6f8;--link:#1f5fa8;--warn:#8a5a00;--warn-bg:#fff7e6;--a:#1f5fa8;--b:#b3541e}
*{box-sizing:border-box}
html{font-size:16px}
body{margin:0;color:var(--ink);background:#fff;font:15px/1.5 "Iowan Old Style","Palatino Linotype",Palatino,"Book Antiqua",Georgia,serif;font-variant-numeric:tabular-nums}
main,header.report,footer.report{max-width:62rem;margin:0 auto;padding:0 1.25rem}
header.report{padding-top:2rem;border-bottom:2px solid var(--ink)}
h1,h2,h3,h4{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;line-height:1.25;font-weight:600}
h1{font-size:1.6rem;margin:0 0 .4rem}
h2{font-size:1.25rem;margin:2.2rem 0 .6rem;padding-bottom:.25rem;border-bottom:1px solid var(--rule)}
h3{font-size:1.05rem;margin:1.4rem 0 .4rem}
p.meta,.muted{color:var(--muted);font-size:.9rem}
a{color:var(--link);text-decoration:none}
a:hover,a:focus{text-decoration:underline}
code,.mono{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,"Liberation Mono",monospace;font-size:.85em}
nav.toc{font-family:system-ui,sans-serif;font-size:.9rem;margin:1rem 0}
nav.toc ol{margin:.3rem 0;padding-left:1.3rem;columns:2}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-size:.93rem}
caption{caption-side:top;text-align:left;color:var(--muted);font-size:.85rem;padding-bottom:.25rem}
thead th{border-top:2px solid var(--ink);border-bottom:1px solid var(--ink);text-align:left;font-family:system-ui,sans-serif;font-weight:600;font-size:.85rem;padding:.35rem .5rem}
tbody td,tbody th{padding:.3rem .5rem;border-bottom:1px solid var(--faint);vertical-align:top;text-align:left;font-weight:normal}
tbody tr:last-child td,tbody tr:last-child th{border-bottom:2px solid var(--ink)}
td.num{text-align:right;white-space:nowrap}
td.value{white-space:nowrap}
dl.method{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;margin:.5rem 0 1rem;font-size:.93rem}
dl.method dt{color:var(--muted)}
dl.method dd{margin:0}
ul.warnings{list-style:none;padding:0;margin:.5rem 0 1rem}
ul.warnings li{background:var(--warn-bg);border-left:3px solid var(--warn);padding:.3rem .6rem;margin:.25rem 0;font-size:.9rem}
ul.warnings code{color:var(--warn)}
figure{margin:1rem 0 1.5rem;padding:0}
figure .plot{overflow-x:auto}
figure svg{max-width:100%;height:auto;display:block}
figcaption{color:var(--muted);font-size:.88rem;margin-top:.3rem}
section.experiment{padding-top:.2rem}
.kind{display:inline-block;font-family:system-ui,sans-serif;font-size:.75rem;letter-spacing:.02em;text-transform:uppercase;color:var(--muted);border:1px solid var(--rule);border-radius:3px;padding:0 .35rem;margin-left:.5rem;vertical-align:middle}
.group-a{color:var(--a)}
.group-b{color:var(--b)}
th.group-a,th.group-b{font-weight:700}
.skipped td:first-child{word-break:break-all}
footer.report{margin-top:3rem;padding-top:1rem;padding-bottom:3rem;border-top:2px solid var(--ink);color:var(--muted);font-size:.85rem}
footer.report h2{font-size:1rem;border:0;margin:1rem 0 .3rem}
footer.report ul{padding-left:1.2rem}
@media print{body{font-size:11pt}a{color:inherit}nav.toc{display:none}section.experiment{break-inside:avoid-page}figure{break-inside:avoid}}
`;
