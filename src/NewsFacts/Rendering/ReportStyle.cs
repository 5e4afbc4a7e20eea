namespace NewsFacts.Rendering;

/// <summary>The pages' inline style sheet (no external files: a report is one self-contained page).</summary>
internal static class ReportStyle
{
    /// <summary>The style sheet shared by document and index pages.</summary>
    public const string Css = """
:root{--org:#cfe3ff;--org-ink:#2f6fd6;--person:#ffe0b0;--person-ink:#c77700;--loc:#d3f0cd;--loc-ink:#2e8b2e;--misc:#eadcf7;--misc-ink:#7e4fb8;--ev:#fff3a6;--ink:#1d2330;--muted:#5d6573;--line:#d9dde3;--neg:#c62828}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:#f5f6f8}
header{padding:14px 24px;background:#fff;border-bottom:1px solid var(--line)}
header h1{margin:0;font-size:20px;overflow-wrap:anywhere}
header p{margin:4px 0 0;color:var(--muted)}
header nav{font-size:14px;margin-bottom:4px}
a{color:#1a56db}
main{padding:20px 24px}
main.doc{display:grid;grid-template-columns:minmax(0,5fr) minmax(0,6fr);gap:20px;align-items:start}
@media (max-width:1000px){main.doc{grid-template-columns:minmax(0,1fr)}}
section{background:#fff;border:1px solid var(--line);border-radius:8px;padding:14px 18px;margin-bottom:20px}
section h2{margin:0 0 10px;font-size:16px}
.error{border-color:var(--neg);color:var(--neg)}
.empty{color:var(--muted)}
.legend{display:flex;flex-wrap:wrap;gap:10px;align-items:center;margin:0 0 10px;font-size:13px;color:var(--muted)}
.text{white-space:pre-wrap;overflow-wrap:anywhere;font:16px/1.75 Georgia,"Times New Roman",serif;max-height:75vh;overflow:auto;padding-right:6px}
.ent{color:inherit;border-radius:3px;padding:0 1px}
mark.ent{cursor:help}
.t-org{background:var(--org)}
.t-person{background:var(--person)}
.t-loc{background:var(--loc)}
.t-misc{background:var(--misc)}
.k-alias{text-decoration:underline dashed 1.5px;text-underline-offset:3px}
.k-ref{background:none;text-decoration:underline dotted 2.5px;text-underline-offset:4px}
.k-ref.t-org{text-decoration-color:var(--org-ink)}
.k-ref.t-person{text-decoration-color:var(--person-ink)}
.k-ref.t-loc{text-decoration-color:var(--loc-ink)}
.k-ref.t-misc{text-decoration-color:var(--misc-ink)}
.ev.on{background:var(--ev);box-shadow:0 2px 0 #e0b400}
mark .ev.on{background:none}
mark.arg{outline:2px solid #e65100;outline-offset:1px}
.same{box-shadow:0 0 0 2px var(--ink)}
table{border-collapse:collapse;width:100%;font-size:13.5px}
th,td{padding:5px 7px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
th{font-weight:600;color:var(--muted);font-size:13px}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
tr.total td{font-weight:600}
tr.fact{cursor:pointer}
tr.fact:hover{background:#f1f5ff}
tr.fact.selected{background:#fff3c4}
tr.fact:focus{outline:2px solid #1a56db;outline-offset:-2px}
.chip{border-radius:3px;padding:0 4px}
.written{color:var(--muted);font-size:12px}
.mod{font-size:12px;padding:0 6px;border-radius:10px;border:1.5px solid #4a5160;white-space:nowrap}
.mod-planned{border-style:dashed}
.mod-considering{border-style:dotted}
.mod-negated{color:var(--neg);border-color:var(--neg)}
.attr{white-space:nowrap}
.attr-name{color:var(--muted);font-size:12px}
.filters{display:flex;flex-wrap:wrap;gap:14px;align-items:center;margin-bottom:10px;font-size:14px}
.filters .count{color:var(--muted)}
svg.graph{display:block;max-width:100%;height:auto;margin:0 auto}
.node circle{stroke:#4a5160;stroke-width:1.2}
.node.t-org circle{fill:var(--org)}
.node.t-person circle{fill:var(--person)}
.node.t-loc circle{fill:var(--loc)}
.node.t-misc circle{fill:var(--misc)}
.node.same circle{stroke-width:3}
.node.same{box-shadow:none}
.node-label,.edge-label{font:12px system-ui,sans-serif}
.edge-label{paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round;fill:#333}
.mod-negated .edge-label{fill:var(--neg)}
.edge{cursor:pointer}
.edge.selected path{stroke-width:3.5}
.edge.selected .edge-label{font-weight:700}
.edge.filtered{display:none}
pre{white-space:pre-wrap;overflow-wrap:anywhere;font-size:12px}
""";
}
