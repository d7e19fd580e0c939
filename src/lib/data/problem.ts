/** One thing wrong with the data package, at a place a maintainer can open in an editor. */
export interface Problem {
  /** The resource path as in the descriptor (`estimates.csv`), or `datapackage.json`. */
  file: string;
  /** Physical line where the row starts (header = 1); 0 for a problem with the whole file. */
  line: number;
  /** The column's name, a JSON path in datapackage.json, or `-` when no column applies. */
  column: string;
  message: string;
}

/** The descriptor's own file name, used for problems found in the descriptor. */
export const DESCRIPTOR_FILE = 'datapackage.json';
/** The line of a problem that concerns a whole file (it cannot be read, it is not JSON…). */
export const WHOLE_FILE = 0;
/** The column of a problem that concerns no single column. */
export const NO_COLUMN = '-';

/** `FILE:LINE:COLUMN: message`, the format editors and CI logs link to. */
export function formatProblem(problem: Problem): string {
  return `${problem.file}:${problem.line}:${problem.column}: ${problem.message}`;
}

/** A problem with a whole file, such as `sources.csv:0:-: cannot read file: not found`. */
export function fileProblem(file: string, message: string): Problem {
  return { file, line: WHOLE_FILE, column: NO_COLUMN, message };
}

/** The problem for a file that could not be read, with the reason when one is known. */
export function unreadableFile(file: string, reason?: string): Problem {
  return fileProblem(file, reason ? `cannot read file: ${reason}` : 'cannot read file');
}

/** Sorts by file, then line; problems on the same line keep the order they were found in. */
export function sortProblems(problems: Problem[]): Problem[] {
  return problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
}

/** A cell value for a message: quoted, escaped, and cut short when long. */
export function quote(value: string): string {
  const shown = value.length > 60 ? `${value.slice(0, 57)}…` : value;
  return JSON.stringify(shown);
}
