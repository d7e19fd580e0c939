// The CJK webfonts (src/build/cjkFonts.ts) on this machine, which has no CJK font of its own: Korean
// text in the page and in a PNG export is drawn in glyphs, not in the boxes (tofu) of a missing glyph,
// and a page fetches only the slices of the characters it shows.
import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { sources } from './data';
import { viewReady } from './views';
import { watch } from './watch';

const HANGUL = /[\uac00-\ud7a3]/;
/** The stack of app.css without the webfonts: what the page would draw with none of them. */
const TOFU_STACK = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif";

const fontFiles = (requests: readonly string[]) =>
  requests.filter((url) => /\/assets\/noto-sans-(kr|jp|sc)-\d+-\d+-[0-9a-f]+\.woff2$/.test(url));

/**
 * How many different shapes the characters of `text` take, each drawn alone on a canvas in `font`
 * once the page has loaded that font for them. Missing glyphs all draw the same box.
 */
function distinctShapes(page: Page, text: string, font: string): Promise<number> {
  return page.evaluate(
    async ({ text, font }) => {
      await document.fonts.load(font, text);
      const canvas = document.createElement('canvas');
      canvas.width = 64;
      canvas.height = 64;
      const context = canvas.getContext('2d', { willReadFrequently: true })!;
      const shapes = new Set<string>();
      for (const char of new Set(text)) {
        context.clearRect(0, 0, 64, 64);
        context.font = font;
        context.fillText(char, 8, 48);
        const alpha = context.getImageData(0, 0, 64, 64).data.filter((_, i) => i % 4 === 3);
        shapes.add(alpha.join(','));
      }
      return shapes.size;
    },
    { text, font },
  );
}

/** A screenshot of an element as it is and with its font stack less the webfonts. */
async function withAndWithoutWebfonts(element: Locator): Promise<[Buffer, Buffer]> {
  const drawn = await element.screenshot();
  await element.evaluate((node, stack) => {
    (node as HTMLElement).style.setProperty('font-family', stack, 'important');
  }, TOFU_STACK);
  const tofu = await element.screenshot();
  await element.evaluate((node) => (node as HTMLElement).style.removeProperty('font-family'));
  return [drawn, tofu];
}

test('a page fetches a CJK slice only for characters it shows; the Sources view only the slices of its characters', async ({
  page,
}) => {
  const seen = watch(page);
  // The About view's own page: no prerendered overview (whose source lines name Korean publishers).
  await page.goto('/about/');
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
  await page.waitForFunction(() => document.fonts.status === 'loaded');
  // The stylesheet is linked; a slice is fetched only for a character the page shows (the header's
  // 한국어, if nothing else).
  expect(seen.requests.some((url) => /\/assets\/cjk-fonts-[0-9a-f]+\.css$/.test(url))).toBe(true);
  const unneeded = await page.evaluate((files) => {
    const shown = new Set(
      [...document.body.innerText].filter((char) => char.codePointAt(0)! >= 0x1100),
    );
    const rules = Array.from(document.styleSheets)
      .flatMap((sheet) => Array.from(sheet.cssRules))
      .filter((rule): rule is CSSFontFaceRule => rule instanceof CSSFontFaceRule);
    return files.filter((file) => {
      const rule = rules.find((each) =>
        each.style.getPropertyValue('src').includes(file.split('/').at(-1)!),
      );
      if (!rule) return true;
      const ranges = rule.style
        .getPropertyValue('unicode-range')
        .split(',')
        .map((part) =>
          part
            .trim()
            .replace(/^u\+/i, '')
            .split('-')
            .map((hex) => Number.parseInt(hex, 16)),
        );
      return ![...shown].some((char) => {
        const code = char.codePointAt(0)!;
        return ranges.some(([from, to = from]) => code >= from! && code <= to!);
      });
    });
  }, fontFiles(seen.requests));
  expect(unneeded).toEqual([]);
  expect(fontFiles(seen.requests).length).toBeLessThan(4);

  // The Sources view draws only the rows in sight: a search for a Korean word shows Korean titles.
  const before = seen.requests.length;
  await page.goto(`/?view=sources&q=${encodeURIComponent('북한')}`);
  await viewReady(page);
  const sources = () => fontFiles(seen.requests.slice(before));
  await expect.poll(() => sources().length, { timeout: 30_000 }).toBeGreaterThan(5);
  await page.waitForFunction(() => document.fonts.status === 'loaded');
  const fetched = sources();
  const rules = await page.evaluate(
    () =>
      Array.from(document.styleSheets)
        .flatMap((sheet) => Array.from(sheet.cssRules))
        .filter((rule) => rule instanceof CSSFontFaceRule).length,
  );
  // A hundred Korean, Japanese and Chinese titles need some of the slices, far from all of them.
  expect(fetched.length).toBeGreaterThan(5);
  expect(fetched.length).toBeLessThan(rules / 3);
  expect(new Set(fetched).size).toBe(fetched.length);
  expect(seen.errors).toEqual([]);
});

test('a Korean source title is drawn in glyphs, not boxes, on a machine without CJK fonts', async ({
  page,
}) => {
  const title = sources.find((source) => HANGUL.test(source.title) && source.title.length < 40)!;
  await page.goto(`/?view=sources&q=${encodeURIComponent(title.title)}`);
  await viewReady(page);
  const element = page.getByText(title.title).first();
  await expect(element).toBeVisible();
  await page.waitForFunction(() => document.fonts.status === 'loaded');

  const hangul = [...new Set(title.title)].filter((char) => HANGUL.test(char)).join('');
  const font = await element.evaluate((node) => {
    const style = getComputedStyle(node);
    return `${style.fontWeight} 32px ${style.fontFamily}`;
  });
  // Each different syllable its own shape in the page's font; boxes in the stack without webfonts.
  expect(await distinctShapes(page, hangul, font)).toBe(hangul.length);
  expect(await distinctShapes(page, hangul, `32px ${TOFU_STACK}`)).toBeLessThan(hangul.length / 2);
  // The title on screen is not what the stack without the webfonts draws.
  const [drawn, tofu] = await withAndWithoutWebfonts(element);
  expect(drawn.equals(tofu)).toBe(false);
  await page.screenshot({ path: test.info().outputPath('korean-title.png') });
});

/** The pixels of a PNG, decoded by the page, and of the same SVG drawn without its fonts. */
function comparePngToTofu(page: Page, png: Buffer, svg: string) {
  return page.evaluate(
    async ({ png, svg }) => {
      const decode = async (blob: Blob) => {
        const bitmap = await createImageBitmap(blob);
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d')!;
        context.drawImage(bitmap, 0, 0);
        return context.getImageData(0, 0, bitmap.width, bitmap.height).data;
      };
      const bytes = Uint8Array.from(atob(png), (c) => c.charCodeAt(0));
      const exported = await decode(new Blob([bytes], { type: 'image/png' }));
      // The same drawing without the embedded fonts, at the export's scale (2×).
      const bare = svg.replace(/<style>[\s\S]*?<\/style>/, '');
      const image = new Image();
      image.src = URL.createObjectURL(new Blob([bare], { type: 'image/svg+xml' }));
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth * 2;
      canvas.height = image.naturalHeight * 2;
      canvas.getContext('2d')!.drawImage(image, 0, 0, canvas.width, canvas.height);
      const tofu = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let differing = 0;
      for (let i = 0; i < Math.min(exported.length, tofu.length); i += 4) {
        if (Math.abs(exported[i]! - tofu[i]!) > 64) differing++;
      }
      return { differing, sameSize: exported.length === tofu.length };
    },
    { png: png.toString('base64'), svg },
  );
}

async function download(page: Page, figure: Locator, format: 'SVG' | 'PNG') {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    // Either language's name: 'Download image as SVG' or its Korean, both naming the format.
    figure.getByRole('button', { name: new RegExp(`\\b${format}\\b`) }).click(),
  ]);
  return readFile(await file.path());
}

test('a chart exported with Korean text embeds the glyphs it shows: its PNG is not the tofu drawing', async ({
  page,
}) => {
  const seen = watch(page);
  // The Korean interface where it has landed; the worldwide chart's source line names Korean
  // publishers in either language.
  await page.goto('/?lang=ko');
  await viewReady(page);
  const figure = page.locator('#worldwide');
  const svg = (await download(page, figure, 'SVG')).toString('utf8');
  expect(svg).toMatch(HANGUL);
  const style = /<style>([\s\S]*?)<\/style>/.exec(svg)?.[1] ?? '';
  expect(style).toMatch(/^@font-face\{font-family:'Noto Sans KR'/);
  // Only the slices the text needs, inline: nothing fetched from anywhere.
  expect(style).not.toMatch(/url\((?!data:font\/woff2;base64,)/);
  // A handful of the site's 300 slices: those of the image's characters, at its weights.
  const faces = style.match(/@font-face/g)!.length;
  expect(faces).toBeLessThan(60);

  const png = await download(page, figure, 'PNG');
  const { differing, sameSize } = await comparePngToTofu(page, png, svg);
  expect(sameSize).toBe(true);
  // Every Hangul character drawn differs from its box by far more than anti-aliasing would.
  expect(differing).toBeGreaterThan(500);
  expect(seen.errors).toEqual([]);
});

test('a chart exports with fonts exactly when it has CJK text', async ({ page }) => {
  await page.goto('/?view=compare&country=RUS&measure=permits_held&from=2017&to=2018');
  await viewReady(page);
  const figure = page.locator('main figure[id]').first();
  const svg = (await download(page, figure, 'SVG')).toString('utf8');
  // Whatever the data names: an image without CJK text carries no font, one with it carries its own.
  const hasCjk = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/.test(svg);
  expect(/<style|@font-face/.test(svg)).toBe(hasCjk);
});
