// Korean embeds and exports (issue 14): the static figures built in Korean render without JavaScript,
// the embed page and the Embed dialog keep the language, and the PNG/SVG export and the downloads of a
// Korean page speak Korean where they have words for people, while names and figures stay the data's.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { watch } from './watch';

const HANGUL = /[\p{Script=Hangul}]/u;

/** The title, source line, marks and links of a static figure, as a reader without scripts sees it. */
async function expectKoreanFigure(page: Page, name: string, marks: string) {
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  const figure = page.locator(`main figure[data-embed-figure="${name}"]`);
  const heading = figure.getByRole('heading', { level: 1 });
  await expect(heading).toBeVisible();
  expect(await heading.textContent()).toMatch(HANGUL);
  await expect(figure.locator('.source-line')).toContainText(/출처\(간행물 \d+건\):/);
  await expect(figure.locator('[data-dataset-version]')).toContainText(
    '데이터: nk-workers-abroad, 버전',
  );
  await expect(figure.locator(`.drawing.wide ${marks}`).first()).toBeVisible();
  expect(await figure.locator(`.drawing.wide ${marks}`).count()).toBeGreaterThan(1);
  // The data has no language: the Korean page links to the one CSV; the full view stays Korean.
  await expect(figure.getByRole('link', { name: '데이터 내려받기 (CSV)' })).toHaveAttribute(
    'href',
    `/embeds/${name}.csv`,
  );
  for (const link of await figure.locator('a[data-full-view]').all())
    await expect(link).toHaveAttribute('href', /[?&]lang=ko$/);
  return figure;
}

test('a Korean embed preset renders without JavaScript: Korean title, marks, sources and links', async ({
  browser,
  request,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto('/embeds/ko/worldwide.html');
    const worldwide = await expectKoreanFigure(page, 'worldwide', 'g[data-id]');
    await expect(worldwide.getByRole('heading', { level: 1 })).toContainText(
      '해외 파견 북한 노동자',
    );
    expect(await page.title()).toMatch(/ · nk-workers-abroad$/);

    await page.goto('/embeds/ko/compare-RUS.html');
    const compare = await expectKoreanFigure(page, 'compare-RUS', 'g[data-group]');
    await expect(compare.getByRole('heading', { level: 1 })).toContainText('러시아');
    await expect(compare.locator('a[data-full-view]').first()).toHaveAttribute(
      'href',
      '/?view=compare&country=RUS&lang=ko',
    );
    // The table alternative opens without a script, its rows the same figures as the English page's.
    await compare.locator('details:has(table) > summary').click();
    const korean = await compare
      .locator('table tr[data-id]')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-id')));
    await page.goto('/embeds/compare-RUS.html');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const english = await page
      .locator('main figure table tr[data-id]')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-id')));
    expect(korean.length).toBeGreaterThan(0);
    expect(korean).toEqual(english);
  } finally {
    await context.close();
  }

  // The standalone SVG says its language, and its words are Korean; the publishers' names are theirs.
  const svg = await (await request.get('/embeds/ko/compare-RUS.svg')).text();
  expect(svg).toMatch(/^<\?xml[^>]*>\s*<svg lang="ko"/);
  expect(svg).toContain('데이터: nk-workers-abroad, 버전');
  expect(svg).toMatch(/<title>[^<]*러시아/);
  expect(await (await request.get('/embeds/compare-RUS.svg')).text()).toMatch(/<svg lang="en"/);
});

test('the embed page with lang=ko shows the Korean figure the URL names, and its note in Korean', async ({
  page,
}) => {
  const seen = watch(page);
  await page.goto('/embed.html?view=compare&country=RUS&lang=ko');
  const figure = page.locator('main figure[data-embed-figure="compare-RUS"]');
  await expect(figure.getByRole('heading', { level: 1 })).toContainText('러시아');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  expect(await page.title()).toMatch(HANGUL);
  for (const link of await figure.locator('a[data-full-view]').all())
    await expect(link).toHaveAttribute('href', '/?view=compare&country=RUS&lang=ko');
  await expect(page.locator('.embed-note')).toHaveCount(0);

  // The worldwide figure too: the page's own built-in figure is the English one.
  await page.goto('/embed.html?lang=ko');
  await expect(
    page.locator('main figure[data-embed-figure="worldwide"]').getByRole('heading', { level: 1 }),
  ).toContainText('해외 파견 북한 노동자');

  await page.goto('/embed.html?view=compare&country=RUS&from=2017&to=2018&lang=ko');
  const note = page.locator('.embed-note');
  await expect(note).toContainText('퍼간 차트에는 필터가 적용되지 않습니다');
  await expect(note.getByRole('link', { name: '필터가 적용된 전체 화면 열기 ↗' })).toHaveAttribute(
    'href',
    '/?view=compare&country=RUS&from=2017&to=2018&lang=ko',
  );
  // A country with no figures has no static figure: the note names it in Korean.
  await page.goto('/embed.html?view=compare&country=ISL&lang=ko');
  await expect(page.locator('.embed-note')).toContainText('아이슬란드의 정적 출처 비교가 없어');
  expect(seen.errors).toEqual([]);
});

test('on a Korean page the Embed dialog gives the Korean embed, its SVG and a Korean citation', async ({
  page,
  baseURL,
}) => {
  const origin = new URL(baseURL!).origin;
  await page.goto('/?view=compare&country=RUS&lang=ko');
  const figure = page.locator('figure#compare');
  await figure.getByRole('button', { name: '퍼가기', exact: true }).click({ timeout: 30_000 });
  const dialog = page.getByRole('dialog', { name: '이 차트 퍼가기' });
  await expect(dialog).toBeVisible();
  const code = await dialog.locator('textarea[data-embed-snippet]').inputValue();
  expect(code).toContain(`src="${origin}/embeds/ko/compare-RUS.html"`);
  expect(code).toMatch(/title="[^"]*러시아[^"]*"/);
  await expect(dialog.getByRole('link', { name: 'SVG 이미지로 받기' })).toHaveAttribute(
    'href',
    `${origin}/embeds/ko/compare-RUS.svg`,
  );
  await expect(dialog.getByRole('link', { name: '이 화면의 퍼가기 페이지' })).toHaveAttribute(
    'href',
    /^http.*\/embed\.html\?view=compare&country=RUS.*lang=ko/,
  );
  await expect(dialog.getByRole('heading', { name: '이 차트 인용하기' })).toBeVisible();
  await expect(dialog.getByRole('heading', { name: 'APA (제7판)' })).toBeVisible({
    timeout: 30_000,
  });
  // The dataset's own citation words follow the language; the contributors' name is a name.
  const apa = dialog.locator('.reference').first();
  await expect(apa).toContainText('nk-workers-abroad contributors');
  await expect(apa).toContainText('(버전 ');
  await expect(apa).toContainText('[데이터셋]');
});

test('a Korean page exports a chart image and data whose words are Korean', async ({ page }) => {
  await page.goto('/?view=compare&country=RUS&lang=ko');
  const figure = page.locator('figure#compare');
  await expect(figure.locator('li.row').first()).toBeVisible({ timeout: 30_000 });

  const [svgFile] = await Promise.all([
    page.waitForEvent('download'),
    figure.getByRole('button', { name: 'SVG 이미지로 내려받기' }).click(),
  ]);
  const svg = await readFile(await svgFile.path(), 'utf8');
  expect(svg).toMatch(/<svg[^>]* lang="ko"/);
  expect(svg.replace(/\s+/g, '')).toContain('출처:');
  expect(svg.replace(/\s+/g, '')).toContain('데이터:nk-workers-abroad,버전');

  const [pngFile] = await Promise.all([
    page.waitForEvent('download'),
    figure.getByRole('button', { name: 'PNG 이미지로 내려받기' }).click(),
  ]);
  expect(pngFile.suggestedFilename()).toMatch(/\.png$/);
  expect((await readFile(await pngFile.path())).length).toBeGreaterThan(10_000);

  const downloads = figure.getByRole('group', { name: '이 차트의 데이터 내려받기' });
  await expect(downloads).toContainText('데이터 내려받기:');
  const [jsonFile] = await Promise.all([
    page.waitForEvent('download'),
    downloads.getByRole('button', { name: 'JSON' }).click(),
  ]);
  const document = JSON.parse(await readFile(await jsonFile.path(), 'utf8')) as {
    language: string;
    fields: { name: string; description?: string }[];
    rows: Record<string, unknown>[];
  };
  expect(document.language).toBe('ko');
  // Column names are the data's schema; what they hold is said in Korean.
  expect(document.fields.map((field) => field.name)).toContain('source_id');
  expect(document.fields.find((field) => field.name === 'low')?.description).toBe(
    '범위의 하한(발표된 그대로).',
  );
  expect(document.rows.length).toBeGreaterThan(0);
});
