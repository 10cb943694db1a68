/** The inline style sheet of the HTML report (the page loads nothing from the network). */
export const CSS = `
:root{--ok:#1a7f37;--bad:#cf222e;--known:#8250df;--warn:#9a6700;--skip:#6e7781;--bg:#fff;--fg:#1f2328;--line:#d0d7de;--soft:#f6f8fa}
*{box-sizing:border-box}body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--fg);background:var(--bg)}
header{padding:16px 24px;border-bottom:1px solid var(--line);background:var(--soft)}h1{margin:0;font-size:22px}.meta{margin:4px 0 0;color:#57606a}
main{padding:8px 24px 40px;max-width:1400px}h2{font-size:18px;margin:24px 0 8px}h4{margin:8px 0 4px}
.verdict{padding:2px 8px;border-radius:6px;color:#fff;background:var(--skip);font-size:14px;vertical-align:middle}.verdict.passed{background:var(--ok)}.verdict.failed{background:var(--bad)}
.cards{display:flex;flex-wrap:wrap;gap:8px}.card{border:1px solid var(--line);border-radius:8px;padding:8px 14px;min-width:90px;text-align:center}.card b{display:block;font-size:20px}.card span{color:#57606a;font-size:12px}
.card.failed b,.card.stale b{color:var(--bad)}.card.passed b{color:var(--ok)}.card.known b{color:var(--known)}.card.warning b{color:var(--warn)}
.matrix{border-collapse:collapse;font-size:13px}.matrix th,.matrix td{border:1px solid var(--line);padding:3px 6px}.matrix thead th{vertical-align:bottom;background:var(--soft)}
.matrix thead th span{writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap}.matrix tbody th{text-align:left;font-weight:normal;white-space:nowrap}
.cell{text-align:center;font-weight:bold;min-width:24px}.cell.passed{color:var(--ok);background:#dafbe1}.cell.failed,.cell.stale{color:#fff;background:var(--bad)}
.cell.known{color:#fff;background:var(--known)}.cell.warning{color:#000;background:#fff8c5}.cell.skipped{color:var(--skip);background:var(--soft)}
.legend .cell{display:inline-block;padding:0 6px;border-radius:4px;margin-right:6px}
body.only-problems tr.row.passed,body.only-problems tr.row.skipped,body.only-problems tr.row.none{display:none}
details.finding,details.workflow{border:1px solid var(--line);border-left:4px solid var(--skip);border-radius:6px;margin:8px 0;padding:6px 10px}
details.failed,details.stale{border-left-color:var(--bad)}details.known{border-left-color:var(--known)}details.warning{border-left-color:var(--warn)}details.passed{border-left-color:var(--ok)}
summary{cursor:pointer}summary h2{display:inline}.badge{display:inline-block;padding:0 6px;border-radius:4px;font-size:12px;color:#fff;background:var(--skip)}
.badge.failed,.badge.stale{background:var(--bad)}.badge.passed,.badge.deleted{background:var(--ok)}.badge.known{background:var(--known)}.badge.warning{background:var(--warn)}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(300px,1fr));gap:12px}dl{margin:0}dt{font-weight:600;color:#57606a}dd{margin:0 0 6px}
pre{margin:0;padding:8px;background:var(--soft);border-radius:6px;overflow:auto;max-height:320px;white-space:pre-wrap;word-break:break-word}
.steps{border-collapse:collapse;margin:6px 0}.steps td,.steps th{border-bottom:1px solid var(--line);padding:2px 10px;text-align:left}.warn{color:var(--bad)}
`;
