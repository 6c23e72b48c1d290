import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import ts from 'typescript';
import { LIMIT_SETTINGS } from '../../src/config';
import { PROJECT_ROOT } from '../../src/paths';

/**
 * The docs held against the repository: links that lead somewhere, anchors that name a heading,
 * the README's Layout naming paths that exist, and the settings tables (the README's and http.md's,
 * with design.md's sketch) listing exactly the variables src/config.ts reads, with its defaults. Each check reports every problem as
 * `file:line: what`, so a failure says what to fix.
 */

const PAGES = [
  'README.md',
  ...readdirSync(join(PROJECT_ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
  'test/fixtures/extraction/README.md',
  'test/fixtures/extraction/LABELS.md',
];

interface Line {
  number: number;
  /** The line with code spans blanked and fenced code emptied, so code that looks like a link is not one. */
  prose: string;
  raw: string;
}

function readLines(path: string): Line[] {
  let fence: string | null = null;
  return readFileSync(join(PROJECT_ROOT, path), 'utf8')
    .split('\n')
    .map((raw, index) => {
      const opener = /^ {0,3}(`{3,}|~{3,})/.exec(raw)?.[1];
      const inCode = fence !== null || opener !== undefined;
      if (fence === null && opener) fence = opener;
      else if (fence !== null && opener?.startsWith(fence) && raw.trim() === opener) fence = null;
      const prose = inCode ? '' : raw.replace(/(`+)(.+?)\1/g, (span) => ' '.repeat(span.length));
      return { number: index + 1, prose, raw };
    });
}

/** GitHub's anchor for a heading: rendered text, lower case, punctuation dropped, each space a hyphen. */
function githubSlug(heading: string): string {
  return heading
    .replace(/`([^`]*)`/g, '$1')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/\*+|~~/g, '')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '')
    .replace(/ /g, '-');
}

/** A page's anchors; a repeated heading gets `-1`, `-2`, ... as on GitHub. */
function anchorsOf(path: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const line of readLines(path)) {
    const heading = /^ {0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/.exec(line.prose === '' ? '' : line.raw)?.[1];
    if (heading === undefined) continue;
    const slug = githubSlug(heading);
    const count = seen.get(slug) ?? 0;
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
    seen.set(slug, count + 1);
  }
  return anchors;
}

/** Link targets of inline links and images, reference definitions and autolinks. */
function linksOf(line: Line): string[] {
  const inline = [...line.prose.matchAll(/\]\(\s*(?:<([^>]*)>|([^)\s]*))(?:\s+"[^"]*")?\s*\)/g)].map(
    (m) => m[1] ?? m[2],
  );
  const definitions = [...line.prose.matchAll(/^ {0,3}\[[^\]]+\]:\s*<?([^\s>]+)>?/g)].map((m) => m[1]);
  const autolinks = [...line.prose.matchAll(/<([a-z][a-z0-9+.-]*:[^\s<>]+)>/gi)].map((m) => m[1]);
  return [...inline, ...definitions, ...autolinks];
}

/** What is wrong with one link of `page`, or null. External links are judged by their syntax only (no network in tests). */
function linkProblem(page: string, target: string): string | null {
  if (target === '') return 'empty link';
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(target)?.[1].toLowerCase();
  if (scheme === 'http' || scheme === 'https') {
    try {
      const { hostname } = new URL(target);
      return hostname.includes('.') || hostname === 'localhost' ? null : `${target}: no host`;
    } catch {
      return `${target}: not a URL`;
    }
  }
  if (scheme === 'mailto')
    return /^mailto:[^@\s]+@[^@\s]+\.[^@\s]+$/i.test(target) ? null : `${target}: not an address`;
  if (scheme !== undefined) return `${target}: a scheme the docs do not use (${scheme}:)`;

  const [pathPart, anchor] = target.split('#', 2) as [string, string | undefined];
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathPart.split('?')[0]);
  } catch {
    return `${target}: a broken %-escape`;
  }
  // A leading slash is the repository's root on GitHub.
  const absolute =
    decoded === ''
      ? join(PROJECT_ROOT, page)
      : resolve(decoded.startsWith('/') ? PROJECT_ROOT : dirname(join(PROJECT_ROOT, page)), `.${sep}${decoded}`);
  const inRepo = relative(PROJECT_ROOT, absolute);
  if (inRepo.startsWith('..')) return `${target}: outside the repository`;
  if (!existsSync(absolute)) return `${target}: ${inRepo} does not exist`;
  if (anchor === undefined) return null;
  if (!absolute.endsWith('.md'))
    return /^L\d+(-L\d+)?$/.test(anchor) ? null : `${target}: an anchor into a file that is not Markdown`;
  return anchorsOf(inRepo).has(anchor) ? null : `${target}: ${inRepo} has no heading with the anchor #${anchor}`;
}

/** The lines of a page's section, from its heading to the next heading of the same or a higher level. */
function section(path: string, title: string): Line[] {
  const lines = readLines(path);
  const start = lines.findIndex((line) => new RegExp(`^(#+)\\s+${title}\\s*$`).test(line.raw));
  if (start < 0) throw new Error(`${path} has no heading "${title}"`);
  const level = /^#+/.exec(lines[start].raw)![0].length;
  const end = lines.findIndex(
    (line, i) => i > start && line.prose !== '' && /^#+\s/.test(line.raw) && /^#+/.exec(line.raw)![0].length <= level,
  );
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

/** Cells of a table row, split on pipes outside code spans. */
function cells(row: string): string[] {
  const out: string[] = [];
  let cell = '';
  let ticks = false;
  for (const char of row.trim().replace(/^\|/, '').replace(/\|$/, '')) {
    if (char === '`') ticks = !ticks;
    if (char === '|' && !ticks) {
      out.push(cell.trim());
      cell = '';
    } else cell += char;
  }
  return [...out, cell.trim()];
}

interface Row {
  line: number;
  cells: Record<string, string>;
}

/** The first table of a section, each row keyed by the header's column names. */
function table(lines: Line[]): Row[] {
  const rows = lines.filter((line) => line.raw.trim().startsWith('|'));
  if (rows.length < 2) throw new Error('no table in the section');
  const header = cells(rows[0].raw);
  return rows.slice(2).map((line) => ({
    line: line.number,
    cells: Object.fromEntries(cells(line.raw).map((cell, i) => [header[i], cell])),
  }));
}

const codeSpans = (text: string): string[] => [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1]);

describe('links in the docs', () => {
  it('finds GitHub anchors and links the way GitHub renders them', () => {
    expect(githubSlug('HTTP: routes, limits, CORS, errors')).toBe('http-routes-limits-cors-errors');
    expect(githubSlug('Extraction: drafts from `plain` text')).toBe('extraction-drafts-from-plain-text');
    expect(githubSlug('What `MAX_DEPTH` does — and why')).toBe('what-max_depth-does--and-why');
    const line = { number: 1, raw: '', prose: 'see [a](x.md#y), ![b](<c d.png> "t") and <https://e.org>' };
    expect(linksOf(line)).toEqual(['x.md#y', 'c d.png', 'https://e.org']);
    expect(linkProblem('README.md', 'docs/http.md#limits')).toBeNull();
    expect(linkProblem('README.md', 'docs/http.md#no-such-heading')).toMatch(/no heading/);
    expect(linkProblem('README.md', '#configuration')).toBeNull();
    expect(linkProblem('README.md', '#Configuration')).toMatch(/no heading/);
    expect(linkProblem('README.md', 'docs/none.md')).toMatch(/does not exist/);
    expect(linkProblem('docs/http.md', '../../outside.md')).toMatch(/outside the repository/);
    expect(linkProblem('README.md', 'https://')).toMatch(/not a URL/);
    expect(linkProblem('README.md', 'mailto:nobody')).toMatch(/not an address/);
    expect(linkProblem('README.md', 'docs/%E0.md')).toMatch(/broken %-escape/);
  });

  it.each(PAGES)('%s: every link leads to a file, folder or heading that exists', (page) => {
    const problems = readLines(page).flatMap((line) =>
      linksOf(line)
        .map((target) => linkProblem(page, target))
        .filter((problem) => problem !== null)
        .map((problem) => `${page}:${line.number}: ${problem}`),
    );
    expect(problems).toEqual([]);
  });
});

describe("the README's Layout", () => {
  /** Top-level entries .gitignore names (dist/, test-results/, ...) are made by builds and runs, not held by a clone. */
  const ignored = readFileSync(join(PROJECT_ROOT, '.gitignore'), 'utf8')
    .split('\n')
    .map((entry) => entry.trim().replace(/\/$/, ''))
    .filter((entry) => /^[\w.-]+$/.test(entry));

  /** Every file and folder of the repository, relative to its root; folders end with `/`. */
  function repositoryPaths(dir = ''): string[] {
    return readdirSync(join(PROJECT_ROOT, dir)).flatMap((name) => {
      const path = dir === '' ? name : `${dir}/${name}`;
      if (dir === '' && (name === '.git' || ignored.includes(name))) return [];
      return statSync(join(PROJECT_ROOT, path)).isDirectory() ? [`${path}/`, ...repositoryPaths(path)] : [path];
    });
  }

  /** A code span that names a file (with an extension) or a folder (ending in `/`), as `src/...` or relative to the row. */
  const looksLikePath = (span: string): boolean =>
    /^[\w.*-]+(\/[\w.*-]+)*\/?$/.test(span) &&
    (span.endsWith('/') || /\.(ts|mts|js|json|graphql|html|md|css)$/.test(span));

  it('names only files and folders that exist: each from the root, or under its row', () => {
    const paths = repositoryPaths();
    const problems = table(section('README.md', 'Layout')).flatMap((row) => {
      const folder = codeSpans(row.cells.path)[0] ?? '';
      const base = folder.endsWith('/') ? folder : `${dirname(folder)}/`;
      return Object.values(row.cells)
        .flatMap(codeSpans)
        .filter(looksLikePath)
        .filter((span) => !ignored.includes(span.split('/')[0]))
        .filter((span) => {
          const pattern = span.replace(/[.+?^${}()[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*');
          // From the root (`src/time-slices.ts`), or anywhere under the row's folder (`rules/` of `src/writes/`).
          const named = new RegExp(`^(${pattern}|${base.replace(/[.\\]/g, '\\$&')}(.*/)?${pattern})$`);
          return !paths.some((path) => named.test(path));
        })
        .map((span) => `README.md:${row.line}: \`${span}\` names no file or folder of the repository`);
    });
    expect(problems).toEqual([]);
  });
});

/** A variable read without a default (`NODE_ENV`), or with one the code computes (`SEED_DIR`: a path under the project). */
const NO_DEFAULT = Symbol('no default');
const COMPUTED = Symbol('computed');
type CodeDefault = number | string | typeof NO_DEFAULT | typeof COMPUTED;

/** Each variable src/config.ts reads, found in its syntax: `env.NAME`, `env['NAME']`, `helper(env, 'NAME', default)`, with the `??` default. */
function variablesRead(): Map<string, CodeDefault> {
  const file = join(PROJECT_ROOT, 'src', 'config.ts');
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const read = new Map<string, CodeDefault>();
  const valueOf = (node: ts.Expression | undefined): CodeDefault => {
    if (node === undefined) return NO_DEFAULT;
    if (ts.isNumericLiteral(node)) return Number(node.text.replace(/_/g, ''));
    if (ts.isStringLiteralLike(node)) return node.text;
    return COMPUTED;
  };
  const note = (name: string, value: CodeDefault): void => {
    if (!read.has(name) || read.get(name) === NO_DEFAULT) read.set(name, value);
  };
  const isEnv = (node: ts.Node): boolean => ts.isIdentifier(node) && node.text === 'env';
  const fallback = (node: ts.Node): CodeDefault => {
    const parent = node.parent;
    const isDefault =
      ts.isBinaryExpression(parent) &&
      parent.left === node &&
      parent.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken;
    return isDefault ? valueOf(parent.right) : NO_DEFAULT;
  };
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node) && isEnv(node.expression)) note(node.name.text, fallback(node));
    if (
      ts.isElementAccessExpression(node) &&
      isEnv(node.expression) &&
      ts.isStringLiteralLike(node.argumentExpression)
    ) {
      note(node.argumentExpression.text, fallback(node));
    }
    if (
      ts.isCallExpression(node) &&
      node.arguments.length >= 2 &&
      isEnv(node.arguments[0]) &&
      ts.isStringLiteralLike(node.arguments[1])
    ) {
      note(node.arguments[1].text, valueOf(node.arguments[2]));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  for (const setting of Object.values(LIMIT_SETTINGS)) note(setting.env, setting.default);
  return read;
}

/** The units the tables write defaults in, each as the factor to the code's number. */
const UNITS: Record<string, number> = { '': 1, ms: 1, characters: 1, 'a minute': 1, KiB: 1024, MiB: 1_048_576 };

/** `10,000 ms`, `1 MiB`, `60 a minute`, `` `4000` `` as the code's number; NaN when the text is not one. */
function parseDocNumber(text: string): number {
  const match = /^(\d{1,3}(?:,\d{3})+|\d+)\s*(.*)$/.exec(text.replace(/`/g, '').trim());
  if (!match || !(match[2] in UNITS)) return NaN;
  return Number(match[1].replace(/,/g, '')) * UNITS[match[2]];
}

interface Documented {
  where: string;
  defaultCell: string;
  /** A table of every setting (the README's and http.md's), not design.md's sketch of the main ones. */
  complete: boolean;
}

const SETTINGS_TABLES = [
  { page: 'README.md', heading: 'Configuration', complete: true },
  { page: 'docs/http.md', heading: 'Limits', complete: true },
  { page: 'docs/design.md', heading: 'Configuration', complete: false },
];

/** Variables a settings table names (code spans in UPPER_SNAKE_CASE in its variable column), with their default cells. */
function documentedVariables(): Map<string, Documented[]> {
  const documented = new Map<string, Documented[]>();
  for (const { page, heading, complete } of SETTINGS_TABLES) {
    for (const row of table(section(page, heading))) {
      for (const name of codeSpans(row.cells.variable ?? '').filter((span) => /^[A-Z][A-Z0-9_]*$/.test(span))) {
        const place = { where: `${page}:${row.line}`, defaultCell: row.cells.default ?? '', complete };
        documented.set(name, [...(documented.get(name) ?? []), place]);
      }
    }
  }
  return documented;
}

function defaultProblem(code: CodeDefault, cell: string): string | null {
  if (code === NO_DEFAULT) return cell === '' ? null : `the code has no default, the table says "${cell}"`;
  if (code === COMPUTED) return cell === '' ? 'the code has a default, the table gives none' : null;
  if (typeof code === 'number')
    return parseDocNumber(cell) === code ? null : `default "${cell}", the code's is ${code}`;
  return cell.replace(/`/g, '').trim() === code ? null : `default "${cell}", the code's is "${code}"`;
}

describe('configuration: what src/config.ts reads and what the docs list', () => {
  const read = variablesRead();
  const documented = documentedVariables();

  it('reads the tables and the code as they are written', () => {
    expect(parseDocNumber('10,000 ms')).toBe(10_000);
    expect(parseDocNumber('8 MiB')).toBe(8_388_608);
    expect(parseDocNumber('60 a minute')).toBe(60);
    expect(parseDocNumber('`4000`')).toBe(4000);
    expect(parseDocNumber('10 furlongs')).toBeNaN();
    expect(parseDocNumber('1,00')).toBeNaN();
    expect(read.get('PORT')).toBe(4000);
    expect(read.get('PG_POOL_SIZE')).toBe(10);
    expect(read.get('NODE_ENV')).toBe(NO_DEFAULT);
    expect(read.get('SEED_DIR')).toBe(COMPUTED);
    expect(read.get('MAX_DEPTH')).toBe(LIMIT_SETTINGS.maxDepth.default);
  });

  it("documents every variable the code reads, in the README's table or http.md's", () => {
    const listed = (name: string): boolean => (documented.get(name) ?? []).some((place) => place.complete);
    expect([...read.keys()].filter((name) => !listed(name))).toEqual([]);
  });

  it('documents no variable the code does not read', () => {
    const unread = [...documented].filter(([name]) => !read.has(name));
    expect(unread.map(([name, places]) => `${places.map((p) => p.where).join(', ')}: ${name}`)).toEqual([]);
  });

  it("gives each variable the code's default", () => {
    const problems = [...documented].flatMap(([name, places]) =>
      read.has(name)
        ? places.flatMap(({ where, defaultCell }) => {
            const problem = defaultProblem(read.get(name)!, defaultCell);
            return problem === null ? [] : [`${where}: ${name}: ${problem}`];
          })
        : [],
    );
    expect(problems).toEqual([]);
  });
});
