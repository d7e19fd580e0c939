import { describe, expect, it } from 'vitest';
import { auditVerdict } from '../../src/cli/audit';

const NOT_CHECKED_TAIL =
  'No vulnerability report was received, so this says nothing about known vulnerabilities; run `npm run audit` where the npm registry answers audits.';

/** A report as `npm audit --json` writes it (auditReportVersion 2), trimmed to what is read. */
const report = (vulnerabilities: Record<string, unknown>) =>
  JSON.stringify({ auditReportVersion: 2, vulnerabilities, metadata: {} });

describe('auditVerdict', () => {
  it.each([
    [
      'a registry that refuses the audit request (as here: 405 on the bulk advisory POST)',
      JSON.stringify({
        message:
          '405 Method Not Allowed - POST https://registry.example/-/npm/v1/security/advisories/bulk',
        statusCode: 405,
        error: { summary: '', detail: '' },
      }),
      [
        'npm audit: NOT CHECKED: the audit endpoint did not answer: 405 Method Not Allowed - POST https://registry.example/-/npm/v1/security/advisories/bulk.',
        NOT_CHECKED_TAIL,
      ],
      0,
    ],
    [
      'no network',
      JSON.stringify({
        error: { code: 'ENOTFOUND', summary: 'getaddrinfo ENOTFOUND registry.example' },
      }),
      [
        'npm audit: NOT CHECKED: the audit endpoint did not answer: ENOTFOUND: getaddrinfo ENOTFOUND registry.example.',
        NOT_CHECKED_TAIL,
      ],
      0,
    ],
    [
      'no JSON at all',
      'npm ERR! something else\nmore',
      [
        'npm audit: NOT CHECKED: npm printed no audit report: npm ERR! something else.',
        NOT_CHECKED_TAIL,
      ],
      0,
    ],
    [
      'nothing known',
      report({}),
      ['npm audit: no known vulnerabilities in the installed dependencies'],
      0,
    ],
    [
      'only moderate and low',
      report({
        a: { name: 'a', severity: 'moderate', via: ['b'], range: '*' },
        b: { name: 'b', severity: 'low', via: [{ title: 'Slow parse' }], range: '<1.2.0' },
      }),
      [
        'npm audit: 2 vulnerable packages: 1 moderate, 1 low',
        '  none is high or critical (`npm audit` lists them all)',
      ],
      0,
    ],
    [
      'a high and a critical',
      report({
        lib: {
          name: 'lib',
          severity: 'high',
          range: '<2.0.1',
          via: [{ title: 'Prototype pollution', url: 'https://advisories.example/1' }],
          fixAvailable: true,
        },
        wrapper: {
          name: 'wrapper',
          severity: 'critical',
          range: '1.x',
          via: ['lib'],
          fixAvailable: { name: 'wrapper', version: '2.0.0', isSemVerMajor: true },
        },
        other: { name: 'other', severity: 'info', via: [], fixAvailable: false },
      }),
      [
        'npm audit: 3 vulnerable packages: 1 critical, 1 high, 1 info',
        '  critical wrapper 1.x: through lib (fix: wrapper@2.0.0 (a major version))',
        '  high lib <2.0.1: Prototype pollution https://advisories.example/1 (fix: npm audit fix)',
      ],
      1,
    ],
  ])('%s', (_name, stdout, lines, exitCode) => {
    expect(auditVerdict(stdout)).toEqual({ lines, exitCode });
  });
});
