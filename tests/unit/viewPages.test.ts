import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localizedIndexPage, withPageLanguage } from '../../src/build/prerender';
import { META_PLACEHOLDER, viewPageFiles, viewPageHtml } from '../../src/build/viewPages';

const template = readFileSync(new URL('../../index.html', import.meta.url), 'utf8');
const meta = {
  title: 'About the data — North Koreans working abroad',
  heading: 'About the data',
  description: 'What counts as a figure & how to cite "it" <here>.',
};
const links = {
  siteName: 'North Koreans working abroad',
  lang: 'en' as const,
  image: '/previews/about.png',
  imageAlt: 'About the data. What counts as a figure.',
  alternates: [
    { hreflang: 'en', href: '/about/' },
    { hreflang: 'ko', href: '/ko/about/' },
    { hreflang: 'x-default', href: '/about/' },
  ],
  noScript: 'This dashboard draws its charts with JavaScript.',
};
const koreanMeta = {
  title: '데이터 소개 — 해외 파견 북한 노동자',
  heading: '데이터 소개',
  description: '무엇을 수치로 보는지, 각 지표의 뜻을 설명합니다.',
};
const koreanLinks = {
  ...links,
  siteName: '해외 파견 북한 노동자',
  lang: 'ko' as const,
  noScript: '이 대시보드는 자바스크립트로 차트를 그립니다.',
};

/** Each <link rel="alternate">'s hreflang and href. */
function alternates(html: string): [string, string][] {
  return [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]*)" \/>/g)].map(
    (match) => [match[1]!, match[2]!],
  );
}

/** The content of every <meta> with this property or name. */
function metaContent(html: string, key: string): string[] {
  return [...html.matchAll(/<meta (?:property|name)="([^"]+)" content="([^"]*)" \/>/g)]
    .filter((match) => match[1] === key)
    .map((match) => match[2]!);
}

describe('viewPageHtml', () => {
  it('replaces the title and description of index.html and adds the link-preview tags', () => {
    const html = viewPageHtml(template, meta, links);
    expect(html).toContain('<title>About the data — North Koreans working abroad</title>');
    expect(html).not.toContain(META_PLACEHOLDER);
    const escaped = 'What counts as a figure &amp; how to cite &quot;it&quot; &lt;here&gt;.';
    expect(metaContent(html, 'description')).toEqual([escaped]);
    expect(metaContent(html, 'og:title')).toEqual([meta.title]);
    expect(metaContent(html, 'og:description')).toEqual([escaped]);
    expect(metaContent(html, 'og:image')).toEqual(['/previews/about.png']);
    expect(metaContent(html, 'og:type')).toEqual(['website']);
    expect(metaContent(html, 'twitter:card')).toEqual(['summary_large_image']);
    expect(metaContent(html, 'twitter:image')).toEqual(['/previews/about.png']);
    expect(metaContent(html, 'og:url')).toEqual([]);
    expect(metaContent(html, 'og:locale')).toEqual(['en_US']);
    expect(metaContent(html, 'og:locale:alternate')).toEqual(['ko_KR']);
    expect(metaContent(html, 'og:image:alt')).toEqual([links.imageAlt]);
    expect(html).toContain('<html lang="en">');
    expect(alternates(html)).toEqual([
      ['en', '/about/'],
      ['ko', '/ko/about/'],
      ['x-default', '/about/'],
    ]);
    expect(html).toContain(`<noscript>${links.noScript}</noscript>`);
    // The rest of the page, the app's script among it, is untouched.
    expect(html).toContain('<script type="module" src="/src/main.ts"></script>');
    expect(html.match(/<title>/g)).toHaveLength(1);
  });

  it('gives absolute URLs when the site’s is known', () => {
    const html = viewPageHtml(template, meta, {
      ...links,
      image: 'https://example.org/nk/previews/about.png',
      url: 'https://example.org/nk/about/',
    });
    expect(metaContent(html, 'og:url')).toEqual(['https://example.org/nk/about/']);
    expect(metaContent(html, 'og:image')).toEqual(['https://example.org/nk/previews/about.png']);
  });

  it('makes a Korean page: <html lang="ko">, Korean title and description, og:locale ko_KR', () => {
    const html = viewPageHtml(template, koreanMeta, koreanLinks);
    expect(html).toMatch(/^<!doctype html>\s*<html lang="ko">/);
    expect(html).toContain('<title>데이터 소개 — 해외 파견 북한 노동자</title>');
    expect(metaContent(html, 'description')).toEqual([koreanMeta.description]);
    expect(metaContent(html, 'og:title')).toEqual([koreanMeta.title]);
    expect(metaContent(html, 'og:site_name')).toEqual(['해외 파견 북한 노동자']);
    expect(metaContent(html, 'og:locale')).toEqual(['ko_KR']);
    expect(metaContent(html, 'og:locale:alternate')).toEqual(['en_US']);
    // The image's alt text is the one given: what that image shows.
    expect(metaContent(html, 'og:image:alt')).toEqual([links.imageAlt]);
    expect(alternates(html)).toEqual(alternates(viewPageHtml(template, meta, links)));
    expect(html).toContain('<noscript>이 대시보드는 자바스크립트로 차트를 그립니다.</noscript>');
    expect(html).not.toContain('This dashboard');
  });

  it('gives absolute hreflang URLs when the links are absolute', () => {
    const html = viewPageHtml(template, koreanMeta, {
      ...koreanLinks,
      url: 'https://example.org/nk/ko/about/',
      alternates: [
        { hreflang: 'en', href: 'https://example.org/nk/about/' },
        { hreflang: 'ko', href: 'https://example.org/nk/ko/about/' },
        { hreflang: 'x-default', href: 'https://example.org/nk/about/' },
      ],
    });
    expect(alternates(html).map(([, href]) => new URL(href).pathname)).toEqual([
      '/nk/about/',
      '/nk/ko/about/',
      '/nk/about/',
    ]);
    expect(metaContent(html, 'og:url')).toEqual(['https://example.org/nk/ko/about/']);
  });

  it('takes $ patterns in the text literally', () => {
    const html = viewPageHtml(template, { ...meta, title: "$& and $' cost $1" }, links);
    expect(html).toContain("<title>$&amp; and $' cost $1</title>");
  });

  it('throws when index.html has lost a part it fills', () => {
    expect(() => viewPageHtml(template.replace(META_PLACEHOLDER, ''), meta, links)).toThrow(
      META_PLACEHOLDER,
    );
    expect(() => viewPageHtml(template.replace(/<title>.*<\/title>/, ''), meta, links)).toThrow(
      '<title>',
    );
    expect(() =>
      viewPageHtml(template.replace('name="description"', 'name="x"'), meta, links),
    ).toThrow('description');
    expect(() => viewPageHtml(template.replace(/<noscript>/, ''), meta, links)).toThrow(
      '<noscript>',
    );
    expect(() => viewPageHtml(template.replace(' lang="en"', ''), meta, links)).toThrow('lang');
  });
});

describe('viewPageFiles', () => {
  it('puts the main page at the root and each view in its folder', () => {
    expect(viewPageFiles('overview', '')).toEqual({
      page: 'index.html',
      image: 'previews/overview.png',
    });
    expect(viewPageFiles('about', 'about/')).toEqual({
      page: 'about/index.html',
      image: 'previews/about.png',
    });
    expect(viewPageFiles('about', 'ko/about/', 'ko')).toEqual({
      page: 'ko/about/index.html',
      image: 'previews/ko/about.png',
    });
  });
});

describe('the Korean main page', () => {
  const filled = template.replace(
    '<div id="app"></div>',
    '<div id="app" data-prerendered><h1>North Koreans working abroad</h1></div><!--/app-->',
  );

  it('is index.html with the Korean render in #app and <html lang="ko">', () => {
    const html = localizedIndexPage(filled, 'ko', '<h1>해외 파견 북한 노동자</h1>');
    expect(html).toContain(
      '<div id="app" data-prerendered><h1>해외 파견 북한 노동자</h1></div><!--/app-->',
    );
    expect(html).not.toContain('North Koreans working abroad</h1>');
    expect(html).toContain('<html lang="ko">');
    // The rest of the page, the app's script among it, is index.html's.
    expect(html.replace('해외 파견 북한 노동자', 'North Koreans working abroad')).toBe(
      withPageLanguage(filled, 'ko'),
    );
  });

  it('throws when index.html has no prerendered page', () => {
    expect(() => localizedIndexPage(template, 'ko', '<h1>…</h1>')).toThrow('prerendered');
  });
});
