import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import countries from 'i18n-iso-countries';
import { LOCALES } from '../../src/lib/i18n/locale';
import { setLocale } from '../../src/lib/i18n/runtime.svelte';
import { categoryValues, field, resource } from '../../src/lib/data/schema';
import {
  canonicalViewState,
  defaultViewState,
  estimatorTypes,
  isValidViewState,
  measures,
  parameterNames,
  parseViewState,
  serializeViewState,
  viewNames,
  viewPage,
  viewPageFolder,
  yearAxes,
  type ParseOptions,
  type ViewState,
} from '../../src/lib/state/viewState';

// Years are checked against a fixed current year, so the tests do not change on New Year's Day.
const currentYear = 2026;
const parse = (search: string, options: Omit<ParseOptions, 'currentYear'> = {}) =>
  parseViewState(search, { currentYear, ...options });

/** The default state with some fields changed. */
const state = (
  changes: Partial<Omit<ViewState, 'filters'>> & { filters?: Partial<ViewState['filters']> } = {},
): ViewState => ({
  ...defaultViewState,
  ...changes,
  filters: { ...defaultViewState.filters, ...changes.filters },
});

describe('defaultViewState', () => {
  it('is the overview of worldwide workers present, unfiltered', () => {
    expect(defaultViewState).toEqual({
      view: 'overview',
      country: 'WLD',
      axis: 'described',
      search: '',
      sql: { text: '' },
      filters: {
        measure: 'workers_present',
        estimatorTypes: [],
        primaryOnly: false,
        yearFrom: null,
        yearTo: null,
        countries: [],
      },
      lang: null,
    });
    expect(serializeViewState(defaultViewState)).toBe('');
  });

  it('takes its measures and estimator types from the schema', () => {
    const estimates = resource('estimates');
    expect(measures).toEqual(categoryValues(field(estimates, 'measure')));
    expect(estimatorTypes).toEqual(categoryValues(field(estimates, 'estimator_type')));
    expect(measures).toHaveLength(18);
  });
});

describe('parseViewState reads valid parameters', () => {
  const cases: [string, ViewState][] = [
    ['', defaultViewState],
    ['?', defaultViewState],
    ['?view=map', state({ view: 'map' })],
    ['?view=about', state({ view: 'about' })],
    ['view=country&country=RUS', state({ view: 'country', country: 'RUS' })],
    ['?view=country&country=rus', state({ view: 'country', country: 'RUS' })],
    ['?view=compare', state({ view: 'compare', country: 'WLD' })],
    ['?axis=published', state({ axis: 'published' })],
    ['?measure=permits_held', state({ filters: { measure: 'permits_held' } })],
    [
      '?types=media,government,media',
      state({ filters: { estimatorTypes: ['government', 'media'] } }),
    ],
    ['?primary=yes', state({ filters: { primaryOnly: true } })],
    ['?primary=no', defaultViewState],
    ['?from=2017&to=2018', state({ filters: { yearFrom: 2017, yearTo: 2018 } })],
    ['?from=2017&to=2017', state({ filters: { yearFrom: 2017, yearTo: 2017 } })],
    ['?from=1945', state({ filters: { yearFrom: 1945 } })],
    ['?to=2026', state({ filters: { yearTo: 2026 } })],
    ['?countries=rus,CHN,RUS', state({ filters: { countries: ['CHN', 'RUS'] } })],
    ['?countries=CHN%2CRUS', state({ filters: { countries: ['CHN', 'RUS'] } })],
    ['?view=map&&&primary=yes', state({ view: 'map', filters: { primaryOnly: true } })],
  ];

  it.each(cases)('%j', (search, expected) => {
    expect(parse(search)).toEqual({ state: expected, notices: [] });
  });
});

describe('parseViewState ignores bad parameters with a notice', () => {
  const cases: [string, Partial<ViewState> | ViewState, string[]][] = [
    [
      '?view=maps',
      defaultViewState,
      ['Ignored view “maps”: not one of overview, country, compare, map, sources, sql, about.'],
    ],
    [
      '?view=About',
      defaultViewState,
      ['Ignored view “About”: not one of overview, country, compare, map, sources, sql, about.'],
    ],
    [
      '?view=Map',
      defaultViewState,
      ['Ignored view “Map”: not one of overview, country, compare, map, sources, sql, about.'],
    ],
    [
      '?view=compare&country=XKX',
      state({ view: 'compare' }),
      ['Ignored country “XKX”: not an ISO 3166-1 alpha-3 country code or WLD.'],
    ],
    [
      '?country=RU',
      defaultViewState,
      ['Ignored country “RU”: not an ISO 3166-1 alpha-3 country code or WLD.'],
    ],
    [
      '?country=643',
      defaultViewState,
      ['Ignored country “643”: not an ISO 3166-1 alpha-3 country code or WLD.'],
    ],
    ['?axis=both', defaultViewState, ['Ignored axis “both”: not one of described, published.']],
    [
      '?measure=workers',
      defaultViewState,
      ['Ignored measure “workers”: not a measure of the codebook.'],
    ],
    [
      '?types=government,ngo,media',
      state({ filters: { estimatorTypes: ['government', 'media'] } }),
      ['Ignored types “ngo”: not an estimator type of the codebook.'],
    ],
    ['?primary=true', defaultViewState, ['Ignored primary “true”: not yes or no.']],
    ['?primary=constructor', defaultViewState, ['Ignored primary “constructor”: not yes or no.']],
    ['?from=1944', defaultViewState, ['Ignored from “1944”: not a year from 1945 to 2026.']],
    ['?to=2027', defaultViewState, ['Ignored to “2027”: not a year from 1945 to 2026.']],
    ['?from=2017.5', defaultViewState, ['Ignored from “2017.5”: not a year from 1945 to 2026.']],
    ['?from=+2017', defaultViewState, ['Ignored from “ 2017”: not a year from 1945 to 2026.']],
    ['?from=0x7e1', defaultViewState, ['Ignored from “0x7e1”: not a year from 1945 to 2026.']],
    ['?from=2019&to=2017', defaultViewState, ['Ignored from 2019 and to 2017: from is after to.']],
    [
      '?countries=WLD,RUS,XXX',
      state({ filters: { countries: ['RUS'] } }),
      [
        'Ignored countries “WLD”: not an ISO 3166-1 alpha-3 country code.',
        'Ignored countries “XXX”: not an ISO 3166-1 alpha-3 country code.',
      ],
    ],
    ['?view=map&view=compare', defaultViewState, ['Ignored view: given 2 times.']],
    [
      '?from=2017&from=2017&to=2018',
      state({ filters: { yearTo: 2018 } }),
      ['Ignored from: given 2 times.'],
    ],
    ['?colour=red&colour=blue', defaultViewState, ['Ignored unknown parameter “colour”.']],
    ['?View=map', defaultViewState, ['Ignored unknown parameter “View”.']],
    ['?view=', defaultViewState, ['Ignored view: empty.']],
    ['?view', defaultViewState, ['Ignored view: empty.']],
    ['?country=+', defaultViewState, ['Ignored country: empty.']],
    [
      '?view=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
      defaultViewState,
      [
        'Ignored view “<script>alert(1)</script>”: not one of overview, country, compare, map, sources, sql, about.',
      ],
    ],
    [
      `?measure=${'a'.repeat(60)}`,
      defaultViewState,
      [`Ignored measure “${'a'.repeat(40)}…”: not a measure of the codebook.`],
    ],
    [
      '?view=%E2%80%AEpam%00%0A%1B[31m',
      defaultViewState,
      ['Ignored view “pam[31m”: not one of overview, country, compare, map, sources, sql, about.'],
    ],
    [
      `?measure=${'x'.repeat(1025)}`,
      defaultViewState,
      ['Ignored measure: too long (1025 characters).'],
    ],
    [
      `?view=map&${'y'.repeat(12_000)}`,
      defaultViewState,
      ['Ignored all parameters: the query string is too long (12009 characters).'],
    ],
    ['?view=%E0%A4%A', defaultViewState, ['Ignored view: could not be decoded (“%E0%A4%A”).']],
    ['?view=100%', defaultViewState, ['Ignored view: could not be decoded (“100%”).']],
    ['?view=%ED%A0%80', defaultViewState, ['Ignored view: could not be decoded (“%ED%A0%80”).']],
    [
      '?%FF=map',
      defaultViewState,
      ['Ignored a parameter whose name could not be decoded (“%FF”).'],
    ],
    [
      '?view=country&country=RUS&measure=nope&colour=red',
      state({ view: 'country', country: 'RUS' }),
      [
        'Ignored unknown parameter “colour”.',
        'Ignored measure “nope”: not a measure of the codebook.',
      ],
    ],
  ];

  it.each(cases)('%j', (search, expected, notices) => {
    expect(parse(search)).toEqual({ state: expected, notices });
  });

  it('sums up the notices after the tenth', () => {
    const search = Array.from({ length: 15 }, (_, index) => `p${index}=1`).join('&');
    const { notices } = parse(search);
    expect(notices).toHaveLength(10);
    expect(notices[8]).toBe('Ignored unknown parameter “p8”.');
    expect(notices[9]).toBe('…and 6 more problems with the link’s parameters.');
  });

  it('accepts every measure and estimator type of the codebook', () => {
    for (const measure of measures) {
      expect(parse(`?measure=${measure}`).state.filters.measure).toBe(measure);
    }
    expect(parse(`?types=${estimatorTypes.join(',')}`).state.filters.estimatorTypes).toEqual(
      [...estimatorTypes].sort(),
    );
  });

  it('defaults the years to this year', () => {
    const thisYear = new Date().getFullYear();
    expect(parseViewState(`?to=${thisYear}`).state.filters.yearTo).toBe(thisYear);
    expect(parseViewState(`?to=${thisYear + 1}`).notices).toHaveLength(1);
  });
});

describe('serializeViewState', () => {
  it('writes the parameters in a fixed order, defaults left out, lists sorted', () => {
    expect(
      serializeViewState(
        state({
          view: 'compare',
          country: 'RUS',
          axis: 'published',
          filters: {
            measure: 'permits_held',
            estimatorTypes: ['media', 'government', 'media'],
            primaryOnly: true,
            yearFrom: 2017,
            yearTo: 2018,
            countries: ['RUS', 'CHN'],
          },
        }),
      ),
    ).toBe(
      '?view=compare&country=RUS&axis=published&measure=permits_held&types=government,media' +
        '&primary=yes&from=2017&to=2018&countries=CHN,RUS',
    );
    expect(serializeViewState(state({ view: 'compare', country: 'RUS' }))).toBe(
      '?view=compare&country=RUS',
    );
    expect(serializeViewState(state({ filters: { yearTo: 2018 } }))).toBe('?to=2018');
  });

  it('names only the parameters parseViewState reads', () => {
    expect(parameterNames).toEqual([
      'view',
      'country',
      'axis',
      'measure',
      'types',
      'primary',
      'from',
      'to',
      'countries',
      'q',
      'sql',
      'sqlz',
      'lang',
    ]);
  });

  it('names the language only when the state does, last', () => {
    expect(serializeViewState({ ...defaultViewState, lang: 'ko' })).toBe('?lang=ko');
    expect(serializeViewState({ ...defaultViewState, view: 'map', lang: 'en' })).toBe(
      '?view=map&lang=en',
    );
    expect(parse('?lang=ko').state.lang).toBe('ko');
    expect(parse('?lang=fr')).toEqual({
      state: defaultViewState,
      notices: ['Ignored lang “fr”: not one of en, ko.'],
    });
    // A Korean page's folder names the language when the query does not.
    expect(parse('', { lang: 'ko' }).state.lang).toBe('ko');
    expect(parse('?lang=en', { lang: 'ko' }).state.lang).toBe('en');
  });

  it('writes its notices in the interface’s language', async () => {
    await setLocale('ko');
    try {
      expect(parse('?lang=fr&view=map&view=about&zzz=1').notices).toEqual([
        'view을(를) 무시했습니다: 2번 주어졌습니다.',
        '알 수 없는 매개변수 “zzz”을(를) 무시했습니다.',
        'lang “fr”을(를) 무시했습니다. 허용되는 값: en, ko 중 하나.',
      ]);
    } finally {
      await setLocale('en');
    }
    expect(parse('?zzz=1').notices).toEqual(['Ignored unknown parameter “zzz”.']);
  });
});

describe('the search parameter', () => {
  it.each([
    ['q=Daily+NK', 'Daily NK', []],
    ['q=%20%20Asahi%20%20Shimbun%20', 'Asahi Shimbun', []],
    ['q=%EB%85%B8%EB%8F%99%EC%9E%90', '노동자', []],
    ['q=%3Cscript%3E', '<script>', []],
    [
      `q=${'a'.repeat(201)}`,
      '',
      ['Ignored q “' + 'a'.repeat(40) + '…”: not a search of at most 200 characters.'],
    ],
  ])('%s', (search, expected, notices) => {
    const parsed = parseViewState(search, { currentYear });
    expect(parsed.state.search).toBe(expected);
    expect(parsed.notices).toEqual(notices);
  });

  it('round-trips text with reserved characters', () => {
    const state = { ...defaultViewState, view: 'sources' as const, search: 'a&b=c %d +e' };
    expect(serializeViewState(state)).toBe('?view=sources&q=a%26b%3Dc%20%25d%20%2Be');
    expect(parseViewState(serializeViewState(state)).state).toEqual(state);
  });
});

describe('the SQL view’s query', () => {
  const sqlState = (sql: ViewState['sql']) => state({ view: 'sql', sql });

  it.each([
    ['?view=sql&sql=SELECT+1', { text: 'SELECT 1' }],
    ['?view=sql&sql=SELECT%201', { text: 'SELECT 1' }],
    // Kept as typed: line breaks, tabs, trailing spaces, '+' and '%' in the text.
    ['?view=sql&sql=SELECT%0A%091%2B1%25+', { text: 'SELECT\n\t1+1% ' }],
    ["?view=sql&sql=SELECT+'노동자'+AS+%22단어%22", { text: `SELECT '노동자' AS "단어"` }],
    ['?view=sql&sqlz=K07NSc1NUTBUBAA', { deflated: 'K07NSc1NUTBUBAA' }],
  ])('%s', (search, sql) => {
    expect(parse(search)).toEqual({ state: sqlState(sql), notices: [] });
  });

  it('is read on the SQL view’s own page', () => {
    expect(parse('?sql=SELECT+1', { view: 'sql' })).toEqual({
      state: sqlState({ text: 'SELECT 1' }),
      notices: [],
    });
  });

  it.each([
    ['?sql=SELECT+1', defaultViewState, ['Ignored sql: only the SQL view reads a query.']],
    [
      '?view=map&sqlz=abc',
      state({ view: 'map' }),
      ['Ignored sqlz: only the SQL view reads a query.'],
    ],
    [
      '?view=sql&sql=SELECT+1&sqlz=abc',
      state({ view: 'sql' }),
      ['Ignored sql and sqlz: a link gives one query, not both.'],
    ],
    ['?view=sql&sql=+%0A', state({ view: 'sql' }), ['Ignored sql: empty.']],
    [
      '?view=sql&sql=SELECT%001',
      state({ view: 'sql' }),
      ['Ignored sql “SELECT1”: not a query (it has control characters).'],
    ],
    [
      '?view=sql&sql=SELECT%1B[2J',
      state({ view: 'sql' }),
      ['Ignored sql “SELECT[2J”: not a query (it has control characters).'],
    ],
    [
      '?view=sql&sql=%E0%A4%A',
      state({ view: 'sql' }),
      ['Ignored sql: could not be decoded (“%E0%A4%A”).'],
    ],
    [
      '?view=sql&sqlz=abc%2Bdef%2F',
      state({ view: 'sql' }),
      ['Ignored sqlz “abc+def/”: not a compressed query (base64url).'],
    ],
    [
      '?view=sql&sqlz=%3Cscript%3E',
      state({ view: 'sql' }),
      ['Ignored sqlz “<script>”: not a compressed query (base64url).'],
    ],
    [
      `?view=sql&sqlz=${'A'.repeat(7681)}`,
      state({ view: 'sql' }),
      ['Ignored sqlz: too long (7681 characters).'],
    ],
    [
      `?view=sql&sql=${'%20'.repeat(2561)}`,
      state({ view: 'sql' }),
      ['Ignored sql: too long (7683 characters).'],
    ],
    [
      // Short as written, but too long as the app would write it again ('|' as %7C).
      `?view=sql&sql=SELECT${'|'.repeat(2600)}`,
      state({ view: 'sql' }),
      ['Ignored sql: too long (7806 characters).'],
    ],
    ['?view=sql&sql=1&sql=2', state({ view: 'sql' }), ['Ignored sql: given 2 times.']],
  ])('%s: ignored with a notice', (search, expected, notices) => {
    expect(parse(search)).toEqual({ state: expected, notices });
  });

  it('takes a realistic compressed query in a URL the app writes, with the other parameters', () => {
    const deflated = 'A'.repeat(7680);
    const search = serializeViewState(
      state({
        view: 'sql',
        sql: { deflated },
        filters: { countries: [...iso3].filter((code) => code !== 'PRK'), measure: 'permits_held' },
      }),
    );
    expect(search.length).toBeGreaterThan(7680 + 1000);
    expect(parse(search).notices).toEqual([]);
    expect(parse(search).state.sql).toEqual({ deflated });
  });

  it('writes the text with spaces as +, and only in the SQL view', () => {
    expect(serializeViewState(sqlState({ text: "SELECT 'a+b', 100%" }))).toBe(
      "?view=sql&sql=SELECT+'a%2Bb',+100%25",
    );
    expect(serializeViewState(sqlState({ deflated: 'K07NSc1NUTBUBAA' }))).toBe(
      '?view=sql&sqlz=K07NSc1NUTBUBAA',
    );
    expect(serializeViewState(state({ view: 'map', sql: { text: 'SELECT 1' } }))).toBe('?view=map');
    expect(serializeViewState(sqlState({ text: '' }))).toBe('?view=sql');
  });
});

const iso3 = Object.keys(countries.getAlpha3Codes()).sort();

const validState: fc.Arbitrary<ViewState> = fc
  .record({
    view: fc.constantFrom(...viewNames),
    country: fc.constantFrom('WLD', ...iso3),
    axis: fc.constantFrom(...yearAxes),
    measure: fc.constantFrom(...measures),
    estimatorTypes: fc.array(fc.constantFrom(...estimatorTypes), { maxLength: 7 }),
    primaryOnly: fc.boolean(),
    years: fc.tuple(
      fc.option(fc.integer({ min: 1945, max: currentYear })),
      fc.option(fc.integer({ min: 1945, max: currentYear })),
    ),
    countries: fc.array(fc.constantFrom(...iso3), { maxLength: 12 }),
    // Any text a reader may type, including quotes, ampersands, percent signs and non-Latin scripts.
    search: fc.string({ unit: 'grapheme', maxLength: 60 }).map((text) =>
      text
        .replace(/[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/gu, ' ')
        .replace(/\s+/gu, ' ')
        .trim(),
    ),
    // Any query text: line breaks, tabs, quotes, '+', '%', '&' and non-Latin scripts kept as typed.
    sql: fc.oneof(
      fc
        .string({ unit: 'grapheme', maxLength: 300 })
        .map((text) => text.replace(/[\p{Cc}\p{Cs}]/gu, (c) => (c === '\t' ? c : '\n')))
        .filter((text) => text.trim() !== '')
        .map((text): ViewState['sql'] => ({ text })),
      fc
        .base64String({ minLength: 4, maxLength: 400 })
        .map((text) => text.replaceAll('+', '-').replaceAll('/', '_').replaceAll('=', ''))
        .filter((text) => text !== '')
        .map((deflated): ViewState['sql'] => ({ deflated })),
    ),
    lang: fc.constantFrom(null, ...LOCALES),
  })
  .map(({ view, country, axis, search, sql, lang, years: [a, b], ...filters }) => {
    const [yearFrom, yearTo] = a !== null && b !== null && a > b ? [b, a] : [a, b];
    return {
      view,
      country,
      axis,
      search,
      // Only the SQL view keeps a query in its URL.
      sql: view === 'sql' ? sql : { text: '' },
      filters: { ...filters, yearFrom, yearTo },
      lang,
    };
  });

/** Characters and fragments that break naive URL parsers. */
const nasty = fc.constantFrom(
  '%',
  '%2',
  '%zz',
  '%E0%A4%A',
  '%ED%A0%80',
  '%00',
  '%26',
  '%3D',
  '&',
  '=',
  '+',
  ',',
  '?',
  '#',
  '<script>',
  '\u202e',
  '\u0000',
  '\ud800',
  'WLD',
  'rus',
  '2017',
  '-1',
  '1e3',
  '__proto__',
  'constructor',
);
const junkText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc
    .array(fc.oneof(nasty, fc.string({ maxLength: 3 })), { maxLength: 12 })
    .map((parts) => parts.join('')),
  fc.constantFrom(...viewNames, ...measures, ...estimatorTypes, ...yearAxes, 'yes', 'no', 'RUS'),
);
const junkQuery = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc
    .array(fc.tuple(fc.oneof(fc.constantFrom(...parameterNames), junkText), fc.option(junkText)), {
      maxLength: 14,
    })
    .map((pairs) =>
      pairs.map(([key, value]) => (value === null ? key : `${key}=${value}`)).join('&'),
    ),
  fc.string({ maxLength: 6000 }),
);

describe('view state properties', () => {
  it('round-trips every valid state through its URL, without a notice', () => {
    fc.assert(
      fc.property(validState, (generated) => {
        const search = serializeViewState(generated);
        expect(parse(search)).toEqual({ state: canonicalViewState(generated), notices: [] });
        expect(serializeViewState(parse(search).state)).toBe(search);
      }),
      { numRuns: 500 },
    );
  });

  it('gives equal URLs for equal states', () => {
    fc.assert(
      fc.property(validState, (generated) => {
        const shuffled: ViewState = {
          ...generated,
          filters: {
            ...generated.filters,
            estimatorTypes: [...generated.filters.estimatorTypes].reverse(),
            countries: [...generated.filters.countries, ...generated.filters.countries].reverse(),
          },
        };
        expect(serializeViewState(shuffled)).toBe(serializeViewState(generated));
      }),
    );
  });

  it('never throws on junk, and always gives a valid state and short plain-text notices', () => {
    fc.assert(
      fc.property(junkQuery, (search) => {
        const { state: parsed, notices } = parse(search);
        expect(isValidViewState(parsed, { currentYear })).toBe(true);
        expect(notices.length).toBeLessThanOrEqual(10);
        for (const notice of notices) {
          expect(typeof notice).toBe('string');
          expect(notice.length).toBeLessThan(160);
          expect(notice).not.toMatch(/[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/u);
        }
        // What survives parsing is a state the app itself could have written.
        expect(parse(serializeViewState(parsed))).toEqual({ state: parsed, notices: [] });
      }),
      { numRuns: 1000 },
    );
  });

  it('isValidViewState rejects what parseViewState never produces', () => {
    const invalid: ViewState[] = [
      state({ view: 'data' as ViewState['view'] }),
      state({ search: ' padded ' }),
      state({ search: 'x'.repeat(201) }),
      state({ country: 'XKX' }),
      state({ country: 'rus' }),
      state({ axis: 'both' as ViewState['axis'] }),
      state({ filters: { measure: 'workers' as ViewState['filters']['measure'] } }),
      state({ filters: { estimatorTypes: ['ngo' as never] } }),
      state({ filters: { yearFrom: 1900 } }),
      state({ filters: { yearFrom: 2018, yearTo: 2017 } }),
      state({ filters: { yearTo: 2017.5 } }),
      state({ filters: { countries: ['WLD'] } }),
      state({ sql: { text: 'SELECT 1' } }),
      state({ view: 'sql', sql: { text: ' ' } }),
      state({ view: 'sql', sql: { text: 'SELECT\u00001' } }),
      state({ view: 'sql', sql: { text: 'x'.repeat(7681) } }),
      state({ view: 'sql', sql: { deflated: 'a+b/' } }),
      state({ view: 'sql', sql: { deflated: 'A'.repeat(7681) } }),
    ];
    for (const candidate of invalid)
      expect(isValidViewState(candidate, { currentYear })).toBe(false);
    expect(isValidViewState(defaultViewState, { currentYear })).toBe(true);
  });
});

describe('a view’s own page', () => {
  const cases: [string, ReturnType<typeof viewPage>][] = [
    ['/', { base: '/', view: null, lang: null }],
    ['/about/', { base: '/', view: 'about', lang: null }],
    ['/about', { base: '/', view: 'about', lang: null }],
    ['/about/index.html', { base: '/', view: 'about', lang: null }],
    ['/nk/map/', { base: '/nk/', view: 'map', lang: null }],
    ['/nk/sources/index.html', { base: '/nk/', view: 'sources', lang: null }],
    ['/nk/', { base: '/nk/', view: null, lang: null }],
    ['/index.html', { base: '/index.html', view: null, lang: null }],
    ['/embed.html', { base: '/embed.html', view: null, lang: null }],
    // The overview is the main page: it has no folder of its own.
    ['/overview/', { base: '/overview/', view: null, lang: null }],
    ['/About/', { base: '/About/', view: null, lang: null }],
    ['/about/extra/', { base: '/about/extra/', view: null, lang: null }],
    ['/about.html', { base: '/about.html', view: null, lang: null }],
    // A language's folder: Korean pages, the view's folder inside it.
    ['/ko/', { base: '/', view: null, lang: 'ko' }],
    ['/ko/index.html', { base: '/', view: null, lang: 'ko' }],
    ['/ko/about/', { base: '/', view: 'about', lang: 'ko' }],
    ['/nk/ko/map/index.html', { base: '/nk/', view: 'map', lang: 'ko' }],
    // English is the main page: it has no folder of its own.
    ['/en/', { base: '/en/', view: null, lang: null }],
  ];

  it.each(cases)('%j', (pathname, expected) => {
    expect(viewPage(pathname)).toEqual(expected);
  });

  it('is where viewPageFolder puts each view, and the main page is the overview', () => {
    for (const view of viewNames) {
      expect(viewPage(`/nk/${viewPageFolder(view)}`)).toEqual({
        base: '/nk/',
        view: view === 'overview' ? null : view,
        lang: null,
      });
      expect(viewPage(`/nk/${viewPageFolder(view, 'ko')}`)).toEqual({
        base: '/nk/',
        view: view === 'overview' ? null : view,
        lang: 'ko',
      });
    }
  });

  it('opens its view unless the query names another', () => {
    expect(parse('', { view: 'about' })).toEqual({ state: state({ view: 'about' }), notices: [] });
    expect(parse('?primary=yes', { view: 'map' }).state).toEqual(
      state({ view: 'map', filters: { primaryOnly: true } }),
    );
    expect(parse('?view=country', { view: 'about' }).state.view).toBe('country');
    expect(parse('?view=overview', { view: 'about' }).state.view).toBe('overview');
    expect(parse('?view=nope', { view: 'about' }).state.view).toBe('about');
  });
});
