/**
 * The views queries read from, defined once at load time. `year` is where a figure or event sits on a
 * year axis whose tick N is the middle of year N: a figure for 2015–2017 at 2016, for 2015–2016 at 2015.5,
 * for 2017 at 2017; an event on 2017-12-22 at about 2017.47, an event dated only 2017 at 2017.
 */
export const viewDefinitions: readonly { name: string; sql: string }[] = [
  {
    name: 'estimate_facts',
    sql: `
      CREATE VIEW estimate_facts AS
      SELECT
        e.*,
        (e.ref_year_start + coalesce(e.ref_year_end, e.ref_year_start))::DOUBLE / 2 AS year,
        coalesce(e.low, e.high, e.point) IS NOT NULL AS has_number,
        s.title,
        s.title_is_descriptive,
        s.publisher,
        s.url,
        s.published
      FROM estimates AS e
      JOIN sources AS s ON s.id = e.source_id`,
  },
  {
    name: 'event_facts',
    // A date that does not exist (2019-02-30) gets no year rather than failing every events query.
    sql: `
      CREATE VIEW event_facts AS
      WITH dated AS (
        SELECT
          *,
          try_cast(
            CASE length(date) WHEN 4 THEN date || '-01-01' WHEN 7 THEN date || '-01' ELSE date END AS DATE
          ) AS day
        FROM events
      )
      SELECT
        ev.id,
        ev.date,
        ev.title,
        ev.major,
        ev.note,
        CASE length(ev.date)
          WHEN 4 THEN year(ev.day)
          WHEN 7 THEN year(ev.day) + (month(ev.day) - 0.5) / 12 - 0.5
          ELSE year(ev.day) + (dayofyear(ev.day) - 0.5) / dayofyear(make_date(year(ev.day), 12, 31)) - 0.5
        END::DOUBLE AS year,
        ev.source_id,
        s.title AS source_title,
        s.title_is_descriptive,
        s.publisher,
        s.url,
        s.published AS source_published
      FROM dated AS ev
      JOIN sources AS s ON s.id = ev.source_id`,
  },
];
