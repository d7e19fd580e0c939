// 한국어: the "share" area. Terms as in src/lib/i18n/GLOSSARY.md.
import { formatCount } from '../../format';
import type en from '../en/share';
import type { Translation } from '../types';

export default {
  downloadGroupLabel: '이 차트의 데이터 내려받기',
  downloadTheData: '데이터 내려받기:',
  preparingDownload: (format: string) => `${format} 파일을 준비하는 중…`,
  downloadFailed: (format: string, reason: string) =>
    `${format} 내려받기에 실패했습니다: ${reason}`,
  exportColumnDescriptions: {
    id: '근거 행의 ID. 모든 수치를 출처까지 추적할 수 있게 한다.',
    source_id: '수치를 읽은 간행물(sources.id).',
    country: '체류국의 ISO 3166-1 alpha-3 코드. 전 세계 수치는 WLD.',
    area_note:
      '수치가 국가보다 넓거나 좁은 범위를 다룰 때 그 범위(한 성(省), 한 도시, 여러 국가 등).',
    region:
      '세계 전체가 아닌 일부를 다루는 전 세계(WLD) 행의 권역. area_note가 몇몇 국가나 기업을 명시하면 Named countries / Named companies. 전 세계 합계와 국가별 수치에서는 비어 있음.',
    measure: '수치가 세는 대상: 코드북의 지표.',
    measure_detail:
      '지표가 넓은 범주일 때 수치가 정확히 무엇을 세는지. 근거 자료가 other(...)로 기록한 수치는 근거 자료 자체의 설명.',
    low: '범위의 하한(발표된 그대로).',
    high: '범위의 상한(발표된 그대로).',
    point: '단일 수치(발표된 그대로).',
    qualifier: '출처가 수치에 붙인 한정어(초과, 이상, 약, 최대, 미만 등).',
    ref_period:
      '수치가 가리키는 연도 또는 기간(근거 자료에 적힌 그대로이며 ‘before 2017’처럼 모호할 수 있음).',
    ref_year_start: '수치가 가리키는 첫 연도. 출처가 밝히지 않으면 비어 있음.',
    ref_year_end: '수치가 가리키는 마지막 연도(한 해이면 첫 연도와 같음).',
    estimator: '수치를 낸 추정 주체.',
    estimator_type: '추정 주체의 유형.',
    primary:
      '간행물이 추정 주체 자신의 문서(1차 자료)이면 yes, 다른 곳의 수치를 전하는 문서(2차 자료)이면 no.',
    note: '이 데이터셋이 직접 쓴 유의 사항: 수치가 세는 대상, 상충하는 내용, 추정한 날짜 등.',
    title: '페이지의 제목. title_is_descriptive가 yes이면 페이지에 대한 이 데이터셋의 설명.',
    title_is_descriptive:
      '제목이 페이지 자체의 제목이 아니라 이 데이터셋의 설명이면 yes: 인용 제목이 아니라 설명으로 표시한다.',
    publisher: '페이지의 발행처(다른 매체의 글을 전재한 경우 그 매체도 함께).',
    url: '읽은 페이지의 주소(http 또는 https).',
    published:
      '출처가 밝힌 정밀도의 발표일: YYYY, YYYY-MM 또는 YYYY-MM-DD. 날짜가 없는 페이지는 비어 있음.',
    year: '차트가 연도 축에서 수치를 놓는 위치: 수치가 가리키는 연도의 중간, 발표 연도 축에서는 발표일.',
    n_sources: '해당 국가에 그려진 수치들이 나온 간행물의 수.',
    n_figures: '차트가 해당 국가에 그리는 수치의 수.',
    country_max:
      '해당 국가의 가장 큰 수치(상한, 단일 수치 또는 하한). 차트는 이 값으로 국가를 정렬한다.',
    status:
      '지도가 해당 국가를 가장 최근 수치로 칠하면 figure, 수치 없이 노동자 파견 보고만 있으면 presence.',
    value:
      '지도가 해당 국가를 칠하는 값: 범위의 중간값, 없으면 단일 수치나 한쪽 경계. presence이면 비어 있음.',
  },

  imageGroupLabel: '차트를 이미지로 내려받기',
  imageLabel: '이미지',
  downloadImageAs: (format: string) => `${format} 이미지로 내려받기`,
  makingImage: (format: string) => `${format} 파일을 만드는 중…`,
  imageFailed: (format: string, reason: string) => `${format} 파일을 만들 수 없습니다: ${reason}`,
  chartNotDrawnYet: '차트가 아직 그려지지 않았습니다.',
  imageSourceLead: { one: '출처:', other: '출처:' },
  imageDataLine: (version: string, link: string) =>
    `데이터: nk-workers-abroad, 버전 ${version} · ${link}`,

  embedButton: '퍼가기',
  embedDialogTitle: '이 차트 퍼가기',
  noStaticFigure: '이 빌드에는 퍼갈 정적 차트가 없습니다.',
  embedLedeBefore: '이 코드를 페이지에 붙여 넣으면 ',
  embedLedeAfter:
    ' 차트가 정적 차트로 실립니다. 쿼리 엔진이 필요 없고 JavaScript 없이도 읽히며, 출처와 데이터 버전, 전체 화면으로 돌아가는 링크가 함께 실립니다. 스크립트가 틀의 높이를 차트에 맞춥니다.',
  embedShowsOther: (title: string) =>
    `퍼간 차트는 위에 이름이 나온 차트이며, 이 화면(“${title}”)이 아니라 그 차트의 전체 화면으로 연결됩니다.`,
  codeToPaste: '붙여 넣을 코드',
  copyButton: '복사',
  copiedStatus: '복사했습니다',
  copyCodeFailed: '복사할 수 없습니다: 코드를 선택해 직접 복사하세요',
  staticFigureHeading: '정적 차트',
  asPageLink: '페이지로 보기',
  asSvgLink: 'SVG 이미지로 받기',
  inLightTheme: ' (밝은 테마)',
  embedPageLink: '이 화면의 퍼가기 페이지',
  embedPageExplained: ': 어떤 링크에도 가장 가까운 정적 차트를 보여 줍니다',
  citeThisChartHeading: '이 차트 인용하기',

  embedFiltersNotApplied:
    '퍼간 차트에는 필터가 적용되지 않습니다. 가장 가까운 정적 차트를 보여 줍니다.',
  embedNoCountryFigure: (country: { code: string; name: string }) =>
    `${country.name}의 연도별 정적 차트가 없어 전 세계 차트를 보여 줍니다.`,
  embedDescribedYearOnly:
    '퍼간 차트는 수치를 기준 연도에 놓습니다. 가장 가까운 정적 차트를 보여 줍니다.',
  embedNoComparison: (country: { code: string; name: string }) =>
    `${country.name}의 정적 출처 비교가 없어 전 세계 차트를 보여 줍니다.`,
  embedNoViewFigure: (view: string) =>
    `${{ map: '지도', sources: '출처' }[view] ?? view} 화면에는 정적 차트가 없어 전 세계 차트를 보여 줍니다.`,
  embedFigureNotLoaded: '요청한 차트를 불러올 수 없어 전 세계 차트를 보여 줍니다.',
  embedOpenFullViewFiltered: '필터가 적용된 전체 화면 열기 ↗',

  compactCountriesDrawn: (count: number) =>
    `여기에는 수치가 가장 큰 ${formatCount(count)}개국만 그렸습니다.`,
  compactCountriesLeft: (countries: number, figures: number) =>
    `나머지 ${formatCount(countries)}개국(수치 ${formatCount(figures)}건)`,
  compactEstimatesDrawn: (shown: number, all: number) =>
    `여기에는 추정치 ${formatCount(all)}건 가운데 ${formatCount(shown)}건을 낮은 값부터 높은 값 순으로 그렸습니다.`,
  compactEstimatesLeft: (count: number) => `나머지 추정치 ${formatCount(count)}건`,
  seeFullChart: '전체 차트 보기 ↗',
  everyFigureInTable: '. 모든 수치는 아래 표에 있습니다.',
  staticSourcesLead: (count: number) => `출처(간행물 ${formatCount(count)}건):`,
  morePublishers: (count: number) => `외 발행처 ${formatCount(count)}곳`,
  staticVersionLine: (version: string) => `데이터: nk-workers-abroad, 버전 ${version}`,
  openFullView: '전체 화면 열기 ↗',
  getTheData: '데이터 내려받기 (CSV)',
  staticPageTitle: (title: string) => `${title} · nk-workers-abroad`,

  citeTheDataset: '데이터셋 인용하기',
  loadingCitationFormats: '인용 형식을 불러오는 중…',
  downloadCitationFile: (extension: string) => `.${extension} 파일 내려받기`,
  copyTextFailed: '복사할 수 없습니다: 텍스트를 선택해 직접 복사하세요',
  citationFailed: (format: string, reason: string) =>
    `${format} 형식으로 쓸 수 없습니다: ${reason}`,
  citationFormatsNotLoaded: (reason: string) => `인용 형식을 불러올 수 없습니다(${reason}).`,
  tryAgainButton: '다시 시도',
  citationFormatNames: {
    apa: 'APA (제7판)',
    chicago: '시카고 (저자-연도)',
    bibtex: 'BibTeX',
    ris: 'RIS',
    'csl-json': 'CSL-JSON',
  },
  figureFoundIn: (id: string, amount: string, version: string, view: string | null) =>
    `nk-workers-abroad 데이터셋 버전 ${version} 수록 수치 ${id}${amount ? `, ${amount}` : ''}` +
    (view ? `. 화면: ${view}` : ''),
  citationVersion: (version: string) => `버전 ${version}`,
  citationDatasetKind: '데이터셋',
} satisfies Translation<typeof en>;
