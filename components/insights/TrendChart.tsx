import type { ChartPoint } from '../../domain/insights/trends';

interface Props {
  points: readonly ChartPoint[];
  /** The scale's top (4 for severity, 24 for hours…). */
  max: number;
  min?: number;
}

const WIDTH = 300;
const HEIGHT = 80;
const PAD = 4;

/**
 * A small chart of daily (or weekly) values as plain SVG: a line through the days with a value and a dot on
 * each, gaps where nothing was recorded. Drawn in the text colour, so light and dark both work. It is
 * hidden from screen readers: the table beside it carries the same numbers.
 */
export function TrendChart({ points, max, min = 0 }: Props) {
  const step = points.length > 1 ? (WIDTH - 2 * PAD) / (points.length - 1) : 0;
  const x = (i: number) => PAD + i * step;
  const y = (value: number) => HEIGHT - PAD - ((value - min) / (max - min || 1)) * (HEIGHT - 2 * PAD);
  const runs: string[] = [];
  let run = '';
  points.forEach((point, i) => {
    if (point.value === null) {
      if (run) runs.push(run);
      run = '';
      return;
    }
    run += `${run ? 'L' : 'M'}${x(i).toFixed(1)} ${y(point.value).toFixed(1)}`;
  });
  if (run) runs.push(run);
  return (
    <svg
      class="insights-chart"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      preserveAspectRatio="none"
      aria-hidden="true"
      focusable="false"
    >
      <line class="insights-chart-axis" x1={PAD} x2={WIDTH - PAD} y1={HEIGHT - PAD} y2={HEIGHT - PAD} />
      {runs.map((d) => (
        <path key={d} d={d} class="insights-chart-line" />
      ))}
      {points.map((point, i) =>
        point.value === null ? null : (
          <circle key={point.day} cx={x(i)} cy={y(point.value)} r={points.length > 60 ? 1.2 : 2.2} class="insights-chart-dot" />
        ),
      )}
    </svg>
  );
}
