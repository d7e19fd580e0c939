// Scales, marks and row labels of the comparison (one row per estimate, dot and whisker over the
// envelope of all of them), shared by the page's chart and by the drawing of images and static figures.
import type { CompareEnvelopeRow, CompareGroupRow } from '../queries';
import type { PlacedMark } from './types';
import { valueScale } from './valueScale';
import { figureShape, isPartial } from './figureShape';
import { formatFigure, formatPeriod } from '../format';
import { chartsText } from '../i18n/en/charts';
import { wrapText } from './wrapText';
import type { MeasureText } from './measure';

/** Height of a row's plot. */
export const COMPARE_ROW_HEIGHT = 36;
/** Room at each end of a row's plot, for the marks' symbols. */
const pad = 10;

export type CompareAxis = ReturnType<typeof valueScale>;

/** The value axis of a comparison's plots, `plotWidth` px wide. */
export function compareAxis(groups: readonly CompareGroupRow[], plotWidth: number): CompareAxis {
  return valueScale(
    groups.flatMap((g) => [g.low, g.high, g.point].filter((v): v is number => v !== null)),
    [pad, Math.max(pad + 40, plotWidth - pad)],
  );
}

function describe(group: CompareGroupRow): string {
  return chartsText().estimateMarkLabel(
    formatFigure(group),
    formatPeriod(group),
    group.estimator,
    group.n_reports,
  );
}

/** One mark per estimate, centred in its row's plot; an estimate in words sits hollow at the right end. */
export function compareMarks(
  groups: readonly CompareGroupRow[],
  axis: CompareAxis,
  plotWidth: number,
): PlacedMark<CompareGroupRow>[] {
  return groups.map((group, index) => {
    const shape = figureShape(group) ?? {
      from: axis.scale.invert(plotWidth - pad),
      to: axis.scale.invert(plotWidth - pad),
      shape: 'no-number' as const,
    };
    return {
      datum: group,
      id: group.group_id,
      estimatorType: group.estimator_type,
      label: describe(group),
      along: COMPARE_ROW_HEIGHT / 2,
      from: axis.scale(shape.from),
      to: axis.scale(shape.to),
      shape: shape.shape,
      partial: isPartial(group),
      slot: index,
    };
  });
}

/** The envelope's band in a row's plot, or null when no figure gives a number. */
export function envelopeBand(
  envelope: CompareEnvelopeRow,
  axis: CompareAxis,
): { x: number; width: number } | null {
  if (envelope.low === null || envelope.high === null) return null;
  const x = axis.scale(envelope.low);
  return { x, width: Math.max(1, axis.scale(envelope.high) - x) };
}

/** The sentence keying the envelope's band. */
export function envelopeKey(envelope: CompareEnvelopeRow): string {
  const t = chartsText();
  const counts = t.envelopeCounts(envelope.n_groups, envelope.n_figures);
  return envelope.low !== null && envelope.high !== null
    ? t.envelopeBetween(envelope.low, envelope.high, counts)
    : t.envelopeNoNumber(counts);
}

/** A row's label: who estimated, what and when, and who reported it. */
export interface CompareLabel {
  estimator: string;
  /** The period and figure; then how many publications, which is set apart when more than one. */
  period: string;
  reports: string;
  repeated: boolean;
  kind: string;
  chain: string;
}

export function compareLabel(group: CompareGroupRow): CompareLabel {
  const t = chartsText();
  return {
    estimator: group.estimator,
    period: `${formatPeriod(group)} · ${formatFigure(group)}`,
    reports: group.n_reports > 1 ? t.rowReReported(group.n_reports) : t.rowOnePublication,
    repeated: group.n_reports > 1,
    kind: group.any_primary ? t.primarySource : t.secondarySource,
    chain: `→ ${[...new Set(group.reports.map((r) => r.publisher))].join('; ')}`,
  };
}

/** A line of a row's label in the drawing: its text and font. */
export interface LabelLine {
  text: string;
  size: number;
  weight: number;
  muted: boolean;
}

const lineHeight = (line: LabelLine) => Math.round(line.size * 1.3);

/** Where a comparison drawn as one SVG puts each row, its label lines and its plot. */
export interface CompareDrawingLayout {
  width: number;
  height: number;
  plotX: number;
  plotWidth: number;
  axis: CompareAxis;
  marks: PlacedMark<CompareGroupRow>[];
  /** Top axis height; rows start below it. */
  axisHeight: number;
  rows: {
    mark: PlacedMark<CompareGroupRow>;
    top: number;
    height: number;
    plotTop: number;
    lines: (LabelLine & { y: number })[];
  }[];
  /** Where the bottom axis starts. */
  bottomAxis: number;
}

/**
 * The comparison as one drawing `width` px wide: labels wrapped in SVG text beside their plots, or, when
 * `stacked` (phones), above them.
 */
export function compareDrawingLayout(
  groups: readonly CompareGroupRow[],
  width: number,
  measure: MeasureText,
  stacked: boolean,
): CompareDrawingLayout {
  const gap = 16;
  const labelWidth = stacked ? width : Math.round((width - gap) * 0.4);
  const plotX = stacked ? 0 : labelWidth + gap;
  const plotWidth = width - plotX;
  const axis = compareAxis(groups, plotWidth);
  const marks = compareMarks(groups, axis, plotWidth);
  const axisHeight = 20;
  let top = axisHeight;
  const rows = marks.map((mark) => {
    const label = compareLabel(mark.datum);
    const wrap = (text: string, size: number, weight: number, muted: boolean) =>
      wrapText(text, labelWidth, (t) => measure(t, { size, weight })).map((line) => ({
        text: line,
        size,
        weight,
        muted,
      }));
    const lines: LabelLine[] = [
      ...wrap(label.estimator, 12, 600, false),
      ...wrap(`${label.period} · ${label.reports} · ${label.kind}`, 11, 400, true),
      ...wrap(label.chain, 11, 400, true),
    ];
    let y = top + 6;
    const placed = lines.map((line) => {
      const at = { ...line, y: y + line.size };
      y += lineHeight(line);
      return at;
    });
    const labelHeight = y - top + 4;
    const height = stacked
      ? labelHeight + COMPARE_ROW_HEIGHT
      : Math.max(labelHeight, COMPARE_ROW_HEIGHT + 8);
    const plotTop = stacked ? top + labelHeight : top + (height - COMPARE_ROW_HEIGHT) / 2;
    const row = { mark, top, height, plotTop, lines: placed };
    top += height;
    return row;
  });
  return {
    width,
    height: top + 36,
    plotX,
    plotWidth,
    axis,
    marks,
    axisHeight,
    rows,
    bottomAxis: top,
  };
}
