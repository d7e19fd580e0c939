/**
 * Known vulnerabilities in the installed dependencies: `npm run audit`. Runs `npm audit --json` and
 * prints the count by severity and each high or critical package; exits 1 when there is a high or
 * critical one, else 0. When the registry's audit endpoint gives no answer (offline, or a registry
 * mirror that does not serve audits), it says so plainly and exits 0: nothing was checked, which
 * is not the same as nothing found.
 */
import { execFile } from 'node:child_process';
import { pathToFileURL } from 'node:url';

const SEVERITIES = ['critical', 'high', 'moderate', 'low', 'info'] as const;
type Severity = (typeof SEVERITIES)[number];
/** Severities that fail the command. */
const FAILING: readonly Severity[] = ['critical', 'high'];

/** What `npm audit --json` (report version 2) says about one vulnerable package. */
interface AuditedPackage {
  name: string;
  severity: Severity;
  range?: string;
  via?: (string | { title?: string; url?: string })[];
  fixAvailable?: boolean | { name: string; version: string; isSemVerMajor?: boolean };
}

/** What to print, and the exit code. */
export interface AuditVerdict {
  lines: string[];
  exitCode: 0 | 1;
}

/** The verdict on the standard output of `npm audit --json`. */
export function auditVerdict(stdout: string): AuditVerdict {
  let report: unknown;
  try {
    report = JSON.parse(stdout);
  } catch {
    return noAnswer(`npm printed no audit report${stdout.trim() ? `: ${firstLine(stdout)}` : ''}`);
  }
  const vulnerabilities = (report as { vulnerabilities?: Record<string, AuditedPackage> })
    ?.vulnerabilities;
  if (typeof vulnerabilities !== 'object' || vulnerabilities === null) {
    return noAnswer(`the audit endpoint did not answer: ${failureReason(report)}`);
  }
  const packages = Object.values(vulnerabilities);
  const counts = SEVERITIES.map(
    (severity) => [severity, packages.filter((item) => item.severity === severity).length] as const,
  );
  const total = packages.length;
  const lines = [
    total === 0
      ? 'npm audit: no known vulnerabilities in the installed dependencies'
      : `npm audit: ${total} vulnerable package${total === 1 ? '' : 's'}: ${counts
          .filter(([, count]) => count > 0)
          .map(([severity, count]) => `${count} ${severity}`)
          .join(', ')}`,
  ];
  const failing = packages
    .filter((item) => FAILING.includes(item.severity))
    .sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
  for (const item of failing) lines.push(`  ${describePackage(item)}`);
  if (failing.length === 0 && total > 0) {
    lines.push('  none is high or critical (`npm audit` lists them all)');
  }
  return { lines, exitCode: failing.length > 0 ? 1 : 0 };
}

function describePackage(item: AuditedPackage): string {
  const advisories = (item.via ?? [])
    .map((via) =>
      typeof via === 'string' ? `through ${via}` : [via.title, via.url].filter(Boolean).join(' '),
    )
    .filter((text) => text !== '');
  const fix =
    item.fixAvailable === true
      ? 'fix: npm audit fix'
      : typeof item.fixAvailable === 'object'
        ? `fix: ${item.fixAvailable.name}@${item.fixAvailable.version}${item.fixAvailable.isSemVerMajor ? ' (a major version)' : ''}`
        : 'no fix yet';
  return `${item.severity} ${item.name}${item.range ? ` ${item.range}` : ''}: ${advisories.join('; ') || 'see npm audit'} (${fix})`;
}

function noAnswer(reason: string): AuditVerdict {
  return {
    lines: [
      `npm audit: NOT CHECKED: ${reason}.`,
      'No vulnerability report was received, so this says nothing about known vulnerabilities; run `npm run audit` where the npm registry answers audits.',
    ],
    exitCode: 0,
  };
}

/** Why npm got no report, from its JSON error (`{"message", "statusCode"}` or `{"error": {…}}`). */
function failureReason(report: unknown): string {
  const { message, error } = (report ?? {}) as {
    message?: unknown;
    error?: { code?: unknown; summary?: unknown };
  };
  if (typeof message === 'string' && message !== '') return message;
  const parts = [error?.code, error?.summary].filter(
    (part): part is string => typeof part === 'string' && part !== '',
  );
  return parts.length > 0 ? parts.join(': ') : 'no reason given';
}

function firstLine(text: string): string {
  return text.trim().split('\n')[0]!.slice(0, 200);
}

async function main(): Promise<number> {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  // npm audit exits 1 when it finds anything and when the endpoint fails; the JSON tells which.
  const stdout = await new Promise<string>((resolve) =>
    execFile(npm, ['audit', '--json'], { maxBuffer: 64 * 1024 * 1024 }, (_error, out) =>
      resolve(out),
    ),
  );
  const { lines, exitCode } = auditVerdict(stdout);
  process.stdout.write(`${lines.join('\n')}\n`);
  return exitCode;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 2;
    },
  );
}
