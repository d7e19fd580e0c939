import Papa from 'papaparse';

/** One CSV record and the physical line it starts on (header = 1). */
export interface CsvRecord {
  line: number;
  cells: string[];
  /** Set when the record's quoting is broken; the record's cells are then not trustworthy. */
  quoteProblem?: { cellIndex: number; message: string };
}

/** A CSV file split into its header, its records and the lines that hold nothing. */
export interface CsvFile {
  /** The first record that is not a blank line; null for a file with none. */
  header: CsvRecord | null;
  records: CsvRecord[];
  /** Lines with nothing on them, other than the file's final line break. */
  blankLines: number[];
  /** Whether lines end in more than one way (CRLF, LF, CR): read alike, as LF. */
  mixedLineEnds: boolean;
}

const UNCLOSED_QUOTE = 'a quoted cell is never closed: its opening " runs to the end of the file';
const TEXT_AFTER_QUOTE =
  'a quoted cell has text after its closing "; write a " inside a quoted cell as ""';

/**
 * Splits CSV text (RFC 4180, comma-separated) into records, numbering each by the physical line it
 * starts on: quoted cells may span lines, and a byte-order mark or CRLF line ends change nothing.
 * A file whose lines end in more than one way (an editor that saves LF into a CRLF file) is read as
 * if every line ended in LF, line breaks inside quoted cells included.
 */
export function parseCsv(text: string): CsvFile {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const mixedLineEnds = hasMixedLineEnds(withoutBom);
  const body = mixedLineEnds ? withoutBom.replace(/\r\n?/g, '\n') : withoutBom;
  if (body === '') return { header: null, records: [], blankLines: [], mixedLineEnds };
  const parsed = Papa.parse<string[]>(body, {
    delimiter: ',',
    quoteChar: '"',
    header: false,
    skipEmptyLines: false,
  });
  // Line breaks inside quoted cells survive parsing, so counting them in the cells finds the lines.
  const lineBreak = parsed.meta.linebreak === '\r' ? '\r' : '\n';
  const endsWithLineBreak = body.endsWith('\n') || body.endsWith('\r');
  const rows = parsed.data;
  const records: CsvRecord[] = [];
  const blankLines: number[] = [];
  let line = 1;
  for (let index = 0; index < rows.length; index++) {
    const cells = rows[index]!;
    const isBlank = cells.length === 1 && cells[0] === '';
    const isFinalLineBreak = isBlank && index === rows.length - 1 && endsWithLineBreak;
    if (isBlank) {
      if (!isFinalLineBreak) blankLines.push(line);
    } else {
      records.push({ line, cells });
    }
    line += 1 + countLineBreaks(cells, lineBreak);
  }
  markQuoteProblems(parsed.errors, rows, records);
  const header = records.shift() ?? null;
  return { header, records, blankLines, mixedLineEnds };
}

/** Whether the text has line breaks of more than one kind among CRLF, LF and CR. */
function hasMixedLineEnds(text: string): boolean {
  let cr = 0;
  let crlf = 0;
  for (let at = text.indexOf('\r'); at !== -1; at = text.indexOf('\r', at + 1)) {
    cr += 1;
    if (text.charCodeAt(at + 1) === 0x0a) crlf += 1;
  }
  if (cr === 0) return false;
  let lf = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lf += 1;
  return [crlf, lf - crlf, cr - crlf].filter((count) => count > 0).length > 1;
}
function countLineBreaks(cells: string[], lineBreak: string): number {
  let count = 0;
  for (const cell of cells) {
    let at = cell.indexOf(lineBreak);
    while (at !== -1) {
      count += 1;
      at = cell.indexOf(lineBreak, at + 1);
    }
  }
  return count;
}

/** Attaches papaparse's quote errors (indexed by parsed row) to the records they concern. */
function markQuoteProblems(
  errors: Papa.ParseError[],
  rows: string[][],
  records: CsvRecord[],
): void {
  if (errors.length === 0) return;
  const recordOfRow = new Map<string[], CsvRecord>(records.map((record) => [record.cells, record]));
  for (const error of errors) {
    if (error.type !== 'Quotes' || error.row === undefined) continue;
    const record = recordOfRow.get(rows[error.row]!);
    if (!record) continue;
    const unclosed = error.code === 'MissingQuotes';
    // An unclosed quote swallows the rest of the file into the record's last cell.
    const cellIndex = unclosed
      ? record.cells.length - 1
      : Math.max(
          0,
          record.cells.findIndex((cell) => cell.includes('"')),
        );
    if (!record.quoteProblem || unclosed) {
      record.quoteProblem = { cellIndex, message: unclosed ? UNCLOSED_QUOTE : TEXT_AFTER_QUOTE };
    }
  }
}
