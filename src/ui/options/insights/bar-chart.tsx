// A bar chart drawn with uPlot (canvas, no inline script or style element: fine under the extension's CSP).
// The canvas is hidden from screen readers; the table next to each chart carries the same figures.
import 'uplot/dist/uPlot.min.css';
import uPlot from 'uplot';
import { useEffect, useRef } from 'preact/hooks';

/** The first series is drawn as bars, any further ones as lines. */
export interface BarSeries {
  label: string;
  values: number[];
  /** CSS colour; read from the theme's custom properties by the caller. */
  color: string;
}

export function themeColor(name: string, fallback: string): string {
  if (typeof getComputedStyle === 'undefined') return fallback;
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}

export function BarChart(props: { labels: string[]; series: BarSeries[]; height?: number; formatValue?: (v: number) => string; title: string }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = host.current;
    if (!el || props.labels.length === 0) return;
    const text = themeColor('--text-soft', '#5b6275');
    const grid = themeColor('--border', '#e3e6ef');
    const bars = uPlot.paths.bars!({ size: [0.7, 60], align: 0 });
    const width = Math.max(280, el.clientWidth || 600);
    const xs = props.labels.map((_, i) => i);
    const labelStep = Math.max(1, Math.ceil(xs.length / 12));
    const plot = new uPlot(
      {
        width,
        height: props.height ?? 220,
        legend: { show: props.series.length > 1 },
        cursor: { show: true, points: { show: false } },
        scales: { x: { time: false, range: [-0.6, props.labels.length - 0.4] }, y: { range: (_u, _min, max) => [0, Math.max(1, max) * 1.1] } },
        axes: [
          // At most ~12 category labels, so weekly series stay readable.
          { stroke: text, grid: { show: false }, ticks: { show: false }, splits: () => xs.filter((i) => i % labelStep === 0), values: (_u, splits) => splits.map((i) => props.labels[i] ?? '') },
          { stroke: text, grid: { stroke: grid }, values: (_u, splits) => splits.map((v) => (props.formatValue ? props.formatValue(v) : String(v))) },
        ],
        series: [
          { label: '' },
          ...props.series.map((s, i) => ({
            label: s.label,
            fill: s.color,
            stroke: s.color,
            // The first series is drawn as bars; others as lines over them (e.g. connects over calls).
            ...(i === 0 ? { paths: bars } : { width: 2, fill: undefined }),
            points: { show: false },
          })),
        ],
      },
      [xs, ...props.series.map((s) => s.values)],
      el,
    );
    const resize = () => plot.setSize({ width: Math.max(280, el.clientWidth || width), height: props.height ?? 220 });
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      plot.destroy();
    };
  }, [JSON.stringify(props.labels), JSON.stringify(props.series)]);
  return <div ref={host} class="chart" aria-hidden="true" title={props.title} />;
}
