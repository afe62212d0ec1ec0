/**
 * A report as one self-contained HTML page: no script, no font, no image or
 * style from anywhere else (a Content-Security-Policy forbids them), each
 * chart an inline SVG drawn by Vega-Lite beside a table of the same figures,
 * so a screen reader reads the table and a sighted reader either.
 *
 * Vega and Vega-Lite are ES modules with top-level await: loaded with a real
 * import(), and only when --html asks for a page.
 */
import { COLUMNS, LEFT_OUT_WORDS } from "./columns";
import type { LeftOutReason } from "./facts";
import type { Counts, NotCounted, Summary } from "./summary";

/** A chart's figures: one row a category, one value a series. */
interface ChartData {
  id: string;
  title: string;
  /** What the chart shows, in a sentence: the figure's caption and the SVG's label. */
  caption: string;
  /** The category column's heading ("court", "month", "outcome"). */
  category: string;
  series: string[];
  rows: Array<{ label: string; values: number[] }>;
}

// A real dynamic import: TypeScript compiles import() to require() for CommonJS, which cannot load these modules.
const importModule = new Function("specifier", "return import(specifier)") as (specifier: string) => Promise<any>;

const COLOURS = ["#1f5f8b", "#c0561b", "#4d7d2a"];

export async function summaryHtml(summary: Summary, generatedOn: string): Promise<string> {
  const [vl, vega] = await Promise.all([importModule("vega-lite"), importModule("vega")]);
  const charts = chartsOf(summary);
  const sections = [];
  for (const chart of charts) sections.push(section(chart, await chartSvg(chart, vl, vega)));
  return page(summary, sections.join("\n"), generatedOn);
}

function chartsOf(summary: Summary): ChartData[] {
  const t = summary.totals;
  const byGroup = (groups: Array<{ name: string; counts: Counts }>) => groups.map(({ name, counts }) => ({ label: name, values: [counts.withImages, counts.deprivationApplied, counts.ordersMade] }));
  const groupSeries = ["cases with intimate images", "deprivation applied for", "deprivation orders made"];
  return [
    {
      id: "outcomes",
      title: "What became of the deprivation applications",
      caption: `Of ${t.deprivationApplied} cases with a deprivation application, the decision the court recorded.`,
      category: "decision",
      series: ["cases"],
      rows: [
        { label: "made in full", values: [t.deprivation.made] },
        { label: "made in part", values: [t.deprivation["made-in-part"]] },
        { label: "refused", values: [t.deprivation.refused] },
        { label: "adjourned", values: [t.deprivation.adjourned] },
        { label: "no outcome recorded", values: [t.deprivationNoOutcome] },
      ],
    },
    {
      id: "left-out",
      title: "Why items holding intimate images were left out",
      caption: `${t.itemsLeftOut} items holding intimate images were not covered by a deprivation order (or, while no decision is recorded, by the application), by the first reason that applies.`,
      category: "reason",
      series: ["items"],
      rows: (Object.keys(LEFT_OUT_WORDS) as LeftOutReason[]).map((reason) => ({ label: LEFT_OUT_WORDS[reason], values: [t.leftOutBy[reason]] })),
    },
    {
      id: "by-court",
      title: "By court",
      caption: "For each court: cases with items holding intimate images, deprivation applications, and deprivation orders made.",
      category: "court",
      series: groupSeries,
      rows: byGroup(summary.byCourt.map((g) => ({ name: g.court, counts: g }))),
    },
    {
      id: "by-month",
      title: "By month of the hearing",
      caption: "For each month: cases with items holding intimate images, deprivation applications, and deprivation orders made.",
      category: "month",
      series: groupSeries,
      rows: byGroup(summary.byMonth.map((g) => ({ name: g.month, counts: g }))),
    },
  ];
}

/** One chart as SVG: horizontal bars, grouped when there is more than one series. */
async function chartSvg(chart: ChartData, vl: any, vega: any): Promise<string> {
  const values = chart.rows.flatMap((row) => row.values.map((value, i) => ({ label: row.label, series: chart.series[i], value })));
  const grouped = chart.series.length > 1;
  const spec = {
    data: { values },
    width: 360,
    mark: { type: "bar", tooltip: false },
    encoding: {
      y: { field: "label", type: "nominal", sort: chart.rows.map((r) => r.label), title: null, axis: { labelLimit: 320 } },
      x: { field: "value", type: "quantitative", title: grouped ? "count" : chart.series[0], axis: { tickMinStep: 1, format: "d" } },
      ...(grouped
        ? {
            yOffset: { field: "series", sort: chart.series },
            color: { field: "series", type: "nominal", sort: chart.series, scale: { range: COLOURS }, legend: { title: null, orient: "bottom", direction: "vertical" } },
          }
        : { color: { value: COLOURS[0] } }),
    },
    config: { font: "sans-serif", aria: false, view: { stroke: null }, axis: { labelFontSize: 12, titleFontSize: 12 }, legend: { labelFontSize: 12, labelLimit: 300 } },
  };
  const compiled = vl.compile(spec).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: "none" });
  const svg: string = await view.toSVG();
  view.finalize();
  // The table beside it carries the figures; the picture is named by its heading and caption.
  return svg.replace(/^<svg /, `<svg role="img" aria-labelledby="${chart.id}-title ${chart.id}-caption" `);
}

function section(chart: ChartData, svg: string): string {
  const head = [chart.category, ...chart.series].map((h, i) => `<th scope="col"${i > 0 ? ' class="n"' : ""}>${escapeHtml(h)}</th>`).join("");
  const body = chart.rows.map((row) => `<tr><th scope="row">${escapeHtml(row.label)}</th>${row.values.map((v) => `<td class="n">${v}</td>`).join("")}</tr>`).join("\n");
  return `<section aria-labelledby="${chart.id}-title">
<h2 id="${chart.id}-title">${escapeHtml(chart.title)}</h2>
<div class="pair">
<figure><div class="chart">${svg}</div><figcaption id="${chart.id}-caption">${escapeHtml(chart.caption)}</figcaption></figure>
<table><caption>${escapeHtml(chart.title)}: the figures</caption>
<thead><tr>${head}</tr></thead>
<tbody>
${body}
</tbody></table>
</div>
</section>`;
}

const NOT_COUNTED_KINDS: ReadonlyArray<[NotCounted["kind"], string]> = [
  ["unreadable", "could not be read"],
  ["not-a-case", "did not read as a case"],
  ["name-refused", "had a path naming a protected complainant"],
];

function page(summary: Summary, sections: string, generatedOn: string): string {
  const t = summary.totals;
  const totals = COLUMNS.map((c) => `<tr><th scope="row">${escapeHtml(c.heading)}</th><td class="n">${c.value(t)}</td></tr>`).join("\n");
  // How many and why, never which: a page is made to be shared, and a file's name may name the defendant.
  const notCounted =
    summary.notCounted.length === 0
      ? ""
      : `<section aria-labelledby="not-counted-title"><h2 id="not-counted-title">Files not counted</h2><ul>${NOT_COUNTED_KINDS.flatMap(([kind, words]) => {
          const n = summary.notCounted.filter((entry) => entry.kind === kind).length;
          return n === 0 ? [] : [`<li>${n} ${words}</li>`];
        }).join("")}</ul><p class="note">The page does not say which files: <code>ancillary report</code> in a terminal lists them by path.</p></section>`;
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Deprivation orders across ${t.cases} cases</title>
<style>
body { font-family: sans-serif; margin: 2rem; color: #1a1a1a; max-width: 72rem; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.25rem; margin-top: 2.5rem; }
.pair { display: flex; flex-wrap: wrap; gap: 2rem; align-items: flex-start; }
figure { margin: 0; } figcaption { max-width: 32rem; font-size: 0.9rem; margin-top: 0.5rem; }
table { border-collapse: collapse; font-size: 0.9rem; }
caption { text-align: left; font-weight: bold; padding-bottom: 0.4rem; }
th, td { border: 1px solid #999; padding: 0.25rem 0.6rem; text-align: left; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
.note { font-size: 0.9rem; max-width: 48rem; }
</style>
</head>
<body>
<main>
<h1>Deprivation orders across ${t.cases} case${t.cases === 1 ? "" : "s"}</h1>
<p class="note">Made by ancillary on ${escapeHtml(generatedOn)} from the case files given. Counts only: no person is named.
${summary.notCounted.length > 0 ? `${summary.notCounted.length} file${summary.notCounted.length === 1 ? " was" : "s were"} not counted (see the end).` : "Every file given was counted."}
${summary.withErrors > 0 ? `${summary.withErrors} case${summary.withErrors === 1 ? " has" : "s have"} errors that <code>ancillary validate</code> shows; ${summary.withErrors === 1 ? "it is" : "they are"} counted as written.` : ""}</p>
<section aria-labelledby="totals-title">
<h2 id="totals-title">Totals</h2>
<table><caption>Totals across every case counted</caption>
<thead><tr><th scope="col">figure</th><th scope="col" class="n">count</th></tr></thead>
<tbody>
${totals}
</tbody></table>
</section>
${sections}
${notCounted}
<p class="note">An item is "left out" when it holds intimate images and the deprivation order as made (or, where no decision has been recorded or it was adjourned, the application) does not cover it; each is counted once, under the first reason that applies: an online copy, not seized, a third party's, no evidence of use, left out by the court, not applied for.</p>
</main>
</body>
</html>
`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}
