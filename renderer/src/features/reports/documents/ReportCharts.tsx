import type { Suppressible } from '@shared/domain/rounds';
import { isSuppressed } from '@shared/domain/rounds';
import { DASH } from './report-format';

/** Inline SVG charts of the report: vector in the PDF, no chart library, readable in black and white. */

const ACCENT = '#0b7285';
const BEFORE = '#adb5bd';
const GRID = '#e9ecef';

export type ColumnDatum = { label: string; value: Suppressible; display: string };

/** Vertical bars with the value above each (meetings per month). */
export function ColumnChart({ data, title }: { data: readonly ColumnDatum[]; title: string }) {
  const width = 640;
  const height = 200;
  const top = 18;
  const bottom = 26;
  const plot = height - top - bottom;
  const max = Math.max(1, ...data.map((d) => (isSuppressed(d.value) ? 0 : d.value)));
  const slot = width / Math.max(1, data.length);
  const bar = Math.min(56, slot * 0.6);
  return (
    <svg
      className="rp-chart"
      viewBox={`0 0 ${String(width)} ${String(height)}`}
      role="img"
      aria-label={title}
    >
      <line x1={0} x2={width} y1={top + plot} y2={top + plot} stroke="#868e96" strokeWidth={1} />
      {data.map((d, i) => {
        const value = isSuppressed(d.value) ? 0 : d.value;
        const h = (value / max) * plot;
        const x = i * slot + (slot - bar) / 2;
        return (
          <g key={d.label}>
            <rect x={x} y={top + plot - h} width={bar} height={h} fill={ACCENT} />
            <text
              x={x + bar / 2}
              y={top + plot - h - 5}
              textAnchor="middle"
              fontSize={12}
              fontWeight={600}
            >
              {d.display}
            </text>
            <text
              className="rp-axis"
              x={x + bar / 2}
              y={height - 8}
              textAnchor="middle"
              fontSize={11}
            >
              {d.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

export type BarDatum = { label: string; value: Suppressible; display: string };

/** Horizontal bars with the label left and the value right (topics covered). */
export function BarChart({ data, title }: { data: readonly BarDatum[]; title: string }) {
  const row = 22;
  const labelWidth = 200;
  const valueWidth = 44;
  const width = 640;
  const height = Math.max(row, data.length * row) + 4;
  const plot = width - labelWidth - valueWidth;
  const max = Math.max(1, ...data.map((d) => (isSuppressed(d.value) ? 0 : d.value)));
  return (
    <svg
      className="rp-chart"
      viewBox={`0 0 ${String(width)} ${String(height)}`}
      role="img"
      aria-label={title}
    >
      {data.map((d, i) => {
        const value = isSuppressed(d.value) ? 0 : d.value;
        const y = i * row + 2;
        return (
          <g key={d.label}>
            <text x={labelWidth - 8} y={y + 15} textAnchor="end" fontSize={11.5}>
              {d.label}
            </text>
            <rect x={labelWidth} y={y + 3} width={plot} height={row - 8} fill={GRID} />
            <rect
              x={labelWidth}
              y={y + 3}
              width={(value / max) * plot}
              height={row - 8}
              fill={ACCENT}
            />
            <text x={width - 4} y={y + 15} textAnchor="end" fontSize={11.5} fontWeight={600}>
              {d.display}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

export type PrePostDatum = {
  label: string;
  start: Suppressible;
  end: Suppressible;
  display: string;
};

/** Self-rating before (grey) and after (accent) on the 1…5 scale, one pair of bars per topic. */
export function PrePostChart({ data, title }: { data: readonly PrePostDatum[]; title: string }) {
  const row = 30;
  const labelWidth = 200;
  const valueWidth = 90;
  const width = 640;
  const axis = 16;
  const height = data.length * row + axis + 4;
  const plot = width - labelWidth - valueWidth;
  const scale = (v: number): number => ((v - 0) / 5) * plot;
  return (
    <svg
      className="rp-chart"
      viewBox={`0 0 ${String(width)} ${String(height)}`}
      role="img"
      aria-label={title}
    >
      {[1, 2, 3, 4, 5].map((tick) => (
        <g key={tick}>
          <line
            x1={labelWidth + scale(tick)}
            x2={labelWidth + scale(tick)}
            y1={0}
            y2={data.length * row}
            stroke={GRID}
            strokeWidth={1}
          />
          <text
            className="rp-axis"
            x={labelWidth + scale(tick)}
            y={height - 4}
            textAnchor="middle"
            fontSize={10}
          >
            {tick}
          </text>
        </g>
      ))}
      {data.map((d, i) => {
        const y = i * row + 3;
        return (
          <g key={d.label}>
            <text x={labelWidth - 8} y={y + 16} textAnchor="end" fontSize={11.5}>
              {d.label}
            </text>
            {isSuppressed(d.start) ? null : (
              <rect x={labelWidth} y={y + 2} width={scale(d.start)} height={10} fill={BEFORE} />
            )}
            {isSuppressed(d.end) ? null : (
              <rect x={labelWidth} y={y + 13} width={scale(d.end)} height={10} fill={ACCENT} />
            )}
            <text x={width - 4} y={y + 16} textAnchor="end" fontSize={11.5} fontWeight={600}>
              {d.display || DASH}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** Colour keys for the before/after chart. */
export function PrePostLegend({ before, after }: { before: string; after: string }) {
  return (
    <div className="rp-legend">
      <span>
        <span className="rp-swatch" style={{ background: BEFORE }} />
        {before}
      </span>
      <span>
        <span className="rp-swatch" style={{ background: ACCENT }} />
        {after}
      </span>
    </div>
  );
}
