// 한국어: the "sql" area. Terms as in src/lib/i18n/GLOSSARY.md.
import { formatCount } from '../../numbers';
import type en from '../en/sql';
import type { Translation } from '../types';

/** A keyword as Korean names a statement of it: "COPY 문". */
const statement = (keyword: string) => `${keyword} 문`;
const seconds = (value: number) => `${formatCount(value)}초`;
const rows = (n: number) => `${formatCount(n)}행`;

export default {
  // The view
  sqlHeading: 'SQL: 데이터에 직접 질문하기',
  sqlIntroLead:
    '모든 차트의 바탕이 되는 테이블을 DuckDB SQL로 브라우저에서 조회합니다. 쿼리는 읽기만 합니다. 데이터는 바뀌지 않으며 어떤 내용도 페이지 밖으로 나가지 않습니다. 결과에는 인용이 그대로 따라옵니다.',
  sqlIntroOr: '또는',
  sqlIntroTail: '열이 있는 행은 해당 수치와 출처로 연결됩니다.',
  examplesLabel: '예시:',
  exampleTitles: {
    reconciliation: '국가별 수치를 합하면 전 세계 수치와 맞는가?',
    reReports: '여러 간행물에 거듭 실린(재인용된) 수치는?',
    byEstimator: '추정 주체별 전 세계 수치의 추이',
    latestByCountry: '체류국별 최신 수치',
  },
  editorLabel: 'SQL 쿼리',
  editorKeys: (mac: boolean) =>
    `${mac ? '⌘ Return' : 'Ctrl+Enter'}: 쿼리 실행 · Ctrl+Space: 테이블과 열 이름 목록 · Tab: 편집기에서 나가기`,
  runQuery: '실행',
  cancelQuery: '취소',
  clockWaiting: (limitSeconds: number) =>
    `쿼리 엔진을 기다리는 중입니다. 쿼리를 보낸 뒤 ${seconds(limitSeconds)}가 지나면 멈춥니다`,
  clockRunning: (elapsed: string, limitSeconds: number) =>
    `실행 중: ${elapsed} · ${seconds(limitSeconds)}가 지나면 멈춥니다`,
  clockIdle: (limitSeconds: number, maxRows: number) =>
    `제한 시간 ${seconds(limitSeconds)} · 결과는 최대 ${rows(maxRows)}까지 보관`,
  schemaHeading: '테이블과 열',
  readingTables: '테이블을 읽는 중…',
  noQueryYet: '아직 실행한 쿼리가 없습니다. 위에 쿼리를 쓰거나 예시를 고르세요.',
  runningQuery: '쿼리를 실행하는 중…',
  answerAnnounced: (count: number) => `결과: ${rows(count)}.`,
  queryFailed: (marked: boolean) =>
    `DuckDB가 쿼리를 실행하지 못했습니다${marked ? '(오류 위치를 편집기에 표시했습니다)' : ''}:`,
  notRun: (reason: string) => `실행하지 않음: ${reason}`,
  stoppedCancelled: '중단됨: 쿼리를 취소했습니다.',
  stoppedTimeLimit: (limitSeconds: number) =>
    `중단됨: 쿼리가 제한 시간 ${seconds(limitSeconds)}를 넘었습니다.`,

  // The schema and completion
  tableRows: (count: number) => rows(count),
  columnCount: (columns: number) => `열 ${formatCount(columns)}개`,
  insertName: (name: string) => `${name} 삽입`,
  editorPhrases: {
    completions: '자동 완성',
    diagnostics: '오류 목록',
    noDiagnostics: '오류 없음',
    closePanel: '닫기',
    controlCharacter: '제어 문자',
    selectionDeleted: '선택한 부분을 지웠습니다',
  },

  // The answer
  answerRegion: '결과',
  rowCount: (shown: number, total: number | null) => {
    if (total === null) return `${rows(shown)} 표시(쿼리가 끝나기 전에 멈췄습니다)`;
    if (total === 0) return '행 없음';
    if (total > shown) return `전체 ${rows(total)} 중 ${rows(shown)} 표시`;
    return rows(shown);
  },
  durationMs: (ms: number) => `${formatCount(ms)}ms`,
  durationSeconds: (value: string) => `${value}초`,
  answerSummary: (summary: string, cut: 'rows' | 'bytes' | null) =>
    cut === 'rows'
      ? `${summary}: 콘솔은 앞쪽 행만 보관합니다.`
      : cut === 'bytes'
        ? `${summary}: 콘솔은 일정 크기까지의 행만 보관합니다.`
        : summary,
  citationsFailed: '행의 출처를 읽지 못했습니다:',
  readingCitations: '행의 출처를 읽는 중…',
  citedRowsCount: (cited: number, total: number, figureIds: boolean) =>
    `${rows(total)} 중 ${rows(cited)}이 출처를 인용합니다(출처 열).${figureIds ? ' 수치의 id를 누르면 그 카드가 열립니다.' : ''}`,
  downloadAnswerLabel: '결과 내려받기(행마다 출처 포함)',
  sourcesStillLoading: '행의 출처를 아직 불러오는 중입니다. 잠시 뒤 다시 시도하세요',
  resultCaption: (summary: string) => `쿼리 결과: ${summary}`,
  sourceColumn: '출처',
  sourceColumnNote: '행이 인용한 출처',
  openFigureCard: (id: string) => `수치 카드 열기: ${id}`,
  wholeCellLabel: (column: string) => `${column} 전체`,
  noSource: '출처 없음',
  nullCell: 'NULL',
  nullCellLabel: 'NULL(값 없음)',

  // The quick chart
  noChartLead: '차트 없음:',
  noChartNoRows: '결과에 행이 없습니다.',
  noChartTooMany: (count: number) => `${rows(count)}을 넘습니다.`,
  chartShapes:
    '결과에 숫자형 연도 열(year, ref_year_start…)이나 텍스트형 country 열이 있고, 그릴 숫자(low와 high로 된 범위와 선택 사항인 point, 또는 point 하나, 또는 다른 숫자형 열 하나)가 있으면 차트를 그립니다.',
  noYearOrCountry: '결과에 연도 열도 country 열도 없습니다.',
  noNumericColumn: '결과에 그릴 숫자형 열이 없습니다.',
  severalNumericColumns: (names: string) =>
    `결과에 숫자형 열이 여럿 있습니다(${names}). 그릴 열의 이름을 value로 바꾸거나 low와 high를 주세요.`,
  mixedMeasures: (count: number, named: string, first: string) =>
    `결과에 지표 ${formatCount(count)}개(${named})가 섞여 있습니다. 차트에는 지표 하나만 그립니다. WHERE measure = '${first}'처럼 하나만 남기면 차트를 그립니다.`,
  drawnRanges: (low: string, high: string, point: string | null) =>
    `${low}–${high}(범위)${point ? `, ${point}(점)` : ''}`,
  drawnPoints: (value: string) => `${value}(점)`,
  drawnOverYears: (year: string, values: string, country: string | null) =>
    `${year}(가로축), ${values} 열로 그렸습니다.${country ? ` 각 카드에 ${country} 열을 표시합니다.` : ''}`,
  drawnByCountry: (country: string, values: string) =>
    `${country}(줄마다 하나), ${values} 열로 그렸습니다.`,
  chartOfAnswer: (value: string, by: string) => `결과 차트: ${by}별 ${value}`,
  chartKeyLabel: '차트 범례',
  computedLegend: '쿼리로 계산한 값: 출처 없음',
  computedEstimator: '쿼리로 계산한 값',
  answerRowTitle: 'SQL 결과의 행',

  // The sandbox's refusals
  statementReasons: {
    changesData: '데이터를 바꾸는',
    writesOrReadsFiles: '파일을 쓰거나 읽는',
    writesFiles: '파일을 쓰는',
    readsFiles: '파일을 읽는',
    opensDatabase: '다른 데이터베이스를 여는',
    closesDatabase: '데이터베이스를 닫는',
    switchesDatabase: '다른 데이터베이스로 바꾸는',
    installsExtension: '확장 기능(다른 사이트의 코드)을 설치하는',
    loadsExtension: '확장 기능(다른 사이트의 코드)을 불러오는',
    changesSettings: '엔진 설정을 바꾸는',
    runsEngineCommand: '엔진 명령을 실행하거나 엔진 설정을 바꾸는',
    callsProcedure: '쿼리가 아니라 프로시저를 실행하는',
    rewritesStorage: '데이터베이스 저장소를 다시 쓰는',
    rewritesStatistics: '데이터베이스 통계를 다시 쓰는',
    controlsTransactions: '트랜잭션을 제어하는',
    managesPrepared: '준비된 문(prepared statement)을 관리하는',
    runsPrepared: '준비된 문(prepared statement)을 실행하는',
    explainsPlan: '결과 대신 실행 계획을 설명하는',
  },
  noQueryToRun: '실행할 쿼리가 없습니다.',
  oneQueryAtATime: (statements: number) =>
    `콘솔은 한 번에 쿼리 하나만 실행합니다. 이 텍스트에는 ";"로 나뉜 문이 ${formatCount(statements)}개 있습니다.`,
  onlySelectStatement: (keyword: string, reason: string | null) =>
    `콘솔은 SELECT 쿼리만 실행합니다. 이것은 ${reason ? `${reason} ` : ''}${statement(keyword)}입니다.`,
  onlySelectContains: (keyword: string, reason: string | null, quoted: string) =>
    `콘솔은 SELECT 쿼리만 실행합니다. 이 쿼리에는 ${reason ? `${reason} ` : ''}${keyword} 키워드가 들어 있습니다. (그런 이름의 열은 큰따옴표로 감싸 씁니다: ${quoted})`,
  cannotOpenFile: (file: string) =>
    `콘솔은 이 페이지에 불러온 테이블만 읽습니다. 파일이나 주소를 열 수 없습니다: "${file}".`,
  extensionNotLoaded: (name: string, extension: string) =>
    `${name}: DuckDB의 ${extension} 확장 기능에 들어 있는데, 이 페이지는 그 확장 기능을 불러오지 않습니다. 콘솔은 이 페이지에 불러온 테이블만 읽습니다.`,
  notSingleSelect:
    '콘솔은 SELECT 쿼리만 실행합니다. query()에 준 텍스트가 SELECT 문 하나가 아닙니다.',
  permissionRefused: (message: string) =>
    `콘솔은 이 페이지에 불러온 테이블만 읽습니다. DuckDB가 이 쿼리를 거부했습니다(${message}).`,

  // The query in the link
  linkControlCharacters: '링크에 이 쿼리를 담을 수 없습니다. 제어 문자가 들어 있습니다.',
  linkTooLong: (size: string) => `링크에 이 쿼리를 담을 수 없습니다. ${size}보다 깁니다.`,
  linkTooLongCompressed: (length: number, room: number) =>
    `링크에 이 쿼리를 담을 수 없습니다. 압축해도 ${formatCount(length)}자로, 링크에 담을 수 있는 ${formatCount(room)}자를 넘습니다.`,
  sqlzNotBase64: 'sqlz를 무시했습니다: base64url이 아닙니다.',
  sqlzNotCompressed: 'sqlz를 무시했습니다: 압축된 쿼리가 아닙니다(링크가 잘렸을 수 있습니다).',
  sqlzTooLong: (size: string) => `sqlz를 무시했습니다: 담긴 쿼리가 ${size}보다 깁니다.`,
  sqlzNotUtf8: 'sqlz를 무시했습니다: 담긴 쿼리가 UTF-8 텍스트가 아닙니다.',
  sqlzEmpty: 'sqlz를 무시했습니다: 담긴 쿼리가 비어 있습니다.',
  sqlzControlCharacters: 'sqlz를 무시했습니다: 담긴 쿼리에 제어 문자가 있습니다.',
} satisfies Translation<typeof en>;
