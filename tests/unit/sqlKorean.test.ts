// The SQL console in Korean: its counts, durations, chart explanations, refusals and link notices in
// the ko catalogue's words, and a refusal made in one language said again in the other after a switch.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { setLocale } from '../../src/lib/i18n/runtime.svelte';
import { durationText, rowCountText } from '../../src/lib/sql/answerCells';
import { consoleError } from '../../src/lib/sql/consoleError';
import { linkNoticeText } from '../../src/lib/sql/linkNotice';
import { chooseChart, describeChoice } from '../../src/lib/sql/quickChart';
import { completionSchema } from '../../src/lib/sql/sqlEditor';
import ResultTable from '../../src/lib/sql/ResultTable.svelte';
import type { ConsoleColumn } from '../../src/lib/sql/types';

const fileError = new Error(
  '{"exception_type":"Permission","exception_message":"Cannot access file \\"x.csv\\" - file system operations are disabled by configuration"}',
);

describe('the SQL console in Korean', () => {
  beforeAll(() => setLocale('ko'));
  afterAll(() => setLocale('en'));

  it.each([
    [10_000, 1_234_567, '전체 1,234,567행 중 10,000행 표시'],
    [12, 12, '12행'],
    [0, 0, '행 없음'],
    [500, null, '500행 표시(쿼리가 끝나기 전에 멈췄습니다)'],
  ])('counts %d of %s rows', (shown, total, expected) => {
    expect(rowCountText(shown, total)).toBe(expected);
  });

  it('gives durations in 밀리초 and 초 forms', () => {
    expect(durationText(52.4)).toBe('52ms');
    expect(durationText(1400)).toBe('1.4초');
  });

  it('says which columns the chart drew, and why none', () => {
    const int = (name: string): ConsoleColumn => ({ name, type: 'INTEGER', kind: 'int32' });
    const choice = chooseChart([int('year'), int('low'), int('high')]);
    if (choice.kind === 'none') throw new Error(choice.reason);
    expect(describeChoice(choice)).toBe('year(가로축), low–high(범위) 열로 그렸습니다.');
    expect(chooseChart([int('n')])).toEqual({
      kind: 'none',
      reason: '결과에 연도 열도 country 열도 없습니다.',
    });
  });

  it('says a refusal in the language shown, whichever it was made in', async () => {
    const refusal = consoleError(fileError, 'SELECT 1');
    expect(refusal.message).toBe(
      '콘솔은 이 페이지에 불러온 테이블만 읽습니다. 파일이나 주소를 열 수 없습니다: "x.csv".',
    );
    await setLocale('en');
    const made = consoleError(fileError, 'SELECT 1');
    await setLocale('ko');
    if (!('describe' in made)) throw new Error('not a refusal');
    expect(made.describe()).toMatch(/^콘솔은/);
  });

  it('says link notices and completion details in Korean', () => {
    expect(linkNoticeText({ kind: 'linkTooLong', bytes: 65_536 })).toBe(
      '링크에 이 쿼리를 담을 수 없습니다. 64 KB보다 깁니다.',
    );
    const schema = completionSchema([
      { name: 'estimates', description: 'One row per figure.', rows: 640, columns: [] },
    ]) as Record<string, { self: { detail: string; info: unknown } }>;
    expect(schema.estimates!.self.detail).toBe('640행');
    // The English description is marked lang="en" on a Korean page: a node, not plain text.
    expect(typeof schema.estimates!.self.info).toBe('function');
  });

  it('heads the source column and says a missing source in Korean', () => {
    const html = render(ResultTable, {
      props: {
        answer: {
          columns: [{ name: 'id', type: 'VARCHAR', kind: 'string' }],
          rows: [{ id: 'a' }, { id: null }],
        },
        citations: [
          { figure: null, source: null },
          { figure: null, source: null },
        ],
        caption: '쿼리 결과',
      },
    }).body;
    expect(html).toContain('출처<span');
    expect(html).toContain('행이 인용한 출처');
    expect(html).toContain('출처 없음');
    expect(html).toContain('aria-label="NULL(값 없음)"');
  });
});
