import { DESCRIPTOR_FILE, NO_COLUMN, type Problem } from './problem.ts';

/** Something wrong in a JSON text, where an editor shows it and where it is in the data. */
export interface JsonTextProblem {
  /** Physical line, from 1. */
  line: number;
  /** Character on that line, from 1. */
  character: number;
  /** JSON path of the value it is in (`resources[0].schema`), '' at the top. */
  path: string;
  message: string;
}

/**
 * The first syntax error in a JSON text, or else every key an object repeats (JSON.parse keeps the
 * last one silently, so a second `"constraints"` could hide the first from a reviewer); [] when
 * there is neither. JSON.parse's own messages name no line and differ between engines.
 */
export function jsonTextProblems(text: string): JsonTextProblem[] {
  const scanner = new Scanner(text);
  try {
    scanner.value('');
    scanner.space();
    if (scanner.at < text.length)
      scanner.fail('', 'unexpected text after the end of the JSON value');
  } catch (error) {
    if (error instanceof SyntaxProblem) return [scanner.problem(error)];
    throw error;
  }
  return scanner.duplicates;
}

/**
 * jsonTextProblems for the text of a datapackage.json (a leading byte-order mark ignored), as
 * problems at their line and JSON path. Apart from problem.ts this module imports nothing, so the
 * build can check the descriptor before it loads the validator, which imports data/datapackage.json.
 */
export function descriptorSyntaxProblems(text: string): Problem[] {
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return jsonTextProblems(json).map(({ line, character, path, message }) => ({
    file: DESCRIPTOR_FILE,
    line,
    column: path || NO_COLUMN,
    message: `line ${line}, character ${character}: ${message}`,
  }));
}

/** A JSON path's next step: `.key` for a plain name, `["odd key"]` otherwise. */
export function jsonPathStep(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  if (/^[A-Za-z_$][\w$]*$/.test(key)) return path === '' ? key : `${path}.${key}`;
  return `${path}[${JSON.stringify(key)}]`;
}

class SyntaxProblem {
  constructor(
    readonly at: number,
    readonly path: string,
    readonly message: string,
  ) {}
}

// Deeper than any descriptor needs, and far from the call stack's limit.
const MAX_DEPTH = 256;

class Scanner {
  at = 0;
  depth = 0;
  duplicates: JsonTextProblem[] = [];

  constructor(private readonly text: string) {}

  fail(path: string, message: string, at = this.at): never {
    const ended = at >= this.text.length ? 'the file ends too early: ' : '';
    throw new SyntaxProblem(at, path, `not valid JSON: ${ended}${message}`);
  }

  problem({ at, path, message }: { at: number; path: string; message: string }): JsonTextProblem {
    const before = this.text.slice(0, at).split('\n');
    const line = before.length;
    return { line, character: Array.from(before[line - 1]!).length + 1, path, message };
  }

  space(): void {
    while (/[ \t\n\r]/.test(this.text[this.at] ?? '')) this.at += 1;
  }

  value(path: string): void {
    this.space();
    const char = this.text[this.at];
    if (char === '{' || char === '[') {
      if (this.depth === MAX_DEPTH)
        this.fail(path, `objects and arrays nested more than ${MAX_DEPTH} deep`);
      this.depth += 1;
      if (char === '{') this.object(path);
      else this.array(path);
      this.depth -= 1;
      return;
    }
    if (char === '"') return void this.string(path);
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(
      this.text.slice(this.at, this.at + 400),
    );
    if (!literal) this.fail(path, 'expected a value');
    this.at += literal[0].length;
    if (/[\w.+-]/.test(this.text[this.at] ?? '')) this.fail(path, 'expected a value');
  }

  object(path: string): void {
    this.at += 1;
    const keys = new Set<string>();
    this.space();
    if (this.text[this.at] === '}') return void (this.at += 1);
    for (;;) {
      this.space();
      if (this.text[this.at] === '}' && keys.size > 0) {
        this.fail(path, 'a comma after the last property');
      }
      if (this.text[this.at] !== '"') this.fail(path, 'expected a property name in double quotes');
      const keyAt = this.at;
      const key = this.string(path);
      const keyPath = jsonPathStep(path, key);
      if (keys.has(key)) {
        this.duplicates.push(
          this.problem({
            at: keyAt,
            path: keyPath,
            message: `the key "${key}" appears twice in one object (only the last would be read)`,
          }),
        );
      }
      keys.add(key);
      this.space();
      if (this.text[this.at] !== ':') this.fail(keyPath, 'expected ":" after a property name');
      this.at += 1;
      this.value(keyPath);
      this.space();
      const next = this.text[this.at];
      this.at += 1;
      if (next === '}') return;
      if (next !== ',') this.fail(keyPath, 'expected "," or "}" after a property', this.at - 1);
    }
  }

  array(path: string): void {
    this.at += 1;
    this.space();
    if (this.text[this.at] === ']') return void (this.at += 1);
    for (let index = 0; ; index += 1) {
      const itemPath = jsonPathStep(path, index);
      this.space();
      if (this.text[this.at] === ']' && index > 0) this.fail(path, 'a comma after the last item');
      this.value(itemPath);
      this.space();
      const next = this.text[this.at];
      this.at += 1;
      if (next === ']') return;
      if (next !== ',') this.fail(itemPath, 'expected "," or "]" after an item', this.at - 1);
    }
  }

  /** Reads a string starting at its opening quote and returns its value. */
  string(path: string): string {
    const start = this.at;
    this.at += 1;
    for (;;) {
      const char = this.text[this.at];
      if (char === undefined) this.fail(path, 'a string is not closed', start);
      if (char === '"') break;
      if (char < ' ') this.fail(path, 'a control character (such as a line break) inside a string');
      if (char === '\\') {
        const escape = /^\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/.exec(
          this.text.slice(this.at, this.at + 6),
        );
        if (!escape) this.fail(path, 'an invalid escape in a string');
        this.at += escape[0].length;
      } else {
        this.at += 1;
      }
    }
    this.at += 1;
    return JSON.parse(this.text.slice(start, this.at)) as string;
  }
}
