import { setCell, type HostileCase } from './case';

// The runner's today is 2026-12-04. Base rows: events un-2397 (line 2); sources example-news-2019
// (line 3, cited by estimates on lines 4 and 5).

const CITING_NEWS = [
  'pkg/estimates.csv:4:source_id: "example-news-2019" refers to sources.csv line 3, which has a problem; fix that row',
  'pkg/estimates.csv:5:source_id: "example-news-2019" refers to sources.csv line 3, which has a problem; fix that row',
];
const ACCEPTED = ['pkg/: 3 files, 11 rows, no problems'];

export const datesCases: HostileCase[] = [
  {
    name: 'event-in-2999',
    tries: 'an event dated 2999-01-01 (it stretched the landing chart and its embed to 2999)',
    patch: { 'events.csv': setCell('un-2397', 'date', '2999-01-01') },
    verdict: [
      'pkg/events.csv:2:date: "2999-01-01" is in the future; expected a date from 1945 to today (2026-12-04)',
      'pkg/: 3 files, 11 rows, 1 problem (1 row dropped)',
    ],
  },
  {
    name: 'event-tomorrow',
    tries: 'an event dated the day after today',
    patch: { 'events.csv': setCell('un-2397', 'date', '2026-12-05') },
    verdict: [
      'pkg/events.csv:2:date: "2026-12-05" is in the future; expected a date from 1945 to today (2026-12-04)',
      'pkg/: 3 files, 11 rows, 1 problem (1 row dropped)',
    ],
  },
  {
    name: 'event-next-year',
    tries: 'an event dated only by next year',
    patch: { 'events.csv': setCell('un-2397', 'date', '2027') },
    verdict: [
      'pkg/events.csv:2:date: "2027" is in the future; expected a date from 1945 to today (2026-12-04)',
      'pkg/: 3 files, 11 rows, 1 problem (1 row dropped)',
    ],
  },
  {
    name: 'event-in-1066',
    tries: 'an event dated 1066',
    patch: { 'events.csv': setCell('un-2397', 'date', '1066') },
    verdict: [
      'pkg/events.csv:2:date: "1066" is before 1945; expected a date from 1945 to today (2026-12-04)',
      'pkg/: 3 files, 11 rows, 1 problem (1 row dropped)',
    ],
  },
  {
    name: 'event-0000-00-00',
    tries: 'an event dated 0000-00-00',
    patch: { 'events.csv': setCell('un-2397', 'date', '0000-00-00') },
    verdict: [
      'pkg/events.csv:2:date: "0000-00-00" is not a date: month 00 does not exist',
      'pkg/: 3 files, 11 rows, 1 problem (1 row dropped)',
    ],
  },
  {
    name: 'event-february-30',
    tries: 'an event dated 2020-02-30',
    patch: { 'events.csv': setCell('un-2397', 'date', '2020-02-30') },
    verdict: [
      'pkg/events.csv:2:date: "2020-02-30" is not a date: February 2020 has 29 days',
      'pkg/: 3 files, 11 rows, 1 problem (1 row dropped)',
    ],
  },
  {
    name: 'published-month-13',
    tries: 'a source published 2020-13-45 (it showed as "Feb 14, 2021")',
    patch: { 'sources.csv': setCell('example-news-2019', 'published', '2020-13-45') },
    verdict: [
      ...CITING_NEWS,
      'pkg/sources.csv:3:published: "2020-13-45" is not a date: month 13 does not exist',
      'pkg/: 3 files, 11 rows, 3 problems (3 rows dropped)',
    ],
  },
  {
    name: 'published-0000',
    tries: 'a source published in the year 0000',
    patch: { 'sources.csv': setCell('example-news-2019', 'published', '0000') },
    verdict: [
      ...CITING_NEWS,
      'pkg/sources.csv:3:published: "0000" is before 1945; expected a date from 1945 to today (2026-12-04)',
      'pkg/: 3 files, 11 rows, 3 problems (3 rows dropped)',
    ],
  },
  {
    name: 'published-before-1945',
    tries: 'a source published in December 1944',
    patch: { 'sources.csv': setCell('example-news-2019', 'published', '1944-12') },
    verdict: [
      ...CITING_NEWS,
      'pkg/sources.csv:3:published: "1944-12" is before 1945; expected a date from 1945 to today (2026-12-04)',
      'pkg/: 3 files, 11 rows, 3 problems (3 rows dropped)',
    ],
  },
  {
    name: 'published-in-the-future',
    tries: 'a source published 2031-05-01',
    patch: { 'sources.csv': setCell('example-news-2019', 'published', '2031-05-01') },
    verdict: [
      ...CITING_NEWS,
      'pkg/sources.csv:3:published: "2031-05-01" is in the future; expected a date from 1945 to today (2026-12-04)',
      'pkg/: 3 files, 11 rows, 3 problems (3 rows dropped)',
    ],
  },
  {
    name: 'event-today',
    tries: 'an event dated today',
    patch: { 'events.csv': setCell('un-2397', 'date', '2026-12-04') },
    verdict: ACCEPTED,
  },
  {
    name: 'event-this-month',
    tries: 'an event dated by this month only',
    patch: { 'events.csv': setCell('un-2397', 'date', '2026-12') },
    verdict: ACCEPTED,
  },
  {
    name: 'published-1945',
    tries: 'a source published in 1945, the first year',
    patch: { 'sources.csv': setCell('example-news-2019', 'published', '1945') },
    verdict: ACCEPTED,
  },
];
