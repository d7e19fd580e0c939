/**
 * Worldwide (WLD) rows that cover one region, not the whole world: read off each row's area note,
 * so that a chart of worldwide totals never draws a regional subtotal among them.
 */
export const regionOf: Readonly<Record<string, string>> = {
  'me-chosun-2009-6000': 'Middle East',
  'me-nkgroup-2011-15000': 'Middle East',
  'me-chosun-2017-upto10000': 'Middle East',
  'me-chosun-2017-revenue-100m': 'Middle East',
  'af-nkgroup-2011-8000': 'Africa',
  'af-poe-2017-14-states': 'Africa',
  'af-usadvisory-2018-18-african': 'Africa',
  'eeu-nkgroup-2011-5000': 'Eastern Europe',
  'sea-nksc-2012-15000': 'South-East Asia',
  'eu-eahrnk-2015-upto1000': 'European Union',
  'eu-eurostat-2008-748-first-permits': 'European Union',
  'eu-eurostat-2017-121-first-permits': 'European Union',
  'eu-eurostat-2016-625-permits': 'European Union',
  'gulf-ap-officials-2017-6000': 'Gulf states',
  'gulf-sankeibiz-2017-10000': 'Gulf states',
};
