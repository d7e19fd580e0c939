/**
 * Where a date given as text at the precision known (YYYY, YYYY-MM or YYYY-MM-DD) sits on the year axis
 * whose tick N is the middle of year N: a year at N, a month at its middle, a day at that day (2017-12-22
 * at about 2017.47). A date that does not exist (2019-02-30), or no date, gives NULL rather than failing
 * every query. One definition for event dates and publication dates, so both sit on the same axis.
 */
function axisYear(text: string): string {
  const day = `try_cast(CASE length(${text}) WHEN 4 THEN ${text} || '-01-01' WHEN 7 THEN ${text} || '-01' ELSE ${text} END AS DATE)`;
  return `
        CASE length(${text})
          WHEN 4 THEN year(${day})
          WHEN 7 THEN year(${day}) + (month(${day}) - 0.5) / 12 - 0.5
          ELSE year(${day}) + (dayofyear(${day}) - 0.5) / dayofyear(make_date(year(${day}), 12, 31)) - 0.5
        END::DOUBLE`;
}

/** A table derived from the loaded ones, with what the SQL console says of it and its columns. */
export interface DerivedTable {
  name: string;
  sql: string;
  description: string;
  /** Loaded tables whose same-named columns it copies, and their descriptions, first match first. */
  columnsFrom: readonly string[];
  /** The description of each column it adds or takes from a joined table. */
  columns: Readonly<Record<string, string>>;
}

/**
 * The tables queries read from, derived from the loaded ones once at load time: every filter change
 * reads them, and a join computed once is several times cheaper to read than a view that joins anew on
 * every query (the by-country query took 25 ms over a view, 8 ms over a table, on Node).
 * `year` is where a figure or event sits on a year axis whose tick N is the middle of year N: a figure
 * for 2015–2017 at 2016, for 2015–2016 at 2015.5, for 2017 at 2017; an event on 2017-12-22 at about
 * 2017.47, an event dated only 2017 at 2017.
 * `published_year` places a figure by its source's publication date on the same axis (NULL if undated).
 */
export const derivedTables: readonly DerivedTable[] = [
  {
    name: 'estimate_facts',
    description:
      'One row per figure (estimates) with its source (sources) joined, and where it sits on the year axes. Every chart reads it.',
    columnsFrom: ['estimates', 'sources'],
    columns: {
      year: 'Where the figure sits on the year axis: the middle of its reference years (2015–2017 at 2016); empty without a start year.',
      has_number:
        'true when the figure has a number (low, high or point); false for a qualifier without one.',
      title: "The source's title (sources.title).",
      title_is_descriptive: 'true when title is our description of the page, not its own title.',
      publisher: "The source's publisher (sources.publisher).",
      url: "The source's address (sources.url).",
      published: "The source's publication date as text (sources.published).",
      published_year:
        "Where the source's publication date sits on the year axis (a month at its middle, a day at that day); empty when undated.",
    },
    sql: `
      CREATE TABLE estimate_facts AS
      SELECT
        e.*,
        (e.ref_year_start + coalesce(e.ref_year_end, e.ref_year_start))::DOUBLE / 2 AS year,
        coalesce(e.low, e.high, e.point) IS NOT NULL AS has_number,
        s.title,
        s.title_is_descriptive,
        s.publisher,
        s.url,
        s.published,
        ${axisYear('s.published')} AS published_year
      FROM estimates AS e
      JOIN sources AS s ON s.id = e.source_id`,
  },
  {
    name: 'event_facts',
    description:
      'One row per event (events) with its source (sources) joined, and where it sits on the year axis.',
    columnsFrom: ['events'],
    columns: {
      year: 'Where the event sits on the year axis: a day at that day, a month at its middle, a year at its middle.',
      source_title: "The source's title (sources.title).",
      title_is_descriptive:
        'true when source_title is our description of the page, not its own title.',
      publisher: "The source's publisher (sources.publisher).",
      url: "The source's address (sources.url).",
      source_published: "The source's publication date as text (sources.published).",
    },
    sql: `
      CREATE TABLE event_facts AS
      SELECT
        ev.id,
        ev.date,
        ev.title,
        ev.major,
        ev.note,
        ${axisYear('ev.date')} AS year,
        ev.source_id,
        s.title AS source_title,
        s.title_is_descriptive,
        s.publisher,
        s.url,
        s.published AS source_published
      FROM events AS ev
      JOIN sources AS s ON s.id = ev.source_id`,
  },
];
