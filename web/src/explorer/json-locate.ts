/**
 * Where things are in a JSON text. The service names a problem by its path into the input
 * (`["graph", "relations", "3", "subject"]`); to mark it in what the editor pasted, the page
 * needs the characters each value spans, which `JSON.parse` does not keep. This is a strict
 * JSON reader (RFC 8259) that records each value's span, and says where a syntax error is.
 */

/** Characters `[start, end)` of the text. */
export interface TextRange {
  start: number;
  end: number;
}

/** A value's span, with its members (by key) or items (by index as a string). */
export interface JsonNode extends TextRange {
  /** For a member of an object: the span of its key, so a whole `"key": value` can be marked. */
  keyStart?: number;
  children?: Map<string, JsonNode>;
}

export interface JsonSyntaxProblem {
  message: string;
  offset: number;
  /** 1-based, as editors count. */
  line: number;
  column: number;
}

export type ReadJson = { ok: true; value: unknown; root: JsonNode } | { ok: false; problem: JsonSyntaxProblem };

class SyntaxProblem extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/** 1-based line and column of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

const describe = (text: string, at: number) => (at >= text.length ? 'the end of the text' : `“${text[at]}”`);

/** Reads `text` as JSON: the value and the span of every part of it, or where and why it is not JSON. */
export function readJson(text: string): ReadJson {
  let at = 0;
  const space = () => {
    while (at < text.length && ' \t\n\r'.includes(text[at])) at++;
  };
  const expect = (char: string, what: string) => {
    if (text[at] !== char) throw new SyntaxProblem(`Expected ${what}, found ${describe(text, at)}`, at);
    at++;
  };

  const string = (): string => {
    const start = at;
    expect('"', 'a string');
    while (at < text.length && text[at] !== '"') {
      if (text[at] === '\\') at++;
      else if (text.charCodeAt(at) < 0x20)
        throw new SyntaxProblem('A line break or control character inside a string', at);
      at++;
    }
    if (at >= text.length) throw new SyntaxProblem('A string is not closed', start);
    at++;
    try {
      return JSON.parse(text.slice(start, at)) as string;
    } catch {
      throw new SyntaxProblem('A string has a bad escape (\\)', start);
    }
  };

  const value = (): { node: JsonNode; value: unknown } => {
    space();
    const start = at;
    const char = text[at];
    if (char === '{') {
      at++;
      const children = new Map<string, JsonNode>();
      const object: Record<string, unknown> = {};
      space();
      if (text[at] === '}') at++;
      else {
        for (;;) {
          space();
          const keyStart = at;
          const key = string();
          space();
          expect(':', '“:” after a key');
          const member = value();
          children.set(key, { ...member.node, keyStart });
          object[key] = member.value;
          space();
          if (text[at] === ',') {
            at++;
            continue;
          }
          expect('}', '“,” or “}” after a value in an object');
          break;
        }
      }
      return { node: { start, end: at, children }, value: object };
    }
    if (char === '[') {
      at++;
      const children = new Map<string, JsonNode>();
      const array: unknown[] = [];
      space();
      if (text[at] === ']') at++;
      else {
        for (;;) {
          const item = value();
          children.set(String(array.length), item.node);
          array.push(item.value);
          space();
          if (text[at] === ',') {
            at++;
            continue;
          }
          expect(']', '“,” or “]” after an item in a list');
          break;
        }
      }
      return { node: { start, end: at, children }, value: array };
    }
    if (char === '"') {
      const s = string();
      return { node: { start, end: at }, value: s };
    }
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(at, at + 400));
    if (!literal) throw new SyntaxProblem(`Expected a value, found ${describe(text, at)}`, at);
    at += literal[0].length;
    return { node: { start, end: at }, value: JSON.parse(literal[0]) as unknown };
  };

  try {
    const result = value();
    space();
    if (at < text.length) throw new SyntaxProblem(`Unexpected ${describe(text, at)} after the JSON value`, at);
    return { ok: true, value: result.value, root: result.node };
  } catch (error) {
    if (!(error instanceof SyntaxProblem)) throw error;
    return { ok: false, problem: { message: error.message, offset: error.offset, ...lineColumn(text, error.offset) } };
  }
}

/**
 * The span of the value at `path`, or of the deepest part of it that exists (a path may name a
 * field that is missing: then its object is the place to look). A member is marked with its key.
 */
export function rangeAt(root: JsonNode, path: readonly string[]): TextRange {
  let node = root;
  for (const part of path) {
    const child = node.children?.get(part);
    if (!child) break;
    node = child;
  }
  return { start: node.keyStart ?? node.start, end: node.end };
}
