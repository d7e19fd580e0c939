/**
 * Evidence rows left out of data/. Most are duplicates, each with the row that carries the same
 * figure (`keptAs`): the same figure, country, measure and period read twice in one publication (the
 * evidence was gathered in separate rounds); keeping both would show one source's figure twice. The
 * others hold no figure at all and are not presence reports either.
 */
export const excludedRows: readonly { id: string; keptAs?: string; reason: string }[] = [
  {
    id: 'mn-2013-peak-2123',
    keptAs: 'mn-afp-2013-peak',
    reason:
      'Same publication (Taipei Times/AFP, 2017-12-04) and same figure (2,123 in 2013). The kept row names the estimator as the Mongolian government (type government) where this one had the reporting medium; its note on sectors was carried over.',
  },
  {
    id: 'mn-2017-1190',
    keptAs: 'mn-afp-2017-1190',
    reason:
      'Same publication (Taipei Times/AFP, 2017-12-04) and same figure (1,190 in November 2017). The kept row names the estimator as the Mongolian Ministry of Labour (type government); its note on non-renewal was carried over.',
  },
  {
    id: 'mn-gov-2017-1221-permits',
    keptAs: 'mn-un-2017-permits',
    reason:
      'Same publication (News.MN, 2018-02-13) and same figure (1,221 permits granted by 1 Nov 2017). Its note on the 2017 quota of 2,338 was carried over.',
  },
  {
    id: 'mn-gov-2015-quota-3858',
    keptAs: 'mn-un-2015-quota',
    reason: 'Same publication (News.MN, 2018-02-13) and same figure (2015 quota of 3,858).',
  },
  {
    id: 'mn-gov-2016-quota-2483',
    keptAs: 'mn-un-2016-quota',
    reason:
      'Same publication (News.MN, 2018-02-13) and same figure (2016 quota of 2,483). The 200 expulsions its note mentioned are their own row, mn-un-2016-expelled.',
  },
  {
    id: 'wld-poe-2024-100000',
    keptAs: 'wld-unpoe-2024-100k',
    reason:
      'Same publication (Radio Free Asia, 2024-03-21) and same figure (about 100,000 worldwide in 2023, UN Panel of Experts). Its notes on the two main host countries and the 400,000 contracted workers were carried over; the 400,000 is its own row, wld-unpoe-2024-400k-contracts.',
  },
  {
    id: 'eu-breuker-2017-several-thousand',
    reason:
      'No figure: the evidence row gives neither a number nor a qualifier for the European Union in 2017 (only its id suggests several thousand, which was not checked against the article). Kept out until someone reads the de Volkskrant article and records what it says.',
  },
  {
    id: 'ml-poe-2017-investigated',
    reason:
      'Not a figure and not a report of presence: the UN Panel of Experts investigated ties between Mali and DPRK companies, and the evidence itself says this does not establish that North Korean workers were there. Left out so that it cannot read as a figure or as a presence report.',
  },
];
