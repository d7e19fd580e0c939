import { describe, expect, it } from 'vitest';
import {
  localeFromQuery,
  presetFolder,
  presetForChart,
  presetForQuery,
  presetName,
  presetQuery,
  requestFromQuery,
  requestFromState,
  type PresetKind,
} from '../../src/lib/embed/presets';
import {
  HEIGHT_MESSAGE,
  MAX_HEIGHT,
  MIN_HEIGHT,
  POST_HEIGHT_SCRIPT,
  acceptedHeight,
} from '../../src/lib/embed/resize';
import { embedSnippet } from '../../src/lib/embed/snippet';
import { embedReasonText } from '../../src/lib/embed/reasonText';
import { setLocale } from '../../src/lib/i18n/runtime.svelte';
import { defaultViewState, parseViewState, type ViewState } from '../../src/lib/state/viewState';

const available = [
  'worldwide',
  'by-country',
  'country-RUS',
  'country-CHN',
  'compare-WLD',
  'compare-RUS',
  'compare-CHN',
  'compare-LAO',
];

describe('presetName and presetQuery', () => {
  it.each<[PresetKind, string, string, string]>([
    ['worldwide', 'WLD', 'worldwide', ''],
    ['by-country', 'WLD', 'by-country', ''],
    ['country', 'RUS', 'country-RUS', '?view=country&country=RUS'],
    ['compare', 'RUS', 'compare-RUS', '?view=compare&country=RUS'],
    ['compare', 'WLD', 'compare-WLD', '?view=compare'],
  ])('%s %s is %s, drawn by the view %s', (kind, country, name, query) => {
    expect(presetName({ kind, country })).toBe(name);
    expect(presetQuery({ kind, country })).toBe(query);
  });

  it('names the full view the main page reads back as that preset', () => {
    for (const name of available.filter((n) => n !== 'by-country')) {
      const [kind = '', country = 'WLD'] = name.split('-');
      const query = presetQuery({ kind: kind as PresetKind, country });
      expect(presetForQuery(query, available)).toEqual({ preset: name, exact: true, reason: null });
    }
  });

  it('names the language of a Korean full view last, as the main page writes it', () => {
    expect(presetQuery({ kind: 'compare', country: 'RUS' }, 'ko')).toBe(
      '?view=compare&country=RUS&lang=ko',
    );
    expect(presetQuery({ kind: 'worldwide', country: 'WLD' }, 'ko')).toBe('?lang=ko');
    expect(presetQuery({ kind: 'country', country: 'RUS' }, 'en')).toBe(
      '?view=country&country=RUS',
    );
    expect(presetForQuery('?view=compare&country=RUS&lang=ko', available)).toEqual({
      preset: 'compare-RUS',
      exact: true,
      reason: null,
    });
  });

  it('reads the language of an embed URL as the main page does, English by default', () => {
    expect(localeFromQuery('?view=compare&lang=ko')).toBe('ko');
    expect(localeFromQuery('?lang=ko&lang=ko')).toBe('en');
    expect(localeFromQuery('?lang=fr')).toBe('en');
    expect(localeFromQuery('')).toBe('en');
    expect(presetFolder('ko')).toBe('ko/');
    expect(presetFolder('en')).toBe('');
  });
});

describe('presetForQuery: the preset an embed shows for a view state in the URL', () => {
  it.each([
    ['', 'worldwide'],
    ['?view=overview', 'worldwide'],
    ['?view=country&country=RUS', 'country-RUS'],
    ['?view=country&country=rus', 'country-RUS'],
    ['?view=country&country=WLD', 'worldwide'],
    ['?view=country', 'worldwide'],
    ['?view=compare&country=CHN', 'compare-CHN'],
    ['?view=compare', 'compare-WLD'],
    ['?country=RUS', 'worldwide'],
    ['?view=overview&countries=RUS,CHN', 'worldwide'],
    ['?view=compare&country=RUS&q=anything', 'compare-RUS'],
    ['?view=compare&country=RUS&measure=workers_present&primary=no', 'compare-RUS'],
  ])('%s shows %s exactly', (query, preset) => {
    expect(presetForQuery(query, available)).toEqual({ preset, exact: true, reason: null });
  });

  it.each([
    ['?view=compare&country=RUS&from=2017&to=2018', 'compare-RUS', /Filters are not applied/],
    [
      '?view=compare&country=RUS&measure=work_permits_issued',
      'compare-RUS',
      /Filters are not applied/,
    ],
    ['?view=country&country=RUS&types=government', 'country-RUS', /Filters are not applied/],
    ['?view=overview&primary=yes', 'worldwide', /Filters are not applied/],
    ['?view=country&country=RUS&axis=published', 'country-RUS', /year they describe/],
    ['?view=country&country=NOR', 'worldwide', /no static figure for NOR/],
    ['?view=compare&country=NOR', 'compare-WLD', /no static comparison for NOR/],
    ['?view=map', 'worldwide', /map view has no static figure/],
    ['?view=sources&q=UN', 'worldwide', /sources view has no static figure/],
  ])('%s shows the closest preset, %s, with a note', (query, preset, reason) => {
    const choice = presetForQuery(query, available);
    expect(choice).toMatchObject({ preset, exact: false });
    expect(embedReasonText(choice.reason!)).toMatch(reason);
  });

  it.each([
    ['?view=compare&country=RUS&from=2017', /필터가 적용되지 않습니다/],
    ['?view=country&country=NOR', /노르웨이의 연도별 정적 차트가 없어/],
    ['?view=compare&country=NOR', /노르웨이의 정적 출처 비교가 없어/],
    ['?view=map', /지도 화면에는 정적 차트가 없어/],
  ])('%s: the note in Korean names the country in Korean', async (query, reason) => {
    await setLocale('ko');
    try {
      expect(embedReasonText(presetForQuery(query, available).reason!)).toMatch(reason);
    } finally {
      await setLocale('en');
    }
  });

  it('ignores what the main page ignores: repeated, empty, unknown and undecodable parameters', () => {
    expect(presetForQuery('?view=compare&view=country&country=RUS', available).preset).toBe(
      'worldwide',
    );
    expect(presetForQuery('?view=&country=RUS', available).preset).toBe('worldwide');
    expect(presetForQuery('?view=nonsense', available).preset).toBe('worldwide');
    expect(presetForQuery('?view=compare&country=%E0%A4%A', available).preset).toBe('compare-WLD');
    expect(presetForQuery('?view=compare&country=R%22S', available).preset).toBe('compare-WLD');
    expect(presetForQuery('?view=compare&from=', available).exact).toBe(true);
  });

  it('never names a preset outside the list, whatever the URL', () => {
    const hostile = [
      '?view=compare&country=../../etc',
      '?view=country&country=<script>',
      '?view=compare&country=RUS%2F..',
      `?${'a=b&'.repeat(2000)}`,
      '?view=__proto__&country=constructor',
    ];
    for (const query of hostile) {
      expect(available).toContain(presetForQuery(query, available).preset);
    }
  });

  it('falls back to worldwide when there is no worldwide comparison either', () => {
    expect(presetForQuery('?view=compare&country=NOR', ['worldwide'])).toMatchObject({
      preset: 'worldwide',
      exact: false,
    });
  });
});

describe('the same choice from the main page’s view state', () => {
  const queries = [
    '',
    '?view=country&country=RUS',
    '?view=country&country=CHN&axis=published',
    '?view=compare&country=RUS',
    '?view=compare&country=RUS&from=2017&to=2018',
    '?view=compare&country=NOR',
    '?view=overview&measure=work_permits_issued',
    '?view=overview&countries=CHN',
    '?view=map&primary=yes',
    '?view=sources&q=labour',
  ];
  it.each(queries)('%s', (query) => {
    const { state } = parseViewState(query, { currentYear: 2026 });
    expect(requestFromState(state)).toEqual(requestFromQuery(query));
  });
});

describe('presetForChart', () => {
  const state = (changes: Partial<ViewState['filters']> = {}): ViewState => ({
    ...defaultViewState,
    filters: { ...defaultViewState.filters, ...changes },
  });
  it('gives the by-country chart its own preset, which the countries filter changes', () => {
    expect(presetForChart('by-country', state(), available)).toEqual({
      preset: 'by-country',
      exact: true,
      reason: null,
    });
    expect(presetForChart('by-country', state({ countries: ['RUS'] }), available)).toMatchObject({
      preset: 'by-country',
      exact: false,
    });
    // The worldwide chart does not apply the countries filter.
    expect(presetForChart('worldwide', state({ countries: ['RUS'] }), available).exact).toBe(true);
  });
  it('gives every other chart its view’s preset', () => {
    const compare = { ...state(), view: 'compare' as const, country: 'RUS' };
    expect(presetForChart('compare', compare, available).preset).toBe('compare-RUS');
  });
});

describe('acceptedHeight: the resize messages an embedding page obeys', () => {
  const frame = { name: 'the embed iframe’s window' };
  const expected = { origin: 'https://embed.example', source: frame };
  const message = (changes: Partial<{ origin: string; source: unknown; data: unknown }> = {}) => ({
    origin: expected.origin,
    source: frame,
    data: { type: HEIGHT_MESSAGE, height: 640.2 },
    ...changes,
  });

  it('accepts a height from the embed’s origin and window, rounded up', () => {
    expect(acceptedHeight(message(), expected)).toBe(641);
    expect(
      acceptedHeight(message({ data: { type: HEIGHT_MESSAGE, height: MIN_HEIGHT } }), expected),
    ).toBe(MIN_HEIGHT);
    expect(
      acceptedHeight(message({ data: { type: HEIGHT_MESSAGE, height: MAX_HEIGHT } }), expected),
    ).toBe(MAX_HEIGHT);
  });

  it.each([
    ['another origin', { origin: 'https://evil.example' }],
    ['the same origin on another port', { origin: 'https://embed.example:8443' }],
    ['another frame of the same origin', { source: { name: 'another window' } }],
    ['no source', { source: null }],
    ['no data', { data: null }],
    ['a string', { data: `{"type":"${HEIGHT_MESSAGE}","height":500}` }],
    ['another type', { data: { type: 'resize', height: 500 } }],
    ['a height as text', { data: { type: HEIGHT_MESSAGE, height: '500' } }],
    ['NaN', { data: { type: HEIGHT_MESSAGE, height: Number.NaN } }],
    ['Infinity', { data: { type: HEIGHT_MESSAGE, height: Number.POSITIVE_INFINITY } }],
    ['a negative height', { data: { type: HEIGHT_MESSAGE, height: -10 } }],
    ['too small', { data: { type: HEIGHT_MESSAGE, height: MIN_HEIGHT - 1 } }],
    ['too tall', { data: { type: HEIGHT_MESSAGE, height: MAX_HEIGHT + 1 } }],
  ])('ignores a message with %s', (_, changes) => {
    expect(acceptedHeight(message(changes), expected)).toBeNull();
  });
});

/** Runs the snippet's script against a fake page: returns what a message does to the iframe's height. */
function runSnippet(html: string) {
  const script = /<script>([\s\S]*)<\/script>/.exec(html)?.[1];
  if (!script) throw new Error('the snippet has no script');
  const contentWindow = { name: 'embed' };
  const iframe = { id: /id="([^"]+)"/.exec(html)?.[1], contentWindow, style: { height: '' } };
  let listener: ((event: unknown) => void) | undefined;
  const window = {
    addEventListener: (type: string, handler: (event: unknown) => void) => {
      if (type === 'message') listener = handler;
    },
  };
  const document = { getElementById: (id: string) => (id === iframe.id ? iframe : null) };
  new Function('window', 'document', script)(window, document);
  return {
    iframe,
    send(origin: string, source: unknown, data: unknown): string {
      listener?.({ origin, source, data });
      return iframe.style.height;
    },
  };
}

describe('embedSnippet', () => {
  const snippet = embedSnippet({
    src: 'https://site.example/nk/embeds/compare-RUS.html',
    title: 'Russia, all years: “every” figure <side> by side & more',
    height: 900,
    id: 'nk-workers-abroad-x1-compare-RUS',
  });

  it('is a lazy, full-width, titled iframe of the static page', () => {
    expect(snippet).toMatch(/^<iframe id="nk-workers-abroad-x1-compare-RUS" /);
    expect(snippet).toContain('src="https://site.example/nk/embeds/compare-RUS.html"');
    expect(snippet).toContain(
      'title="Russia, all years: “every” figure &lt;side&gt; by side &amp; more"',
    );
    expect(snippet).toContain('loading="lazy"');
    expect(snippet).toContain('width="100%"');
    expect(snippet).toContain('height="900"');
  });

  it('resizes its own iframe from the embed’s origin and window only', () => {
    const page = runSnippet(snippet);
    const origin = 'https://site.example';
    const own = page.iframe.contentWindow;
    const data = (height: unknown) => ({ type: HEIGHT_MESSAGE, height });
    expect(page.send(origin, own, data(812.5))).toBe('813px');
    expect(page.send('https://evil.example', own, data(5000))).toBe('813px');
    expect(page.send(origin, { name: 'another frame' }, data(5000))).toBe('813px');
    expect(page.send(origin, own, { type: 'other', height: 5000 })).toBe('813px');
    expect(page.send(origin, own, data('5000'))).toBe('813px');
    expect(page.send(origin, own, data(MAX_HEIGHT + 1))).toBe('813px');
    expect(page.send(origin, own, data(MIN_HEIGHT - 1))).toBe('813px');
    expect(page.send(origin, own, null)).toBe('813px');
    expect(page.send(origin, own, data(1200))).toBe('1200px');
  });

  it('applies the same rules as acceptedHeight', () => {
    const page = runSnippet(snippet);
    const own = page.iframe.contentWindow;
    const expected = { origin: 'https://site.example', source: own };
    const cases: [string, unknown, unknown][] = [
      ['https://site.example', own, { type: HEIGHT_MESSAGE, height: 333 }],
      ['https://site.example', {}, { type: HEIGHT_MESSAGE, height: 444 }],
      ['http://site.example', own, { type: HEIGHT_MESSAGE, height: 555 }],
      ['https://site.example', own, { type: HEIGHT_MESSAGE, height: 20_000 }],
      ['https://site.example', own, { type: HEIGHT_MESSAGE, height: 777.1 }],
    ];
    for (const [origin, source, data] of cases) {
      const before = page.iframe.style.height;
      const after = page.send(origin, source, data);
      const accepted = acceptedHeight({ origin, source, data }, expected);
      expect(after).toBe(accepted === null ? before : `${accepted}px`);
    }
  });

  it('refuses an address that is not http(s), and an id that is not one', () => {
    const input = { src: 'javascript:alert(1)', title: 't', height: 500, id: 'a' };
    expect(() => embedSnippet(input)).toThrow(/http/);
    expect(() => embedSnippet({ ...input, src: 'https://x.example/', id: 'a"b' })).toThrow(/id/);
  });

  it('keeps its script inert to HTML in the values it carries', () => {
    const tricky = embedSnippet({
      src: 'https://site.example/embeds/a.html?x=</script><script>alert(1)</script>',
      title: '</script>',
      height: 500,
      id: 'a',
    });
    expect(tricky.match(/<\/script>/g)).toHaveLength(1);
  });

  it('keeps its first height in range', () => {
    expect(embedSnippet({ src: 'https://x.example/', title: 't', height: 1e9, id: 'a' })).toContain(
      `height="${MAX_HEIGHT}"`,
    );
  });
});

describe('POST_HEIGHT_SCRIPT: what an embed page tells its parent', () => {
  function run({ framed }: { framed: boolean }) {
    const posted: { message: unknown; target: string }[] = [];
    let observed: (() => void) | undefined;
    const main = { getBoundingClientRect: () => ({ height: 700.4 }) };
    const parent = {
      postMessage: (message: unknown, target: string) => posted.push({ message, target }),
    };
    const window: Record<string, unknown> = {
      addEventListener: () => undefined,
      ResizeObserver: class {
        constructor(callback: () => void) {
          observed = callback;
        }
        observe() {}
      },
    };
    window.parent = framed ? parent : window;
    const document = { querySelector: (selector: string) => (selector === 'main' ? main : null) };
    new Function('window', 'document', 'ResizeObserver', POST_HEIGHT_SCRIPT)(
      window,
      document,
      window.ResizeObserver,
    );
    return { posted, resize: () => observed?.(), main };
  }

  it('posts the height of <main>, rounded up, at once and on every resize', () => {
    const frame = run({ framed: true });
    expect(frame.posted).toEqual([{ message: { type: HEIGHT_MESSAGE, height: 701 }, target: '*' }]);
    frame.main.getBoundingClientRect = () => ({ height: 812 });
    frame.resize();
    expect(frame.posted.at(-1)).toEqual({
      message: { type: HEIGHT_MESSAGE, height: 812 },
      target: '*',
    });
  });

  it('posts nothing outside a frame', () => {
    expect(run({ framed: false }).posted).toEqual([]);
  });
});
