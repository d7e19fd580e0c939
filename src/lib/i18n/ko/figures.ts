// 한국어: the "figures" area. Terms as in src/lib/i18n/GLOSSARY.md.
import type { Measure } from '../../data/rows.generated';
import { formatCount } from '../../numbers';
import type en from '../en/figures';
import type { Translation } from '../types';

// The word a number of each measure is counted in: 2만 명, 1,500건, 3억 달러, 13개국.
const counters: Record<Measure, string> = {
  workers_present: '명',
  work_permits_issued: '건',
  arrivals_in_year: '명',
  departures_or_repatriations: '명',
  revenue_usd_per_year: '달러',
  presence_reported: '',
  planned_dispatch: '명',
  authorised_quota: '명',
  visas_issued: '건',
  permits_held: '건',
  nationals_present: '명',
  it_workers: '명',
  restaurants: '곳',
  host_countries: '개국',
  revenue_other: '달러',
  share_percent: '%',
  incidents: '명',
  other: '',
};

// After Arabic digits the counter is written close (1,500명, 30%), after 만/억 or a word apart (2만 명,
// 수백 명), as the Korean press writes them.
function counted(amount: string, measure: Measure): string {
  const counter = counters[measure];
  if (!counter) return amount;
  return /\d$/.test(amount) || counter === '%' ? `${amount}${counter}` : `${amount} ${counter}`;
}

export default {
  measureLabels: {
    workers_present: '체류 노동자',
    work_permits_issued: '노동허가 발급',
    arrivals_in_year: '입국',
    departures_or_repatriations: '출국·송환',
    revenue_usd_per_year: '연간 수입(미국 달러)',
    presence_reported: '체류 보고(수치 없음)',
    planned_dispatch: '파견 계획·예정',
    authorised_quota: '쿼터·허가 상한',
    visas_issued: '비자·통행증 발급',
    permits_held: '유효한 허가·비자',
    nationals_present: '체류 북한 국적자(모든 목적)',
    it_workers: 'IT 노동자',
    restaurants: '식당',
    host_countries: '체류국 수',
    revenue_other: '기타 금액(미국 달러)',
    share_percent: '백분율',
    incidents: '사건·사고 관련 인원',
    other: '기타',
  },
  measureDescriptions: {
    workers_present:
      '저량(stock): 특정 시점 또는 해당 연도에 그 나라나 지역에 있는 북한 노동자의 수.',
    work_permits_issued:
      '체류국 당국이 일정 기간 북한 국적자에게 발급한 노동허가: 문서의 유량(flow)이며 체류 인원이 아니다.',
    arrivals_in_year:
      '해당 기간(대개 1년) 북한 국적자의 입국 또는 도착. 여러 번 입국한 사람은 그때마다 집계되며, 일부 집계는 모든 목적의 입국을 포함한다.',
    departures_or_repatriations:
      '해당 기간에 체류국을 떠났거나 추방되었거나 본국으로 송환된 북한 노동자.',
    revenue_usd_per_year:
      '해외 노동자가 북한 당국을 위해 벌어들이거나 북한 당국에 보낸 돈, 연간 미국 달러 기준.',
    presence_reported: '출처가 그 나라에 북한 노동자가 있다고 밝히지만 수치는 제시하지 않는다.',
    planned_dispatch:
      '파견이 계획·발표·예상·전망되었거나 요청·선발된 노동자: 실제 체류 인원이 아니라 의도나 수요다.',
    authorised_quota:
      '정부가 정하거나 요청·승인한 북한 국적자 취업 허가의 상한: 인원수가 아니라 한도다.',
    visas_issued:
      '일정 기간 북한 국적자에게 발급·부여된 비자, 통행증 또는 체류 허가: 문서의 유량이며 모두 취업용은 아니다.',
    permits_held:
      '한 시점에 유효한 노동허가, 통행증, 비자 또는 고용 등록: 문서의 저량으로, 실제 체류 인원보다 많을 수 있다.',
    nationals_present: '목적과 관계없이 체류하거나 거주하는 북한 국적자, 또는 노동자가 아닌 집단.',
    it_workers: '따로 집계된 북한 IT 노동자. 일부 집계는 북한 안에 있는 노동자를 포함한다.',
    restaurants: '영업 중이거나 문을 닫은 북한 식당의 수.',
    host_countries: '북한 노동자가 있다고 알려진 나라의 수.',
    revenue_other:
      '연간 총액이 아닌 미국 달러 금액: 누적 수입, 월별 또는 집단별 수입, 임금, 계약 금액, 한 기관의 수입.',
    share_percent: '사람 수가 아니라 비율 또는 증감률(퍼센트).',
    incidents:
      '한 사건에 관련된 인원: 시위, 파업, 구금, 노동자 실종, 단속이나 점검에서 적발된 불법 취업.',
    other:
      '그 밖의 모든 수치. 무엇을 세는지는 measure_detail 열에 적혀 있다. 이 범주의 수치는 서로 비교할 수 없다.',
  },
  estimatorTypeLabels: {
    government: '정부',
    intergovernmental: '국제기구',
    ngo_research: 'NGO·연구기관',
    academic: '학계',
    media: '언론',
  },

  regionLabels: {
    Africa: '아프리카',
    'Eastern Europe': '동유럽',
    'European Union': '유럽연합',
    'Gulf states': '걸프 국가',
    'Middle East': '중동',
    'South-East Asia': '동남아시아',
    'Named countries': '명시된 국가',
    'Named companies': '명시된 기업',
  },

  figureAmount: (low, high, measure) => counted(high === null ? low : `${low}~${high}`, measure),
  qualifiedFigures: {
    about: (amount) => `약 ${amount}`,
    exactly: (amount) => amount,
    range: (amount) => amount,
    'more than': (amount) => `${amount} 초과`,
    'at least': (amount) => `${amount} 이상`,
    'up to': (amount) => `최대 ${amount}`,
    hundreds: (amount) => `수백(${amount})`,
    thousands: (amount) => `수천(${amount})`,
    'tens of thousands': (amount) => `수만(${amount})`,
    'hundreds of millions': (amount) => `수억(${amount})`,
  },
  qualifiersAlone: {
    about: () => '약(수치 없음)',
    exactly: () => '수치 없음',
    range: () => '범위(수치 없음)',
    'more than': () => '초과(수치 없음)',
    'at least': () => '이상(수치 없음)',
    'up to': () => '최대(수치 없음)',
    hundreds: (measure) => counted('수백', measure),
    thousands: (measure) => counted('수천', measure),
    'tens of thousands': (measure) => counted('수만', measure),
    'hundreds of millions': (measure) => counted('수억', measure),
  },
  figureNotGiven: '수치 없이 보고됨',
  figureWithExact: (figure, exact) => `${figure} (${exact})`,
  figureSentence: (figure, country, period, estimator, publisher) =>
    `${figure}, ${country}, ${period}; 추정 주체 ${estimator}, 발행처 ${publisher}`,

  yearOne: (year) => `${year}년`,
  yearSpan: (from, to) =>
    from === null ? `~${to}년` : to === null ? `${from}년~` : `${from}~${to}년`,
  allYears: '전체 연도',
  yearNotStated: '연도 명시되지 않음',
  dateUnknown: '날짜 미상',

  readerCountryNames: {
    COD: '콩고민주공화국',
    COG: '콩고공화국',
    MMR: '미얀마',
    HKG: '홍콩',
    MAC: '마카오',
    PSE: '팔레스타인',
    BIH: '보스니아 헤르체고비나',
  },
  worldwideName: '전 세계',

  worldwideTitleWorkers: '전 세계 해외 파견 북한 노동자: 공개된 모든 추정치, 기준 연도별',
  worldwideTitle: (measure) => `전 세계: 공개된 모든 수치(지표: ${measure}), 기준 연도별`,
  worldwideDescription:
    '간행물이 제시한 해외 파견 북한 노동자의 전 세계 수치를 각각 기준 연도에 표시합니다. 출처마다 수치가 크게 다르며, 어떤 수치도 평균으로 지우지 않았습니다. 번호가 붙은 선은 사건입니다.',
  worldwideTableCaption: '해외 파견 북한 노동자 전 세계 수치',
  worldwideTableSummary: (count) =>
    count === null ? '표: 전 세계 수치와 출처' : `표: 전 세계 수치 ${formatCount(count)}건과 출처`,
  byCountryTitleWorkers: '체류국별 북한 노동자: 공개된 모든 수치',
  byCountryTitle: (measure) => `체류국별: 공개된 모든 수치(지표: ${measure})`,
  byCountryDescription:
    '연도와 관계없이 각 나라에 체류하는 북한 노동자에 관한 모든 수치를 나라마다 한 줄에 모아, 그 나라의 가장 높은 수치 순으로 정렬했습니다. 막대는 범위, 기호는 단일 수치입니다.',
  byCountryTableCaption: '체류국별 북한 노동자 수치',
  byCountryTableSummary: (count) =>
    count === null ? '표: 국가별 수치와 출처' : `표: 국가별 수치 ${formatCount(count)}건과 출처`,
  countryTitle: (country, measure, axis) =>
    `${country}: 공개된 모든 수치(지표: ${measure}), ${axis === 'published' ? '발표 연도별' : '기준 연도별'}`,
  countryDescription: (definition, country) =>
    `${definition} 간행물이 ${country}에 관해 제시한 모든 수치를 발표된 그대로 보여 줍니다. 범위는 막대, 단일 수치는 기호입니다. 수치를 발표 연도에 놓으면 추정치가 어떻게 달라져 왔는지 볼 수 있습니다.`,
  countryTableCaption: (country) => `${country} 수치`,
  countryTableSummary: (count) =>
    count === null ? '표: 수치와 출처' : `표: 수치 ${formatCount(count)}건과 출처`,
  compareTitle: (country, years, measure) =>
    `${country}, ${years}: 모든 수치 나란히 보기(지표: ${measure})`,
  compareDescription: (country, years) =>
    `${country}의 ${years} 추정치를 값 순으로 정렬해, 가장 낮은 수치부터 가장 높은 수치까지의 폭 위에 나타냈습니다. 여러 간행물이 되풀이한 추정치는 한 줄입니다. 재인용은 독립적인 확인이 아닙니다.`,
  compareTableCaption: (country, years) => `${country}, ${years} 수치 비교`,
  compareTableSummary: (count) =>
    count === null ? '표: 보도와 출처' : `표: 보도 ${formatCount(count)}건과 출처`,
  mapTitle: (measure) => `북한 노동자가 보고된 곳: 나라별 가장 최근 수치(지표: ${measure})`,
  mapDescription: (measure) =>
    `각 나라를 가장 최근 수치(지표: ${measure})에 따라 색으로 나타냈습니다(범위는 가운데 값, 아니면 단일 수치이며, 범위는 카드에 나옵니다). 빗금 친 나라는 북한 노동자가 있다고 언급되었으나 수치가 없는 곳입니다. 회색은 이 데이터셋에 보고가 없다는 뜻이지, 노동자가 없다는 뜻이 아닙니다. 나라를 고르면 그 나라의 화면이 열립니다.`,
  mapTableCaption: '나라별 가장 최근 수치',
  mapTableSummary: (count) =>
    count === null ? '표: 지도의 나라와 출처' : `표: 지도의 나라 ${formatCount(count)}곳과 출처`,

  summaryNoFigure: '이 필터 조건에 맞는 수치가 없습니다.',
  summaryFigures: (figures, sources) =>
    `간행물 ${formatCount(sources)}건의 수치 ${formatCount(figures)}건`,
  summaryAllOf: (amount) => `, 모두 ${amount}`,
  summaryRange: (lowest, highest) => `, ${lowest}에서 ${highest}까지`,
  summaryWithoutYear: (count) => `연도 없음 ${formatCount(count)}건(오른쪽 칸)`,
  summaryWithoutNumber: (count) => `수치 없음 ${formatCount(count)}건(‘수치 없음’ 띠)`,
  summaryPartOnly: (count) => `일부 지역만 해당 ${formatCount(count)}건(속이 빈 기호)`,
  summaryNoCountry: '이 필터 조건에 맞는 나라가 없습니다.',
  summaryCountries: (countries, parts) => `나라 ${formatCount(countries)}곳: ${parts}.`,
  summaryShaded: (countries, figures) =>
    `${formatCount(countries)}곳은 수치가 있는 ${formatCount(figures)}건 중 가장 최근 수치로 색칠(모든 수치는 국가별 화면에 있음)`,
  summaryNamedOnly: (countries) => `${formatCount(countries)}곳은 수치 없이 체류국으로 언급됨`,

  figureCardLabel: '이 수치에 관하여',
  citeFigureTitle: (figure, country, period) =>
    `이 수치 인용하기: ${figure}, ${country}, ${period}`,
  citeFigureButton: '이 수치 인용하기',
  computedFigureNote: 'SQL 쿼리가 계산한 값: 공개된 출처 없음.',
  primaryFigureKind: '1차 자료: 추정 주체의 간행물',
  secondaryFigureKind: '2차 자료: 다른 곳의 수치를 재인용',
  publishedOnDate: (date) => `${date} 발표`,
  compareFigureLink: (country, period) => `${country}, ${period}의 모든 수치 비교 →`,
  binCardLabel: '이 수치들에 관하여',
  figureCount: (count) => `수치 ${formatCount(count)}건`,
  binWhere: (country, extent) => `${country} · ${extent} · 한 줄에 하나씩 그리기에는 너무 많음`,
  binCountryLink: (country) => `${country}의 모든 수치: 연도별 차트와 표 →`,

  columnCountry: '국가',
  columnArea: '지역',
  columnMeasure: '지표',
  columnPeriod: '기준 연도',
  columnFigure: '수치',
  columnEstimator: '추정 주체',
  columnSource: '출처',
  columnPublished: '발표일',
  wholeWorld: '세계 전체',
  wholeCountry: '국가 전체',
  secondaryMark: ' (2차 자료)',

  sourceLineLabel: (publications) => `출처(간행물 ${formatCount(publications)}건):`,
  sourceLineMore: (count) => `외 ${formatCount(count)}곳`,
  primarySource: '1차 자료',
  secondarySource: '2차 자료',
  descriptiveTitle: '설명:',
} satisfies Translation<typeof en>;
