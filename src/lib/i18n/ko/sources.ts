// 한국어: the "sources" area. Terms as in src/lib/i18n/GLOSSARY.md.
import type en from '../en/sources';
import { formatCount } from '../../numbers';
import type { Translation } from '../types';

export default {
  sourcesHeading: '출처: 데이터셋의 모든 간행물',
  sourcesDescription:
    '수치를 확인한 간행물을 최신순으로, 각 간행물에서 가져온 수치와 함께 나열합니다. “1차 자료”는 간행물이 추정 주체 자신의 문서라는 뜻이고, “2차 자료”는 다른 주체의 수치를 전하는 간행물이라는 뜻입니다. 기울임꼴 제목은 원래 제목을 확인할 수 없는 페이지에 붙인 설명입니다.',
  searchSourcesLabel: '제목, 발행처, 추정 주체, 체류국, 연도로 검색(단어마다 결과를 좁힘)',
  searchSourcesExample: '예: Daily NK, 러시아, 2017',
  noPublicationMatches: (search: string) => `“${search}”에 해당하는 간행물이 없습니다.`,
  publicationCount: (count: number, search: string) =>
    search
      ? `“${search}”에 해당하는 간행물 ${formatCount(count)}건`
      : `간행물 ${formatCount(count)}건`,
  noFiguresTaken: '수치 없음',
  primaryPublication: '1차 자료',
  secondaryPublication: '2차 자료',
  measureInLine: (label: string) => label,
  eventsReported: '다룬 사건:',
  showAllPublications: (count: number) => `간행물 ${formatCount(count)}건 모두 보기`,
} satisfies Translation<typeof en>;
