// The About view rendered (svelte/server) in each language: every sentence split around a link, a code
// name or an emphasised word reads whole; the codebook's words follow the language; no English prose is
// left on the Korean page; the heading levels stay in order.
import { render } from 'svelte/server';
import { afterAll, describe, expect, it } from 'vitest';
import { datasetVersion } from 'virtual:dataset-version';
import { atLocation } from '../../src/build/renderFirstView';
import { estimatorTypes, measures } from '../../src/lib/codebook';
import en from '../../src/lib/i18n/en/about';
import ko from '../../src/lib/i18n/ko/about';
import { setLocale } from '../../src/lib/i18n/runtime.svelte';
import type { Locale } from '../../src/lib/i18n/locale';
import { Dataset } from '../../src/lib/state/dataset.svelte';
import About from '../../src/views/About.svelte';
import ViewHarness from './ViewHarness.svelte';

async function renderAbout(locale: Locale) {
  await setLocale(locale);
  const never = () => new Promise<never>(() => undefined);
  const dataset = new Dataset({ open: never, snapshot: never });
  const html = atLocation(
    '/?view=about',
    () => render(ViewHarness, { props: { view: About, dataset } }).body,
  );
  const text = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]*>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
  const headings = [...html.matchAll(/<h(\d)[^>]*>([\s\S]*?)<\/h\1>/g)].map(
    ([, level, inner]) => `${level} ${inner!.replace(/<[^>]*>/g, '')}`,
  );
  const codebook = (tag: 'dt' | 'dd') =>
    [...html.matchAll(new RegExp(`<${tag}[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map(([, inner]) =>
      inner!.replace(/<!--[\s\S]*?-->/g, ''),
    );
  return { html, text, headings, codebook };
}

afterAll(() => setLocale('en'));

describe('the About view', () => {
  it('reads in English as it did before its words became messages', async () => {
    const { text, headings } = await renderAbout('en');
    expect(headings).toEqual([
      '2 About the data',
      '3 What counts as a figure',
      '3 Measures',
      '3 Primary and secondary figures',
      '3 How figures are chosen',
      '3 Corrections and versions',
      '3 How to cite',
      '3 Licences',
      '3 Contributing',
      '3 Data version',
    ]);
    for (const sentence of [
      'A figure is primary when the publication is the estimator’s own document: a government report, a United Nations panel’s report, a researcher’s paper. It is secondary when the publication reports a figure someone else produced, as a news article does when it cites an intelligence agency.',
      'are listed with the reason in data/EXCLUDED.md.',
      'The data are CSV files in the repository’s data/ folder. A correction is a pull request that edits them: npm run data:check checks every row against the schema, a corrected row keeps its id, and each new version of the data gets an entry in data/CHANGELOG.md saying what changed and why.',
      'The dataset: Cite the dataset gives a reference with its version in several formats.',
      'The code is under the MIT licence (the LICENSE file in the repository).',
      'The data (tables, codebook and notes) are under Creative Commons Attribution 4.0 (data/LICENSE). The figures themselves belong to the publications cited, which should be credited too.',
      'Missing a figure, or found a mistake? data/README.md in the repository explains each step',
      `This site shows data version ${datasetVersion.label}: the date of the data’s last change and a short fingerprint of its files. Every citation, download and image carries it. Download this version (ZIP).`,
      'as one of these kinds of estimator: Government; Intergovernmental; NGO or research institute; Academic; Media.',
    ]) {
      expect(text).toContain(sentence);
    }
  });

  it('reads in Korean: its own headings and sentences, the codebook in Korean, no English prose', async () => {
    const { html, text, headings, codebook } = await renderAbout('ko');
    expect(headings.map((heading) => heading.slice(0, 1))).toEqual(['2', ...Array(9).fill('3')]);
    expect(headings[0]).toBe(`2 ${ko.aboutHeading}`);
    expect(headings).toContain(`3 ${ko.primaryHeading}`);

    // The codebook's measures and estimator types in the interface's language (helper: codebook.ts).
    expect(codebook('dt')).toEqual(measures.values.map(measures.label));
    expect(codebook('dd')).toEqual(measures.values.map(measures.description));
    expect(codebook('dt').some((label) => /[가-힣]/.test(label))).toBe(true);
    expect(text).toContain(ko.estimatorKinds(estimatorTypes.values.map(estimatorTypes.label)));

    for (const sentence of [
      '연구자의 논문이라면 그 수치를 1차 자료로 분류합니다.',
      '간행물이 다른 주체가 산출한 수치를 전하는 경우에는 2차 자료로 분류합니다.',
      '그 사유와 함께 data/EXCLUDED.md에 정리해 두었습니다.',
      '데이터는 저장소의 data/ 폴더에 있는 CSV 파일입니다.',
      'npm run data:check 명령이 모든 행을 스키마에 비추어 검사하고',
      '새 버전마다 data/CHANGELOG.md에 무엇을 왜 바꾸었는지 기록합니다.',
      '코드는 MIT 라이선스를 따릅니다(저장소의 LICENSE 파일).',
      '데이터(표, 코드북, 비고)의 라이선스는 Creative Commons Attribution 4.0 (data/LICENSE)입니다.',
      'data/README.md 문서를 참고하십시오. 이 문서는 저장소에 있으며',
      `이 사이트가 보여 주는 데이터 버전은 ${datasetVersion.label}입니다.`,
    ]) {
      expect(text).toContain(sentence);
    }
    // No English sentence of the catalogue is left (the licence's own name stays, marked English).
    for (const [key, message] of Object.entries(en)) {
      if (typeof message === 'string' && message.trim().length > 3) {
        expect(text, key).not.toContain(message.trim());
      }
    }
    expect(html).toMatch(/<a href="https:\/\/creativecommons\.org[^"]*" rel="license" lang="en"/);
  });
});
