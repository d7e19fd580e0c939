// 한국어: the "country" area. Terms as in src/lib/i18n/GLOSSARY.md.
import { formatCount } from '../../format';
import type en from '../en/country';
import type { Translation } from '../types';

export default {
  countryPickerLabel: '국가',
  allCountriesButton: '전체 국가 보기',
  countryListLabel: '국가 목록',
  noCountryMatches: (query: string) => `“${query}”에 해당하는 국가가 없습니다`,
  countryFigureCount: (count: number) => `수치 ${formatCount(count)}건`,
  countriesMatching: (count: number) => `${formatCount(count)}개국`,
  placeFigureLegend: '수치를 놓을 연도',
  yearDescribedChoice: '기준 연도',
  yearPublishedChoice: '발표 연도',
  yearDescribedAxis: '수치의 기준 연도',
  yearPublishedAxis: '출처의 발표 연도',
  undescribedYear: '연도 없음',
  undatedPublication: '날짜 미상',
  countryPublicationsHeading: (name: string, count: number) =>
    `${name} 수치가 실린 간행물 (${formatCount(count)}건)`,
} satisfies Translation<typeof en>;
