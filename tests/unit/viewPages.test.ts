import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { META_PLACEHOLDER, viewPageFiles, viewPageHtml } from '../../src/build/viewPages';

const template = readFileSync(new URL('../../index.html', import.meta.url), 'utf8');
const meta = {
  title: 'About the data — North Koreans working abroad',
  heading: 'About the data',
  description: 'What counts as a figure & how to cite "it" <here>.',
};
const links = { siteName: 'North Koreans working abroad', image: '/previews/about.png' };

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
  });
});
