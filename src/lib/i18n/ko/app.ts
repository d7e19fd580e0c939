// 한국어: the "app" area. Terms as in src/lib/i18n/GLOSSARY.md.
import { formatCount } from '../../format';
import type en from '../en/app';
import type { Translation } from '../types';

export default {
  siteKicker: 'nk-workers-abroad',
  pageHeading: '해외 파견 북한 노동자: 공개된 모든 추정치와 그 출처',
  ledeToggle: '이 사이트는 무엇인가요?',
  ledeText:
    '“2만~8만 명” 같은 수치가 출처 없이 떠돌고 있습니다. 이 사이트는 공개된 추정치 하나하나를 그 출처와 함께, 그와 어긋나는 수치 곁에 보여 줍니다. 표시에 마우스를 올리거나 누르거나 초점을 옮기면 추정 주체와 발행처, 확인할 곳을 볼 수 있습니다.',
  viewsNavLabel: '화면',
  viewLabels: {
    overview: '개요',
    country: '국가별',
    compare: '출처 비교',
    map: '지도',
    sources: '출처',
    sql: 'SQL',
    about: '소개',
  },
  languageSwitchLabel: '언어',
  skipToContent: '본문으로 건너뛰기',
  viewLoading: '화면을 불러오는 중…',
  viewLoadFailed: (reason: string) => `화면을 불러오지 못했습니다: ${reason}`,
  closeDialog: '닫기',

  footerDataLead:
    '데이터: 모든 수치는 인용한 간행물에서 직접 읽은 것입니다. 표와 코드북, 검증 도구는 저장소의',
  footerDataTail: '폴더에 있습니다. 수치는 발표된 그대로 보여 주며 평균을 내지 않습니다.',
  dataVersionLine: (label: string) => `데이터 버전 ${label}`,
  downloadFullDataset: (kilobytes: number) =>
    `전체 데이터 내려받기(ZIP, ${formatCount(kilobytes)} KB)`,
  noScriptNote:
    '이 대시보드는 자바스크립트로 차트를 그립니다. 데이터와 출처는 저장소의 data/ 폴더에 CSV 파일로 있습니다.',

  urlNoticesLabel: '무시한 링크 매개변수',
  urlNoticesIntro: '이 링크의 일부를 무시했습니다. 화면은 나머지 매개변수대로 표시합니다:',
  dismissNotices: '닫기',
  queryTooLong: (length: number) =>
    `매개변수를 모두 무시했습니다: 쿼리 문자열이 너무 깁니다(${formatCount(length)}자).`,
  ignoredValue: (name: string, value: string, expected: string) =>
    `${name} ${value}을(를) 무시했습니다. 허용되는 값: ${expected}.`,
  expectedOneOf: (list: string) => `${list} 중 하나`,
  expectedCountryOrWorld: 'ISO 3166-1 alpha-3 국가 코드 또는 WLD',
  expectedHostCountry: 'ISO 3166-1 alpha-3 국가 코드',
  expectedMeasure: '코드북의 지표',
  expectedEstimatorType: '코드북의 추정 주체 유형',
  expectedYesNo: 'yes 또는 no',
  expectedYear: (from: number, to: number) => `${from}~${to}년 사이의 연도`,
  expectedSearch: (max: number) => `${formatCount(max)}자 이하의 검색어`,
  yearsReversed: (from: number, to: number) =>
    `from ${from}, to ${to}을(를) 무시했습니다: 시작 연도(from)가 끝 연도(to)보다 늦습니다.`,
  undecodableName: (shown: string) => `이름을 디코딩할 수 없는 매개변수를 무시했습니다(${shown}).`,
  unknownParameter: (shown: string) => `알 수 없는 매개변수 ${shown}을(를) 무시했습니다.`,
  repeatedParameter: (name: string, times: number) =>
    `${name}을(를) 무시했습니다: ${formatCount(times)}번 주어졌습니다.`,
  parameterTooLong: (name: string, length: number) =>
    `${name}을(를) 무시했습니다: 값이 너무 깁니다(${formatCount(length)}자).`,
  undecodableValue: (name: string, shown: string) =>
    `${name}을(를) 무시했습니다: 디코딩할 수 없습니다(${shown}).`,
  emptyParameter: (name: string) => `${name}을(를) 무시했습니다: 값이 비어 있습니다.`,
  sqlOutsideConsole: (name: string) =>
    `${name}을(를) 무시했습니다: 쿼리는 SQL 화면에서만 읽습니다.`,
  sqlAndSqlz: 'sql과 sqlz를 무시했습니다: 링크에는 쿼리를 하나만 담습니다.',
  sqlNotQuery: (shown: string) =>
    `sql ${shown}을(를) 무시했습니다: 제어 문자가 있어 쿼리가 아닙니다.`,
  sqlzNotCompressed: (shown: string) =>
    `sqlz ${shown}을(를) 무시했습니다: 압축된 쿼리(base64url)가 아닙니다.`,
  moreLinkProblems: (more: number) =>
    `…이 밖에 링크 매개변수 문제가 ${formatCount(more)}건 더 있습니다.`,

  problemsSummary: (rows: number, problems: number) =>
    `데이터 ${formatCount(rows)}행이 검증을 통과하지 못해 표시하지 않습니다(검증 오류 ${formatCount(problems)}건).`,

  engineStarting: '쿼리 엔진을 시작하는 중…',
  engineWaiting: (loaded: string) => `쿼리 엔진을 시작하는 중… ${loaded} 내려받음.`,
  engineLoading: (loaded: string) => `쿼리 엔진을 내려받는 중: ${loaded}`,
  megabytesOf: (loaded: string, total: string) => `${total} MB 중 ${loaded} MB`,
  engineNeededNote: '쿼리 엔진이 필요한 수치는 엔진이 시작되면 표시됩니다.',
  retryEngine: '다시 시도',
  engineStartFailed: (reason: string) => `쿼리 엔진을 시작하지 못했습니다: ${reason}`,
  engineWorkerFailed: '쿼리 엔진을 시작하지 못했습니다: 워커를 불러오지 못했습니다.',
  engineNotInBrowser: '이 브라우저에서는 쿼리 엔진을 시작할 수 없습니다.',
  engineHttpStatus: (status: number) =>
    `쿼리 엔진을 내려받지 못했습니다: 서버가 ${status} 상태로 응답했습니다.`,
  downloadOfEngine: '쿼리 엔진',
  downloadOfData: '데이터',
  downloadStalled: (what: string, seconds: number) =>
    `${what} 내려받기가 멈췄습니다: ${formatCount(seconds)}초 동안 아무것도 받지 못했습니다.`,
  downloadLost: (what: string) => `${what} 내려받기에 실패했습니다: 연결이 끊겼습니다.`,
  dataNotLoaded: (problems: string) => `데이터를 불러오지 못했습니다: ${problems}`,

  siteTitle: '해외 파견 북한 노동자',
  metaPlaceWorldwide: '전 세계에서',
  metaPlaceIn: (country: string) => `${country}에서`,
  metaOverviewHeading: '공개된 모든 추정치와 그 출처',
  metaOverviewDescription:
    '해외 파견 북한 노동자에 관해 공개된 모든 추정치를 체류국·연도·출처별로 모았습니다. 모든 수치에 인용 정보가 붙어 있습니다.',
  metaCountryHeading: (country: string) => `${country}: 공개된 모든 수치`,
  metaCountryDescription: (place: string) =>
    `${place} 일하는 북한 노동자에 관해 공개된 모든 수치를 연도·지표·출처별로 보여 줍니다. 수치마다 그것을 읽은 간행물을 밝힙니다.`,
  metaCompareHeading: (country: string) => `${country}: 출처 비교`,
  metaCompareDescription: (place: string) =>
    `${place} 일하는 북한 노동자에 관한 출처별 수치를 선택한 연도에 걸쳐 나란히 보여 줍니다. 추정 주체와 보도한 곳을 함께 밝힙니다.`,
  metaMapHeading: '체류국 지도',
  metaMapDescription:
    '북한 노동자가 일한다고 보고된 해외 국가: 체류국별 최신 공개 수치와, 수치 없이 체류만 보고된 국가를 보여 줍니다.',
  metaSourcesHeading: '출처: 모든 간행물',
  metaSourcesDescription:
    '참고문헌: 해외 파견 북한 노동자에 관한 수치를 읽은 모든 간행물을 검색할 수 있고, 간행물마다 그 수치와 인용 정보를 보여 줍니다.',
  metaSqlHeading: 'SQL 콘솔: 페이지 안에서 데이터 쿼리하기',
  metaSqlDescription:
    '해외 파견 북한 노동자 데이터에 브라우저에서 SQL로 무엇이든 물어볼 수 있습니다. 모든 표와 출처, 출발점이 될 차트별 쿼리, 쿼리를 담은 링크를 제공합니다.',
  metaAboutHeading: '데이터 소개',
  metaAboutDescription:
    '무엇을 수치로 보는지, 각 지표의 뜻, 수치를 고르고 바로잡는 방법, 데이터를 인용하는 방법, 코드와 데이터의 라이선스를 설명합니다.',
} satisfies Translation<typeof en>;
