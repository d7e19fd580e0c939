// The captioned chart (images, static SVGs) rendered on the server as the build renders it: geometry and
// text of a small drawing, and a document resvg parses and draws.
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { Resvg } from '@resvg/resvg-js';
import CaptionedChart from '../../src/lib/charts/CaptionedChart.svelte';
import type { Drawing } from '../../src/lib/charts/drawing.svelte';
import { lightTheme } from '../../src/lib/charts/lightTheme';
import { estimateText } from '../../src/lib/charts/measure';
import { TimeRangeLayout } from '../../src/lib/charts/TimeRangeChart.state.svelte';
import type { CompareGroupRow, FigureRow } from '../../src/lib/queries';

const figure = (fields: Partial<FigureRow>) =>
  ({
    id: 'f1',
    source_id: 's1',
    country: 'RUS',
    area_note: null,
    region: null,
    measure: 'workers_present',
    low: null,
    high: null,
    point: null,
    qualifier: null,
    year: 2019,
    estimator: 'Someone',
    estimator_type: 'media',
    publisher: 'A & B Daily',
    ...fields,
  }) as FigureRow;

const figures = [
  figure({ id: 'range', low: 20_000, high: 40_000, year: 2017 }),
  figure({ id: 'point', point: 30_000, year: 2019, estimator_type: 'government' }),
  figure({ id: 'words', year: 2018, area_note: 'one city' }),
];
const time: Drawing = {
  kind: 'time',
  figures,
  events: [],
  valueLabel: 'Workers present',
  yearLabel: 'Year the figure describes',
  undatedLabel: 'No year',
};
const group = (fields: Partial<CompareGroupRow>) =>
  ({
    group_id: 'g1',
    country: 'RUS',
    estimator: 'An estimator <with> "marks"',
    estimator_type: 'academic',
    measure: 'workers_present',
    low: null,
    high: null,
    point: null,
    qualifier: null,
    area_note: null,
    region: null,
    ref_period: null,
    ref_year_start: 2017,
    ref_year_end: 2017,
    n_reports: 1,
    any_primary: true,
    reports: [{ id: 'f1', source_id: 's1', publisher: 'Pub & Co', primary: true }],
    ...fields,
  }) as CompareGroupRow;
const compare: Drawing = {
  kind: 'compare',
  groups: [group({ point: 100 }), group({ group_id: 'g2', low: 1_000, high: 5_000, n_reports: 2 })],
  envelope: { low: 100, high: 5_000, n_groups: 2, n_figures: 3 },
  valueLabel: 'Workers present',
};

function image(drawing: Drawing, width = 688) {
  return render(CaptionedChart, {
    props: {
      drawing,
      title: 'A title & more',
      publishers: ['A & B Daily', 'Other <Press>', 'A & B Daily'],
      version: '2026-01-01 · abc',
      permalink: 'https://example.org/?view=country&country=RUS',
      width,
      measure: estimateText,
      theme: lightTheme,
    },
  }).body.replace(/<!--[\s\S]*?-->/g, '');
}

describe('CaptionedChart', () => {
  it.each([
    ['time', time, ['range', 'point', 'words']],
    ['compare', compare, ['g1', 'g2']],
  ] as const)('%s: one mark per figure, the title, key, sources and link', (_, drawing, ids) => {
    const svg = image(drawing);
    expect([...svg.matchAll(/<g data-id="([^"]+)"/g)].map((m) => m[1])).toEqual(ids);
    expect(svg).toContain('<title>A title &amp; more</title>');
    expect(svg).toContain('a bar is a range, low to high');
    // Every publisher once, escaped; the data line links back.
    expect(svg).toContain('A &amp; B Daily; Other &lt;Press>.');
    expect(svg).toContain('<a href="https://example.org/?view=country&amp;country=RUS">');
    expect(svg).not.toMatch(/var\(|<style|class="(?!bar|symbol|arrow|label|row|band|axis)/);
    // A strict XML parser draws it at its width.
    expect(new Resvg(svg).render().width).toBe(688);
  });

  it('draws a range from its low to its high on the value axis', () => {
    const svg = image(time);
    const layout = new TimeRangeLayout(() => ({ figures, events: [], width: 640 }));
    const bar =
      /<g data-id="range"><line class="bar" x1="[\d.]+" y1="([\d.]+)" x2="[\d.]+" y2="([\d.]+)"/.exec(
        svg,
      );
    expect(bar).not.toBeNull();
    expect(Number(bar![1])).toBeCloseTo(layout.y(20_000), 6);
    expect(Number(bar![2])).toBeCloseTo(layout.y(40_000), 6);
  });

  it('keys hollow marks only when one is drawn', () => {
    expect(image(time)).toContain('hollow or dashed');
    expect(image({ ...time, figures: figures.slice(0, 2) })).not.toContain('hollow or dashed');
  });

  it('writes the comparison’s labels as SVG text, wrapped inside their column', () => {
    expect(image(compare, 1400)).toContain('one estimate, re-reported by 2 publications');
    const svg = image(compare, 400);
    expect(svg).toContain('An estimator &lt;with> "marks"');
    const labels = [...svg.matchAll(/<g data-group="[^"]+">([\s\S]*?)<g transform/g)].flatMap(
      (m) => [...m[1]!.matchAll(/<text x="0" y="[\d.]+" font-size="(\d+)"[^>]*>([^<]*)<\/text>/g)],
    );
    // Estimator, period and figure (wrapped in two lines at this width for g2), chain.
    expect(labels).toHaveLength(7);
    for (const [, size, text] of labels) {
      expect(estimateText(text!, { size: Number(size), weight: 600 })).toBeLessThanOrEqual(
        400 - 48,
      );
    }
  });
});
