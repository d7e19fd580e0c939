/**
 * Title and note, in our own words, for each `other(event: ...)` evidence row. Rows that report the
 * same event share a title (their dates come from the evidence and agree), so charts can group them.
 */
export const eventText: Readonly<Record<string, { title: string; note: string }>> = {
  'evt-2015-10-unsr-report-a70362': {
    title: 'UN Special Rapporteur report on DPRK overseas workers (A/70/362)',
    note: 'Report of Special Rapporteur Marzuki Darusman, dated 8 September 2015, transmitted to the General Assembly and presented to the Third Committee on 28 October 2015 (AFP). Its figures, more than 50,000 workers and US$1.2-2.3bn a year, are wld-unsr-a70362-2015-50k and wld-rev-unsr-a70362-2015-1.2-2.3bn.',
  },
  'evt-2017-08-05-unscr2371': {
    title: 'UNSC Resolution 2371 adopted',
    note: 'Caps the total number of work authorisations for DPRK nationals at the existing level: a freeze, not a ban. The first Security Council measure on DPRK labour.',
  },
  'evt-2017-09-11-unscr2375-un': {
    title: 'UNSC Resolution 2375 adopted',
    note: 'Bans new work authorisations for DPRK nationals, except under written contracts concluded before adoption. The page is undated; its publication date is taken as the adoption date.',
  },
  'evt-2017-09-11-unscr2375-asil': {
    title: 'UNSC Resolution 2375 adopted',
    note: 'Bans new work authorisations for DPRK nationals. The page gives the adoption date, 11 September 2017.',
  },
  'evt-2017-12-22-unscr2397-asil': {
    title: 'UNSC Resolution 2397 adopted',
    note: 'Requires member states to send DPRK workers home within 24 months, so by 2019-12-22. Interim reports were due within 15 months (March 2019) and final reports within 27 months (March 2020).',
  },
  'evt-2017-12-22-unscr2397-mofa': {
    title: 'UNSC Resolution 2397 adopted',
    note: 'Requires repatriation of DPRK workers within 24 months. An official ROK government press release; it dates the adoption 23 December in Seoul, 22 December in New York.',
  },
  'evt-2018-07-23-us-advisory': {
    title: 'US advisory on North Korean labour in supply chains',
    note: 'Joint advisory of the State Department, Treasury (OFAC) and Homeland Security. Summaries by Mondaq and Joiner Trade Law say it aims to cut the hundreds of millions of dollars the DPRK earns from labour exports (no exact figure) and that China and Russia host more North Korean labourers than all other countries combined. Its country list is recorded in the list-usadv2018 rows.',
  },
  'evt-2019-03-interim-reports': {
    title: 'UNSC 2397 interim report deadline',
    note: 'Deadline for member states to report on repatriations so far. The article gives only March 2019; the day (22 March, 15 months after adoption) follows from the resolution timeline as described by ASIL and Yonhap.',
  },
  'evt-2019-12-22-repatriation-deadline': {
    title: 'UNSC 2397 repatriation deadline',
    note: 'The date by which member states were to have sent all DPRK workers home, 24 months after adoption; it fell on a Sunday (Kharon).',
  },
  'evt-2020-01-14-us-treasury-labor-designations': {
    title: 'US Treasury sanctions two firms over labour exports',
    note: 'OFAC designated Korea Namgang Trading Corp. and Beijing Sukbakso: the first US action after the repatriation deadline. On 2020-01-22 a US official said China had failed to send workers home (Reuters).',
  },
  'evt-2020-01-22-border-closure': {
    title: 'DPRK closes its border with China (COVID-19)',
    note: 'Date worked out from the report of Thursday 2020-01-30, which places the closure on the previous Wednesday; VOA also reported the border shut the week before. Workers abroad were then stranded (RFA, AsiaNews).',
  },
  'evt-2020-01-31-air-rail-suspended': {
    title: 'DPRK-China flights and trains suspended',
    note: 'All air and train routes between the DPRK and China suspended, as relayed by the UK Foreign Office.',
  },
  'evt-2020-03-22-final-reports-deadline': {
    title: 'UNSC 2397 final report deadline',
    note: 'Deadline for final reports from member states on repatriation, 27 months after adoption. By August 2020 only 40 states (under 20%) had reported (UPI 2020-08-13).',
  },
  'evt-2023-08-27-return-allowed': {
    title: 'DPRK lets citizens abroad return (border reopens)',
    note: 'Announced by the State Emergency Epidemic Prevention Headquarters on Saturday 2023-08-26 and reported on Sunday 2023-08-27 (BERNAMA/Xinhua). Air Koryo flights to Beijing and Vladivostok had resumed the week before. HRNK dates the first repatriations of workers from Chinese seafood plants to 23 or 29 August 2023.',
  },
  'evt-2024-03-07-unpoe-final-report': {
    title: 'Last UN Panel of Experts final report',
    note: 'A 615-page report; it puts DPRK workers abroad at about 100,000 in 2023 (wld-unpoe-2024-100k).',
  },
  'evt-2024-03-28-russia-veto-poe': {
    title: 'Russia vetoes the UN Panel of Experts mandate',
    note: 'Ends independent UN counting of DPRK workers abroad; there is no UN worldwide estimate after the 2024 report.',
  },
  'evt-2024-07-ohchr-forced-labour-report': {
    title: 'OHCHR report on forced labour in the DPRK',
    note: 'The day is approximate: a Tuesday release reported on 17 July. Full report: https://www.ohchr.org/en/documents/country-reports/forced-labour-democratic-peoples-republic-korea (linked from the UNOG newsroom page).',
  },
  'evt-2024-10-msmt-established': {
    title: 'Multilateral Sanctions Monitoring Team set up',
    note: 'Set up by 11 states (US, Australia, Canada, France, Germany, Italy, Japan, Netherlands, New Zealand, South Korea, UK) to replace the Panel of Experts. Its reports: May 2025 (DPRK-Russia military cooperation) and October 2025 (cyber and IT workers); no worldwide worker total was found in them.',
  },
};

/**
 * The events that turned the number of workers abroad: the sanctions that banned and then recalled them,
 * the border closure that stranded them, the reopening, and the end of UN counting. Charts over time
 * mark these; the rest are listed, not drawn.
 */
export const majorEventTitles: ReadonlySet<string> = new Set([
  'UNSC Resolution 2375 adopted',
  'UNSC Resolution 2397 adopted',
  'UNSC 2397 repatriation deadline',
  'DPRK closes its border with China (COVID-19)',
  'DPRK lets citizens abroad return (border reopens)',
  'Russia vetoes the UN Panel of Experts mandate',
]);
