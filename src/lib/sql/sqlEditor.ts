import { EditorState, Compartment, Prec, type Extension } from '@codemirror/state';
import {
  EditorView,
  drawSelection,
  highlightActiveLine,
  highlightSpecialChars,
  keymap,
  lineNumbers,
  placeholder,
} from '@codemirror/view';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import {
  HighlightStyle,
  bracketMatching,
  indentOnInput,
  syntaxHighlighting,
} from '@codemirror/language';
import {
  autocompletion,
  closeBrackets,
  closeBracketsKeymap,
  completionKeymap,
  type Completion,
} from '@codemirror/autocomplete';
import { lintKeymap, setDiagnostics } from '@codemirror/lint';
import { sql, type SQLNamespace } from '@codemirror/lang-sql';
import { tags } from '@lezer/highlight';
import { sqlText } from '../i18n/en/sql';
import { locale } from '../i18n/runtime.svelte';
import { DuckDB } from './duckdbDialect';
import type { ConsoleTable } from './types';

/** The words the editor shows or speaks, in the interface's language. */
export interface EditorWords {
  /** The editor's accessible name. */
  label: string;
  /** What the editor's description says (the keys it takes). */
  description?: string;
  /** CodeMirror's own phrases (EditorState.phrases), by their English text. */
  phrases: Record<string, string>;
}

/** What the page gives the editor. */
export interface SqlEditorOptions {
  parent: HTMLElement;
  doc: string;
  words: EditorWords;
  placeholder?: string;
  onChange: (doc: string) => void;
  onRun: () => void;
}

/** The editor as the page drives it. */
export interface SqlEditor {
  readonly view: EditorView;
  setDoc(doc: string): void;
  setSchema(tables: readonly ConsoleTable[]): void;
  /** Sets the editor's accessible name and description, and CodeMirror's own words (phrases). */
  setWords(words: EditorWords): void;
  /** Marks DuckDB's error at `position` (UTF-16 offset), or the whole query when it names none. */
  markError(position: number | null, message: string): void;
  clearError(): void;
  /** Inserts `text` at the cursor (over the selection) and gives the editor focus. */
  insert(text: string): void;
  destroy(): void;
}

// PostgreSQL's reserved words, which DuckDB also reserves: a column named so must be quoted.
const reserved = new Set(
  (
    'all analyse analyze and any array as asc asymmetric both case cast check collate column ' +
    'constraint create default deferrable desc distinct do else end except false fetch for foreign ' +
    'from grant group having in initially intersect into lateral leading limit not null offset on only ' +
    'or order placing primary references returning select symmetric table then to trailing true union ' +
    'unique using variadic when where window with'
  ).split(' '),
);

/** A name as SQL must write it: quoted when it is not a plain lower-case name or is reserved. */
export function sqlName(name: string): string {
  return /^[a-z_][a-z0-9_]*$/.test(name) && !reserved.has(name)
    ? name
    : `"${name.replaceAll('"', '""')}"`;
}

/**
 * The schema as lang-sql completes it: each table with its row count, each column with its type, in
 * the interface's language; descriptions are datapackage.json's English (marked so on a Korean page).
 */
export function completionSchema(tables: readonly ConsoleTable[]): SQLNamespace {
  const schema: Record<string, SQLNamespace> = {};
  const t = sqlText();
  for (const table of tables) {
    schema[table.name] = {
      self: {
        label: table.name,
        apply: sqlName(table.name),
        type: 'type',
        detail: t.tableRows(table.rows),
        info: englishInfo(table.description),
      } satisfies Completion,
      children: table.columns.map((column): Completion => ({
        label: column.name,
        apply: sqlName(column.name),
        type: 'property',
        detail: column.type,
        info: englishInfo(column.description),
      })),
    };
  }
  return schema;
}

/** An English description as completion info: plain text on an English page, else marked lang="en". */
function englishInfo(text: string): Completion['info'] {
  if (!text) return undefined;
  if (locale() === 'en') return text;
  return () => {
    const node = document.createElement('div');
    node.lang = 'en';
    node.textContent = text;
    return node;
  };
}

/** CodeMirror's phrases (the English text it looks up) in the interface's language. */
export function editorPhrases(): Record<string, string> {
  const words = sqlText().editorPhrases;
  return {
    Completions: words.completions,
    Diagnostics: words.diagnostics,
    'No diagnostics': words.noDiagnostics,
    close: words.closePanel,
    'Control character': words.controlCharacter,
    'Selection deleted': words.selectionDeleted,
  };
}

// Korean, Japanese and Chinese (the page's words, a title in a string) fall back to the site's own
// webfonts (src/app.css) before the generic monospace, which on a machine without CJK fonts has none.
const MONOSPACE =
  'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", "Noto Sans Mono CJK KR", "Noto Sans KR", "Noto Sans JP", "Noto Sans SC", monospace';

// Colours are the site's CSS variables (src/app.css), so one style serves light and dark; custom
// properties inherit into the editor's shadow root.
const highlight = HighlightStyle.define([
  { tag: [tags.keyword, tags.operatorKeyword], color: 'var(--sql-keyword)', fontWeight: '600' },
  { tag: [tags.string, tags.special(tags.string)], color: 'var(--sql-string)' },
  { tag: [tags.number, tags.bool, tags.null], color: 'var(--sql-number)' },
  { tag: [tags.typeName, tags.standard(tags.name)], color: 'var(--sql-type)' },
  { tag: [tags.lineComment, tags.blockComment], color: 'var(--muted)', fontStyle: 'italic' },
  { tag: [tags.special(tags.name), tags.quote], color: 'var(--fg)' },
]);

const theme = EditorView.theme({
  '&': {
    color: 'var(--fg)',
    backgroundColor: 'var(--bg)',
    border: '1px solid var(--muted)',
    borderRadius: '4px',
    fontSize: '0.9rem',
  },
  '&.cm-focused': { outline: '2px solid var(--accent)', outlineOffset: '1px' },
  '.cm-scroller': {
    fontFamily: MONOSPACE,
    lineHeight: '1.5',
    minHeight: '8rem',
    maxHeight: '60vh',
  },
  '.cm-content': { caretColor: 'var(--fg)', padding: '0.5rem 0' },
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--fg)' },
  '.cm-gutters': {
    backgroundColor: 'var(--panel)',
    color: 'var(--muted)',
    borderRight: '1px solid var(--faint)',
  },
  '.cm-activeLine': { backgroundColor: 'var(--sql-active-line)' },
  '.cm-activeLineGutter': { backgroundColor: 'var(--sql-active-line)' },
  '&.cm-focused .cm-selectionBackground, .cm-selectionBackground, ::selection': {
    backgroundColor: 'var(--sql-selection)',
  },
  '.cm-matchingBracket': { outline: '1px solid var(--muted)', backgroundColor: 'transparent' },
  '.cm-placeholder': { color: 'var(--muted)' },
  '.cm-tooltip': {
    color: 'var(--fg)',
    backgroundColor: 'var(--panel)',
    border: '1px solid var(--faint)',
    borderRadius: '4px',
  },
  '.cm-tooltip.cm-tooltip-autocomplete > ul': {
    fontFamily: MONOSPACE,
  },
  '.cm-tooltip-autocomplete ul li[aria-selected]': {
    color: 'var(--bg)',
    backgroundColor: 'var(--accent)',
  },
  '.cm-completionDetail': { color: 'inherit', opacity: '0.8', marginLeft: '0.75em' },
  '.cm-completionInfo': { maxWidth: '22rem', padding: '0.4rem 0.6rem' },
  '.cm-diagnostic-error': { borderLeftColor: 'var(--error-fg)' },
  '.cm-lintRange-error': {
    textDecoration: 'underline wavy var(--error-fg)',
    textDecorationSkipInk: 'none',
    backgroundImage: 'none',
  },
});

/**
 * Typing over a selection is applied by CodeMirror, not by the browser: Chrome's own editing keeps the
 * deleted text's look by wrapping the typed text in a <span style="…">, which the page's style-src
 * refuses (a CSP violation on every such keystroke). Other input stays with CodeMirror's default path.
 */
const typeOverSelection = EditorView.domEventHandlers({
  beforeinput(event, view) {
    if (event.inputType !== 'insertText' || !event.data || view.composing) return false;
    if (view.state.selection.ranges.every((range) => range.empty)) return false;
    event.preventDefault();
    const { from, to } = view.state.selection.main;
    const text = event.data;
    const insert = () =>
      view.state.update(view.state.replaceSelection(text), {
        userEvent: 'input.type',
        scrollIntoView: true,
      });
    const handlers = view.state.facet(EditorView.inputHandler);
    if (!handlers.some((handler) => handler(view, from, to, text, insert))) view.dispatch(insert());
    return true;
  },
});

/**
 * Creates the console's editor in a shadow root of `parent`. CodeMirror's styles (style-mod) go into a
 * <style> element in a document, which the page's style-src 'self' refuses, but into a constructed
 * stylesheet (adoptedStyleSheets) in a shadow root, which no CSP directive governs.
 */
export function createSqlEditor(options: SqlEditorOptions): SqlEditor {
  const shadow = options.parent.shadowRoot ?? options.parent.attachShadow({ mode: 'open' });
  const container = document.createElement('div');
  shadow.replaceChildren(container);
  // aria-describedby cannot reach out of a shadow root: the description is inside it, not shown.
  const description = document.createElement('p');
  description.id = 'sql-editor-description';
  description.hidden = true;
  shadow.append(description);
  const words = new Compartment();
  const wordsFor = ({ label, description: described, phrases }: EditorWords): Extension => {
    description.textContent = described ?? '';
    const attributes: Record<string, string> = { 'aria-label': label };
    if (described) attributes['aria-describedby'] = description.id;
    return [EditorView.contentAttributes.of(attributes), EditorState.phrases.of(phrases)];
  };
  const language = new Compartment();
  const languageFor = (tables: readonly ConsoleTable[]): Extension =>
    sql({
      dialect: DuckDB,
      schema: completionSchema(tables),
      defaultTable: tables.some((table) => table.name === 'estimates') ? 'estimates' : undefined,
      upperCaseKeywords: true,
    });

  const view = new EditorView({
    parent: container,
    root: shadow,
    state: EditorState.create({
      doc: options.doc,
      extensions: [
        // Above the default keymap, whose Mod-Enter inserts a blank line.
        Prec.highest(
          keymap.of([
            {
              key: 'Mod-Enter',
              run: () => {
                options.onRun();
                return true;
              },
            },
          ]),
        ),
        lineNumbers(),
        highlightSpecialChars(),
        history(),
        drawSelection(),
        indentOnInput(),
        bracketMatching(),
        closeBrackets(),
        autocompletion({ icons: false }),
        highlightActiveLine(),
        syntaxHighlighting(highlight),
        language.of(languageFor([])),
        // No Tab binding (CodeMirror's indentWithTab is left out): Tab leaves the editor, as keyboard
        // users expect of a form field.
        keymap.of([
          ...closeBracketsKeymap,
          ...defaultKeymap,
          ...historyKeymap,
          ...completionKeymap,
          ...lintKeymap,
        ]),
        EditorView.lineWrapping,
        words.of(wordsFor(options.words)),
        typeOverSelection,
        options.placeholder ? placeholder(options.placeholder) : [],
        theme,
        EditorView.updateListener.of((update) => {
          if (update.docChanged) options.onChange(update.state.doc.toString());
        }),
      ],
    }),
  });

  return {
    view,
    setDoc(doc) {
      if (doc === view.state.doc.toString()) return;
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: doc } });
    },
    setSchema(tables) {
      view.dispatch({ effects: language.reconfigure(languageFor(tables)) });
    },
    setWords(next) {
      view.dispatch({ effects: words.reconfigure(wordsFor(next)) });
    },
    markError(position, message) {
      const { doc } = view.state;
      let from = 0;
      let to = doc.length;
      if (position !== null) {
        from = Math.max(0, Math.min(position, doc.length));
        const word = view.state.wordAt(from);
        to = word && word.from === from ? word.to : Math.min(from + 1, doc.length);
        // At the very end (a query cut short) there is no character to mark: mark the last one.
        if (from === to && from > 0) from -= 1;
      }
      // DuckDB's message is English, whatever the page's language.
      const renderMessage = () => {
        const node = document.createElement('span');
        node.lang = 'en';
        node.textContent = message;
        return node;
      };
      const diagnostic = { from, to, severity: 'error' as const, message, renderMessage };
      view.dispatch(setDiagnostics(view.state, [diagnostic]), {
        effects: EditorView.scrollIntoView(from, { y: 'nearest' }),
      });
    },
    clearError() {
      view.dispatch(setDiagnostics(view.state, []));
    },
    insert(text) {
      view.dispatch(view.state.replaceSelection(text));
      view.focus();
    },
    destroy() {
      view.destroy();
      shadow.replaceChildren();
    },
  };
}
