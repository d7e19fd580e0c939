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

// Characters a message must not print as they are: they show as nothing or reorder the text around
// them. JSON.stringify already escapes the C0 controls.
const UNSHOWABLE = /[\u007f-\u009f\u2028\u2029\u2800\p{Default_Ignorable_Code_Point}]/gu;

/** A cell value for a message: quoted, escaped (invisible characters as \uXXXX), and cut short when long. */
export function quote(value: string): string {
  // Cut before a character's second UTF-16 unit rather than through it.
  const cut = /[\ud800-\udbff]/.test(value.charAt(56)) ? 56 : 57;
  const shown = value.length > 60 ? `${value.slice(0, cut)}…` : value;
  return JSON.stringify(shown).replace(UNSHOWABLE, (char) => {
    const code = char.codePointAt(0)!;
    return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
