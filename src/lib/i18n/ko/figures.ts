// 한국어: the "figures" area. Terms as in src/lib/i18n/GLOSSARY.md.
import type { Measure } from '../../data/rows.generated';
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
} satisfies Translation<typeof en>;
