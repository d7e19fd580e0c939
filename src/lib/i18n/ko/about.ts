// 한국어: the "about" area. Terms as in src/lib/i18n/GLOSSARY.md.
import type en from '../en/about';
import type { Translation } from '../types';

export default {
  aboutHeading: '데이터 소개',
  aboutLede:
    '이 사이트는 해외 파견 북한 노동자에 관해 공개된 수치를 모은 것입니다. 체류국별 노동자 수, 이들에게 발급된 허가 건수, 이들의 노동으로 북한 당국이 얻는 수입 등이 여기에 해당합니다. 수치는 서로 엇갈리며, 그 차이가 몇 배에 이르는 경우도 많습니다. 이 사이트는 그 불일치와 각 수치의 출처를 보여 줄 뿐, 어느 수치가 옳은지 판정하지 않습니다.',

  figureHeading: '수치의 정의',
  figureDefinition:
    '수치란 한 간행물이 한 체류국(또는 전 세계)에 대해 한 가지 지표와 기준 연도(한 해 또는 여러 해)를 두고 밝힌 내용입니다. 숫자뿐 아니라 “수만 명”처럼 말로 나타낸 진술, 그리고 숫자 없이 노동자가 있다고만 전한 보고도 포함합니다.',
  figureRanges:
    '범위로 제시된 수치는 범위 그대로 기록하고, “약”, “초과”, “최대”처럼 수치를 한정하는 표현도 해당 수치와 함께 기록합니다.',
  figureYears:
    '수치의 기준 연도는 발표 연도보다 이른 경우가 많으며, 국가별 화면에서는 둘 중 어느 쪽으로도 볼 수 있습니다. 간행물이 어느 해를 가리키는지 밝히지 않은 경우에도 수치는 남겨 두고, 기준 연도가 명시되지 않은 것으로 표시합니다.',
  figurePartial:
    '일부 수치는 한 나라의 일부(한 지역, 한 도시, 한 기업)만 다루거나 여러 나라를 한꺼번에 다룹니다. 이런 수치는 비고에 그 사실을 밝혀 두었으며, 어느 것도 국가 전체의 합계가 아닙니다.',

  measuresHeading: '지표',
  measuresIntro:
    '모든 수치는 한 종류의 대상만 세며, 이를 그 수치의 지표라고 합니다. 지표가 다른 수치는 같은 척도 위에 함께 그리지 않습니다. 허가는 사람이 아니라 문서이고, 한 해 동안의 입국자 수는 어느 한 시점에 체류 중인 노동자 수와 다르기 때문입니다.',
  estimatorKinds: (labels: string[]) =>
    `각 수치에는 그 수치를 산출한 추정 주체의 유형도 기록합니다. 유형은 ${labels.join(', ')} 가운데 하나입니다.`,

  primaryHeading: '1차 자료와 2차 자료',
  primaryBefore:
    '간행물이 추정 주체 자신의 문서, 곧 정부 보고서나 유엔 전문가 패널 보고서, 연구자의 논문이라면 그 수치를 ',
  primaryTerm: '1차 자료',
  primaryBetween:
    '로 분류합니다. 뉴스 기사가 정보기관의 추정치를 인용할 때처럼 간행물이 다른 주체가 산출한 수치를 전하는 경우에는 ',
  secondaryTerm: '2차 자료',
  secondaryAfter: '로 분류합니다.',
  reReportsExplained:
    '여러 간행물이 되풀이해 전한 추정치도 하나의 추정치입니다. 각 재인용은 그 간행물이 밝힌 추정 주체와 함께 나열하므로, 여러 기사가 결국 하나의 출처로 거슬러 올라가는 경우를 확인할 수 있습니다. 여러 번 인용되었다고 해서 수치가 입증되는 것은 아닙니다.',
  primaryFilterExplained:
    '“1차 자료만” 필터를 선택하면 추정 주체 자신의 문서만 남고 재인용은 표시되지 않습니다.',

  chosenHeading: '수치 선정 기준',
  chosenWhereRead:
    '모든 수치는 함께 표시된 간행물에서 직접 확인한 것이며, 그 간행물은 수치 카드의 링크로 열 수 있습니다. 다른 간행물을 거쳐 접한 수치는 실제로 확인한 간행물과 함께 기록하고, 원래의 추정 주체를 밝힙니다.',
  chosenAsPublished:
    '수치는 발표된 그대로 기록하며, 평균을 내거나 반올림하거나 보정하거나 빈 값을 채우지 않습니다. 출처 간에 수치가 엇갈리면 모든 수치를 보여 줍니다.',
  excludedBefore:
    '무엇을 센 수치인지 분명하지 않으면 수치를 남겨 두고 무엇이 불분명한지 비고에 적습니다. 중복 항목이나 수치가 없는 항목처럼 제외한 행은 그 사유와 함께 ',
  excludedAfter: '에 정리해 두었습니다.',
  chosenOwnWords:
    '데이터에는 수치와 서지 정보, 그리고 직접 작성한 비고만 담으며, 출처의 문장을 그대로 옮겨 싣지 않습니다.',

  correctionsHeading: '수정과 버전',
  correctionsBeforeFolder: '데이터는 저장소의 ',
  correctionsBeforeCheck:
    ' 폴더에 있는 CSV 파일입니다. 수정은 이 파일을 고치는 풀 리퀘스트로 이루어집니다. ',
  correctionsBeforeChangelog:
    ' 명령이 모든 행을 스키마에 비추어 검사하고, 수정된 행은 기존 id를 그대로 유지하며, 데이터의 새 버전마다 ',
  correctionsAfter: '에 무엇을 왜 바꾸었는지 기록합니다.',

  citeHeading: '인용 방법',
  citeDatasetLead: '데이터셋:',
  citeDatasetAfter: ' 버튼을 누르면 버전이 명시된 인용 정보를 여러 형식으로 받을 수 있습니다.',
  citeFigureLead: '수치:',
  citeFigureHow:
    '차트에서 해당 표시를 가리키거나 누르거나 키보드로 초점을 옮겨 수치 카드를 연 다음, 카드의 ‘이 수치 인용하기’ 버튼을 사용하십시오. 수치의 출처인 간행물도 함께 인용해 주십시오.',
  citeChartLead: '차트:',
  citeChartHow:
    '차트마다 ‘이 차트 인용하기’ 버튼이 있으며, 이 버튼으로 만든 인용 정보에는 해당 화면을 그대로 다시 여는 링크가 들어 있습니다.',

  licencesHeading: '라이선스',
  codeLicenceBefore: '코드는 MIT 라이선스를 따릅니다(저장소의 ',
  codeLicenceAfter: ' 파일).',
  dataLicenceBefore: '데이터(표, 코드북, 비고)의 라이선스는 ',
  licenceSeparator: ' 및 ',
  dataLicenceAfter:
    '입니다. 수치 자체는 인용된 각 간행물에 속하므로, 해당 간행물도 함께 출처로 밝혀 주십시오.',

  contributingHeading: '기여 방법',
  contributingBefore: '빠진 수치가 있거나 오류를 발견했다면 ',
  contributingBetween: ' 문서를 참고하십시오. 이 문서는 ',
  contributingRepository: '저장소',
  contributingAfter:
    '에 있으며, 간행물에서 수치를 확인하고, 행을 추가하거나 고치고, 검사를 실행한 뒤 풀 리퀘스트를 여는 과정을 단계별로 설명합니다.',

  versionHeading: '데이터 버전',
  versionBefore: '이 사이트가 보여 주는 데이터 버전은 ',
  versionAfter:
    '입니다. 버전은 데이터가 마지막으로 바뀐 날짜와 파일의 짧은 지문(해시)으로 이루어지며, 모든 인용, 내려받기 파일, 이미지에 함께 표기됩니다.',
  versionDownload: '이 버전 내려받기(ZIP)',
  versionDownloadAfter: '',
} satisfies Translation<typeof en>;
