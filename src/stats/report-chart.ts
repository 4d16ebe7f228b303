/**
 * The bar chart under every `/thongke` table: this period against the previous one, per commune,
 * drawn by Chart.js on a @napi-rs/canvas canvas (no browser). Many communes switch to horizontal
 * bars so every name stays readable.
 */
import type { ChartConfiguration } from "chart.js";
import { shortUnitName } from "./mono-table.js";
import type { PeriodReport } from "./period-report.js";

/** Chart.js and the native canvas, loaded on the first chart: most processes never draw one. */
let drawing: Promise<{ Chart: typeof import("chart.js").Chart; createCanvas: typeof import("@napi-rs/canvas").createCanvas }> | undefined;
function loadDrawing() {
  drawing ??= Promise.all([import("chart.js"), import("@napi-rs/canvas")]).then(([chart, canvas]) => {
    chart.Chart.register(...chart.registerables);
    // DejaVu Sans ships with most Linux systems and has every Vietnamese glyph.
    chart.Chart.defaults.font.family = "DejaVu Sans, Noto Sans, Arial, sans-serif";
    return { Chart: chart.Chart, createCanvas: canvas.createCanvas };
  });
  return drawing;
}

const HORIZONTAL_FROM = 13;

/** Renders the chart as PNG bytes. */
export async function reportChartPng(report: PeriodReport): Promise<Buffer> {
  const { Chart, createCanvas } = await loadDrawing();
  const horizontal = report.lines.length >= HORIZONTAL_FROM;
  const width = 1000;
  const height = horizontal ? 120 + report.lines.length * 28 : 600;
  const canvas = createCanvas(width, height);
  const config: ChartConfiguration<"bar"> = {
    type: "bar",
    data: {
      labels: report.lines.map((l) => shortUnitName(l.name)),
      datasets: [
        { label: `Kỳ trước (${report.previousName})`, data: report.lines.map((l) => l.previous), backgroundColor: "#9aa5b1" },
        { label: `Kỳ này (${report.currentName})`, data: report.lines.map((l) => l.current), backgroundColor: "#1f6feb" },
      ],
    },
    options: {
      indexAxis: horizontal ? "y" : "x",
      responsive: false,
      animation: false,
      devicePixelRatio: 1,
      plugins: {
        title: { display: true, text: `Hồ sơ nộp trực tuyến: ${report.currentName} so với ${report.previousName}`, font: { size: 18 } },
        legend: { position: "bottom" },
      },
      scales: { [horizontal ? "x" : "y"]: { beginAtZero: true, ticks: { precision: 0 } } },
    },
    plugins: [
      {
        // A white background: the default is transparent, which Telegram shows as black in dark mode.
        id: "white-background",
        beforeDraw: (chart) => {
          const ctx = chart.ctx;
          ctx.save();
          ctx.fillStyle = "#ffffff";
          ctx.fillRect(0, 0, chart.width, chart.height);
          ctx.restore();
        },
      },
    ],
  };
  // Chart.js draws on any 2D context; the canvas package's context is close enough to the DOM one.
  const chart = new Chart(canvas.getContext("2d") as unknown as CanvasRenderingContext2D, config);
  try {
    return await canvas.encode("png");
  } finally {
    chart.destroy();
  }
}
