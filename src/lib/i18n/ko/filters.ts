// 한국어: the "filters" area. Terms as in src/lib/i18n/GLOSSARY.md.
import type en from '../en/filters';
import type { Translation } from '../types';

export default {
  filtersHeading: '필터',
  allEstimators: '모든 추정 주체',
  primaryOnlySummary: '1차 자료만',
  measureLabel: '지표',
  estimatorTypeLegend: '추정 주체 유형',
  sourcesLegend: '출처',
  primaryOnlyLabel: '1차 자료만 (추정 주체가 직접 낸 간행물)',
  yearsDescribedLegend: '기준 연도',
  yearFromLabel: '시작',
  yearToLabel: '끝',
  yearOutOfRange: (first: number, last: number) =>
    `${first}년에서 ${last}년 사이의 연도를 입력하십시오.`,
  yearSpanBackwards: '끝 연도가 시작 연도보다 이릅니다.',
  countriesLegend: '체류국',
  noneTickedHint: '(선택하지 않으면 전체)',
  resetFilters: '필터 초기화',
} satisfies Translation<typeof en>;
