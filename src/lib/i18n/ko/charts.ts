// 한국어: the "charts" area. Terms as in src/lib/i18n/GLOSSARY.md.
import { formatAmount, formatCount, formatPartialDate } from '../../format';
import type en from '../en/charts';
import type { Translation } from '../types';

export default {
  loadingFigures: '수치를 불러오는 중…',
  noFiguresMatch: '이 필터 조건에 맞는 수치가 없습니다.',
  previousFiltersMeanwhile: (starting: string) =>
    `${starting} 그동안 차트에는 이전 필터의 결과가 표시됩니다.`,

  estimatorTypeKey: '추정 주체 유형',
  legendRangeBar: '막대: 최저~최고 범위',
  legendLoneBound: '화살표: 한쪽 경계만 있는 수치(“초과”, “최대”)',
  legendPartialWhole: '속이 빈 표시·점선: 전체 중 일부만 해당(한 지역, 한 부문, 한 기업, 한 권역)',
  mapKeyLabel: '지도 범례',
  shadeReportedZero: '없음(0으로 보고)',
  shadeAtLeast: (from: number) => `${formatAmount(from)} 이상`,
  shadeBetween: (from: number, to: number) => `${formatAmount(from)}~${formatAmount(to)}`,
  mapPresenceKey: '노동자 파견 보고, 수치 없음',
  mapNoReportKey: '이 데이터셋에 보고 없음',

  axisTick: (value: number) => formatAmount(value),
  figureYearAxis: '기준 연도',
  noYearLane: '연도 없음',
  noNumberBand: '수치 없음',
  noNumberMark: '수치 없음',
  logScaleNote: ' (로그 척도)',
  rowSourceCount: (count: number) => `출처 ${formatCount(count)}건`,

  timeChartLabel: (valueLabel: string) => `차트: 연도별 ${valueLabel}`,
  countryChartLabel: (valueLabel: string) => `차트: 체류국별 ${valueLabel}`,
  worldMapLabel: '세계 지도',
  mapNoReport: (name: string) => `${name}: 이 데이터셋에 보고 없음`,
  mapPresence: (name: string, publisher: string) =>
    `${name}: 노동자 파견 보고, 수치 없음; ${publisher}. ${name} 보기`,
  mapFigure: (figure: string, name: string) => `${figure}. ${name} 보기`,

  eventsNotDrawn: (count: number, list: string) =>
    `표시된 연도 밖이라 그리지 않은 사건 ${formatCount(count)}건: ${list}.`,

  binWithoutNumber: '수치 없음',
  binFromTo: (low: number, high: number) => `${formatAmount(low)}~${formatAmount(high)}`,
  binMarkLabel: (count: number, extent: string) =>
    `수치 ${formatCount(count)}건, ${extent}: 열어서 목록 보기`,

  envelopeBetween: (low: number, high: number, counts: string) =>
    `음영 구간: 숫자로 제시된 수치는 모두 ${formatAmount(low)}~${formatAmount(high)} 사이 ${counts}`,
  envelopeNoNumber: (counts: string) => `숫자로 제시된 수치 없음 ${counts}`,
  envelopeCounts: (estimates: number, reports: number) =>
    `(보도 ${formatCount(reports)}건, 추정치 ${formatCount(estimates)}건)`,
  rowOnePublication: '간행물 1건',
  rowReReported: (publications: number) =>
    `추정치 1건을 간행물 ${formatCount(publications)}건이 재인용`,
  primarySource: '1차 자료',
  secondarySource: '2차 자료',
  estimateMarkLabel: (figure: string, period: string, estimator: string, publications: number) =>
    `${figure}, ${period}; ${estimator}, 간행물 ${formatCount(publications)}건에 실림`,
  aboutEstimate: '추정치 정보',
  cardOnePublication: '간행물 1건에 실린 추정치:',
  cardReReported: (publications: number) =>
    `추정치 1건을 간행물 ${formatCount(publications)}건이 재인용함 — 독립적인 확인이 아님:`,
  publishedOn: (date: string | null) => (date === null ? '날짜 없음' : formatPartialDate(date)),

  skipChart: '차트 건너뛰기',
  citeChart: '이 차트 인용하기',
  citeChartTitle: (title: string) => `이 차트 인용하기: ${title}`,
  openInSql: 'SQL 콘솔에서 열기',
} satisfies Translation<typeof en>;
