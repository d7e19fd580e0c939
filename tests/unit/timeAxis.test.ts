// The time charts' year axis comes from the figures' years: an event dated far away (a typo, 2999, or
// 1950) does not stretch it, and is named in a note under the chart (page, embed and image) instead of
// vanishing.
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import CaptionedChart from '../../src/lib/charts/CaptionedChart.svelte';
import EventList from '../../src/lib/charts/EventList.svelte';
import {
  eventsOutsideNote,
  TimeRangeLayout,
} from '../../src/lib/charts/TimeRangeChart.state.svelte';
import { lightTheme } from '../../src/lib/charts/lightTheme';
import { estimateText } from '../../src/lib/charts/measure';
import type { EventGroupRow, FigureRow } from '../../src/lib/queries';

const figure = (id: string, year: number | null) =>
  ({
    id,
    source_id: 's1',
    country: 'WLD',
    area_note: null,
    region: null,
    measure: 'workers_present',
    low: null,
    high: null,
    point: 50_000,
    qualifier: 'about',
    year,
    estimator: 'Someone',
    estimator_type: 'media',
    publisher: 'A Daily',
  }) as FigureRow;

const event = (date: string, year: number | null, title: string): EventGroupRow => ({
  date,
  year,
  title,
  major: true,
  event_ids: [title],
  sources: [{ source_id: 's1', publisher: 'A Daily' } as EventGroupRow['sources'][number]],
});

// Figures from 2016 to 2019 (and one without a year); events inside, far after, far before, undated.
const figures = [figure('a', 2016), figure('b', 2017.5), figure('c', 2019), figure('d', null)];
const inside = event('2017-12-22', 2017.97, 'Resolution adopted');
const late = event('2999-01-01', 2999, 'A typo');
const early = event('1950-06-25', 1950.48, 'Long ago');
const undated = event('2018-02-30', null, 'No such day');

const layoutOf = (events: EventGroupRow[]) =>
  new TimeRangeLayout(() => ({ figures, events, width: 800 }));

describe('the time axis', () => {
  it.each([
    ['no event', []],
    ['an event inside', [inside]],
    ['an event in 2999', [inside, late]],
    ['an event in 1950', [early, inside]],
    ['both, and an undated one', [early, inside, late, undated]],
  ])('%s: the axis spans the figures’ years, 2016–2019', (_name, events) => {
    const layout = layoutOf(events);
    expect(layout.x.domain()).toEqual([2015.5, 2019.5]);
    expect(layout.xTicks[0]).toBe(2016);
    expect(layout.xTicks.at(-1)).toBe(2019);
  });

  it('draws the events inside the years, numbered, and names the others', () => {
    const layout = layoutOf([early, inside, late, undated]);
    expect(layout.eventMarks.map((mark) => [mark.event.title, mark.number])).toEqual([
      ['Resolution adopted', 1],
    ]);
    expect(layout.eventsOutside).toEqual([early, late, undated]);
    expect(eventsOutsideNote(layout.eventsOutside)).toBe(
      '3 events outside the years shown, not drawn: Jun 25, 1950 — Long ago; Jan 1, 2999 — A typo; 2018-02-30 — No such day.',
    );
    expect(eventsOutsideNote(layoutOf([inside]).eventsOutside)).toBeNull();
  });

  it('without a dated figure, the events set the years', () => {
    const layout = new TimeRangeLayout(() => ({
      figures: [figure('d', null)],
      events: [inside],
      width: 800,
    }));
    expect(layout.x.domain()).toEqual([2016.5, 2018.5]);
    expect(layout.eventsOutside).toEqual([]);
  });

  it('the page’s event list and the exported image say which events are not drawn', () => {
    const list = render(EventList, {
      props: { events: layoutOf([inside, late]).eventMarks, outside: [late] },
    }).body;
    expect(list).toContain('Resolution adopted');
    expect(list).toContain('1 event outside the years shown, not drawn: Jan 1, 2999 — A typo.');

    const svg = render(CaptionedChart, {
      props: {
        drawing: {
          kind: 'time',
          figures,
          events: [inside, late],
          valueLabel: 'Workers present',
          yearLabel: 'Year the figure describes',
          undatedLabel: 'No year',
        },
        title: 'Worldwide',
        publishers: ['A Daily'],
        version: '2026-01-01 · abc',
        permalink: 'https://example.org/',
        width: 688,
        measure: estimateText,
        theme: lightTheme,
      },
    }).body;
    expect(svg).toContain('1. Dec 22, 2017 — Resolution adopted');
    expect(svg.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')).toContain(
      '1 event outside the years shown, not drawn: Jan 1, 2999 — A typo.',
    );
    expect(svg).not.toContain('2999</text>');
  });
});

describe('the value axis', () => {
  const withValue = (point: number) => ({ ...figure('v', 2018), point });
  it.each([
    ['a headcount', 80_000, 64],
    ['revenue in US$', 300_000_000, 93],
  ])('%s: the plot starts right of its longest label', (_name, value, left) => {
    const layout = new TimeRangeLayout(() => ({
      figures: [withValue(value)],
      events: [],
      width: 390,
    }));
    expect(layout.margin.left).toBe(left);
    expect(layout.x.range()[0]).toBe(left);
  });
});
