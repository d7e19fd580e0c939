import { appendRecord, type HostileCase } from './case';

/**
 * `length` characters of `word` repeated with no space or other break opportunity: the string a
 * browser can only wrap with `overflow-wrap: anywhere` (or in the middle of a word at all).
 */
export function unbroken(word: string, length: number): string {
  return word.repeat(Math.ceil(length / word.length)).slice(0, length);
}

/** The longest values the text rules admit (the caps documented in datapackage.json). */
export const CAPS = { id: 80, title: 500, text: 300, url: 2048, note: 2000 } as const;

const longSourceId = unbroken('longsourceid', CAPS.id);
const longUrl = `https://example.org/${unbroken('Averylongaddress0123456789', CAPS.url - 20)}`;

/** An estimates.csv record of a figure for `country` in 2018 citing `source`, with `changes`. */
function figure(
  id: string,
  source: string,
  country: string,
  changes: Partial<
    Record<'area_note' | 'measure_detail' | 'ref_period' | 'estimator' | 'note', string>
  > = {},
): string[] {
  return [
    id,
    source,
    country,
    changes.area_note ?? '',
    'workers_present',
    changes.measure_detail ?? '',
    '',
    '',
    '4321',
    'about',
    changes.ref_period ?? '2018',
    '2018',
    '2018',
    changes.estimator ?? 'Example Layout Desk',
    'media',
    'no',
    changes.note ?? '',
  ];
}

/**
 * Long unbroken text at each cap, accepted as data: the browser test (tests/e2e/hostileData.spec.ts)
 * renders it and finds no page wider than its window. Every record is added (never a changed cell), so
 * the cases merge into one package for that test.
 */
export const layoutCases: HostileCase[] = [
  {
    name: 'layout-long-title',
    tries: 'a 500-character title without a space, on a worldwide figure and a Russian one',
    patch: {
      'sources.csv': appendRecord([
        'layout-title',
        unbroken('Overseaslabourreport', CAPS.title),
        'no',
        'Example Layout Press',
        'https://example.org/layout/title',
        '2018-05-01',
        '',
      ]),
      'estimates.csv': (text) =>
        appendRecord(figure('layout-title-rus', 'layout-title', 'RUS'))(
          appendRecord(figure('layout-title-wld', 'layout-title', 'WLD'))(text),
        ),
    },
    verdict: ['pkg/: 3 files, 14 rows, no problems'],
    render: true,
  },
  {
    name: 'layout-long-url',
    tries: 'a 2,048-character address without a break opportunity, shown in cards and source lists',
    patch: {
      'sources.csv': appendRecord([
        'layout-url',
        'Report with a long address',
        'no',
        'Example Layout Press',
        longUrl,
        '2018',
        '',
      ]),
      'estimates.csv': appendRecord(figure('layout-url-chn', 'layout-url', 'CHN')),
    },
    verdict: ['pkg/: 3 files, 13 rows, no problems'],
    render: true,
  },
  {
    name: 'layout-long-ids',
    tries:
      '80-character ids on a source, a figure and an event (ids show in the Sources view and tables)',
    patch: {
      'sources.csv': appendRecord([
        longSourceId,
        'Report with a long id',
        'no',
        'Example Layout Press',
        'https://example.org/layout/id',
        '2018',
        '',
      ]),
      'estimates.csv': appendRecord(figure(unbroken('longfigureid', CAPS.id), longSourceId, 'WLD')),
      'events.csv': appendRecord([
        unbroken('longeventid', CAPS.id),
        '2018-06-01',
        'Event with a long id',
        longSourceId,
        '',
      ]),
    },
    verdict: ['pkg/: 3 files, 14 rows, no problems'],
    render: true,
  },
  {
    name: 'layout-long-text-fields',
    tries:
      '300-character publisher, estimator, area note, measure detail and period, each without a space',
    patch: {
      'sources.csv': appendRecord([
        'layout-text',
        'Report with long fields',
        'no',
        unbroken('ExampleLayoutPublisher', CAPS.text),
        'https://example.org/layout/text',
        '2018',
        '',
      ]),
      'estimates.csv': (text) =>
        appendRecord(
          figure('layout-text-rus', 'layout-text', 'RUS', {
            area_note: unbroken('Primorskykrai', CAPS.text),
            measure_detail: unbroken('Constructionsites', CAPS.text),
            ref_period: unbroken('Winterseason', CAPS.text),
            estimator: unbroken('ExampleLayoutEstimator', CAPS.text),
          }),
        )(
          appendRecord(
            figure('layout-text-wld', 'layout-text', 'WLD', {
              estimator: unbroken('ExampleLayoutEstimator', CAPS.text),
            }),
          )(text),
        ),
    },
    verdict: ['pkg/: 3 files, 14 rows, no problems'],
    render: true,
  },
  {
    name: 'layout-long-notes',
    tries:
      '2,000-character notes without a space on a source, a figure and an event, and a 500-character event title',
    patch: {
      'sources.csv': appendRecord([
        'layout-notes',
        'Report with long notes',
        'no',
        'Example Layout Press',
        'https://example.org/layout/notes',
        '2018',
        unbroken('Sourcenotewithoutspaces', CAPS.note),
      ]),
      'estimates.csv': appendRecord(
        figure('layout-notes-wld', 'layout-notes', 'WLD', {
          note: unbroken('Figurenotewithoutspaces', CAPS.note),
        }),
      ),
      'events.csv': appendRecord([
        'layout-notes-event',
        '2018-09-01',
        unbroken('Eventtitlewithoutspaces', CAPS.title),
        'layout-notes',
        unbroken('Eventnotewithoutspaces', CAPS.note),
      ]),
    },
    verdict: ['pkg/: 3 files, 14 rows, no problems'],
    render: true,
  },
  {
    name: 'layout-early-event',
    tries: 'an event dated 1950, decades before any figure: it must not stretch the year axis',
    patch: {
      'events.csv': appendRecord([
        'layout-early-event',
        '1950-06-25',
        'Event long before every figure',
        'example-un-panel',
        '',
      ]),
    },
    verdict: ['pkg/: 3 files, 12 rows, no problems'],
    render: true,
  },
];
