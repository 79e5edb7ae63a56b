// Waivers (cli.md, "Waivers"): a waived finding stays in the report, marked with its reason and counted apart.
// Waivers come from the config (`waivers:`, matched by `files` globs relative to the config file's folder)
// and from comments in the announcement (`# invitelint-disable-next-line RULE[, RULE] -- reason` for the
// next key, `# invitelint-disable RULE -- reason` before the first key for the whole document). A waiver
// without a reason, for an unknown rule, or for `syntax`/`schema` is an `invalid-waiver` error and is not
// applied; an expired one is reported and not applied; one that waives nothing is an `unused-waiver` warning.
import path from 'node:path';
import { compileGlobs } from '../glob.js';
import { isMap, isPair, isScalar, isSeq, visit, type Document } from 'yaml';
import type { PlainDate } from '../announcement/dates.js';
import type { Locate } from '../announcement/facts.js';
import type { ResolvedConfig, WaiverInput } from './config.js';
import { nearest } from '../announcement/suggest.js';
import { countFindings, engineFinding } from './findings.js';
import type { EngineMessageArgs } from './messages.js';
import type { CriterionResult, DocumentResult, Finding, Position } from './types.js';

export interface WaiverContext {
  file: string;
  asOf: PlainDate;
  config: ResolvedConfig;
  /** The rules a waiver may name: the linter's. */
  ruleIds: readonly string[];
  /** The folder file names are relative to, and config files are named against. */
  cwd: string;
  /** The YAML document, for inline waivers; null when they are ignored. */
  yaml: Document.Parsed | null;
  locate: Locate;
  /** The whole file's text, where inline waivers are read from (comments carry no positions in the tree). */
  source?: string;
}

/** Findings about the input itself: a file that cannot be read as an announcement is never waived. */
const UNWAIVABLE = new Set(['syntax', 'schema']);

type ConfigPlace = Pick<EngineMessageArgs['config-waiver-unused'], 'config' | 'line'>;

interface ActiveWaiver {
  rules: readonly string[];
  reason: string;
  origin: 'config' | 'inline';
  /** Null for the whole document, else the lines of the key the waiver is written above. */
  lines: [number, number] | null;
  used: Set<string>;
  /**
   * A config waiver's identity, its config file and its index there (`.invitelint.yaml#2`): a run tells by it
   * whether the waiver waived anything in any file, and two waivers with the same rule and reason stay two.
   */
  id?: string;
  /** Where an unused-waiver warning about it goes. */
  at: Position;
  /** Where a config waiver is written, for the messages that name it. */
  place?: ConfigPlace;
}

function point(line: number, column: number, endColumn = column, pathText = ''): Position {
  return { line, column, endLine: line, endColumn, path: pathText };
}


/** Offsets of line starts, for turning offsets into 1-based lines and columns. */
class Lines {
  readonly starts: number[] = [0];
  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') this.starts.push(i + 1);
  }
  lineOf(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  }
  /** The text of a 1-based line, without its line break. */
  line(number: number): string {
    const start = this.starts[number - 1] ?? this.text.length;
    const end = this.starts[number] ?? this.text.length + 1;
    return this.text.slice(start, end - 1).replace(/\r$/, '');
  }
  get count(): number {
    return this.starts.length;
  }
}

const DIRECTIVE = /(?:^|\s)(#\s*invitelint-(disable-next-line|disable)\b(.*))$/;
/** Text that every match of DIRECTIVE contains. */
const DIRECTIVE_MARKER = 'invitelint-disable';

interface Directive {
  kind: 'disable' | 'disable-next-line';
  line: number;
  column: number;
  endColumn: number;
  body: string;
}

/** The node ranges (as lines) that start on each line: map keys with their values, and list items. */
function blocksByLine(doc: Document.Parsed, lines: Lines): Map<number, number> {
  const endByStart = new Map<number, number>();
  const add = (start: number, end: number) => {
    const from = lines.lineOf(start);
    // A block's range runs to the start of the line after it.
    let to = lines.lineOf(Math.max(start, end - 1));
    while (to > from && lines.line(to).trim() === '') to--;
    endByStart.set(from, Math.max(endByStart.get(from) ?? from, to));
  };
  visit(doc, {
    Pair(_, pair) {
      const keyRange = isScalar(pair.key) ? pair.key.range : null;
      const valueRange = (pair.value as { range?: [number, number, number] } | null)?.range;
      if (keyRange) add(keyRange[0], valueRange ? valueRange[1] : keyRange[1]);
    },
    Seq(_, seq) {
      for (const item of seq.items) {
        const range = (item as { range?: [number, number, number] } | null)?.range;
        if (range) add(range[0], range[1]);
      }
    },
  });
  return endByStart;
}

/**
 * Whether `offset` lies inside one of `scalars` (their ranges, which never overlap, sorted by start): the last
 * one that starts at or before it is the only one that can hold it.
 */
function insideScalar(scalars: readonly [number, number][], offset: number): boolean {
  let low = 0;
  let high = scalars.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (scalars[middle]![0] <= offset) low = middle + 1;
    else high = middle;
  }
  const candidate = scalars[low - 1];
  return candidate !== undefined && offset < candidate[1];
}

/** The `# invitelint-disable…` comments of one document, skipping look-alikes inside text values. */
function readDirectives(doc: Document.Parsed, lines: Lines): Directive[] {
  const scalars: [number, number][] = [];
  visit(doc, {
    Scalar(_, node) {
      if (node.range) scalars.push([node.range[0], node.range[1]]);
    },
  });
  scalars.sort((a, b) => a[0] - b[0]);
  const text = lines.text;
  let start = doc.range[0];
  // The first document's leading comments lie before its range; later documents start at their `---`.
  if (!text.startsWith('---', start)) {
    let line = lines.lineOf(start);
    while (line > 1 && /^\s*(#.*)?$/.test(lines.line(line - 1))) line--;
    start = lines.starts[line - 1]!;
  }
  const end = doc.range[2];
  const directives: Directive[] = [];
  for (let line = lines.lineOf(start); line <= lines.count && lines.starts[line - 1]! < end; line++) {
    const content = lines.line(line);
    const match = DIRECTIVE.exec(content);
    if (!match) continue;
    const column = content.length - match[1]!.length + 1;
    const offset = lines.starts[line - 1]! + column - 1;
    if (insideScalar(scalars, offset)) continue;
    directives.push({ kind: match[2] as Directive['kind'], line, column, endColumn: content.length + 1, body: match[3]!.trim() });
  }
  return directives;
}

function firstKeyLine(doc: Document.Parsed, lines: Lines): number | null {
  const contents = doc.contents;
  if (isMap(contents)) {
    const first = contents.items[0];
    const range = isPair(first) && isScalar(first.key) ? first.key.range : null;
    if (range) return lines.lineOf(range[0]);
  }
  if (isSeq(contents) && contents.range) return lines.lineOf(contents.range[0]);
  return null;
}

function inlineWaivers(context: WaiverContext, problems: Finding[]): ActiveWaiver[] {
  const doc = context.yaml;
  if (!doc || context.source === undefined) return [];
  // Every directive, well-formed or not, contains this text (DIRECTIVE): a file without it has none, and its
  // tree need not be walked. Almost no announcement has an inline waiver.
  if (!context.source.includes(DIRECTIVE_MARKER)) return [];
  const lines = new Lines(context.source);
  const blocks = blocksByLine(doc, lines);
  const firstKey = firstKeyLine(doc, lines);
  const lastLine = lines.lineOf(Math.max(0, doc.range[2] - 1));
  const waivers: ActiveWaiver[] = [];
  for (const directive of readDirectives(doc, lines)) {
    const at = point(directive.line, directive.column, directive.endColumn);
    const name = `invitelint-${directive.kind}`;
    const separator = directive.body.indexOf('--');
    const ruleText = separator === -1 ? directive.body : directive.body.slice(0, separator);
    const reason = separator === -1 ? '' : directive.body.slice(separator + 2).trim();
    const named = ruleText.split(',').map((id) => id.trim()).filter((id) => id !== '');
    if (named.length === 0) {
      problems.push(engineFinding('invalid-waiver', 'directive-without-rule', { directive: name }, at));
      continue;
    }
    if (reason === '') {
      problems.push(engineFinding('invalid-waiver', 'directive-without-reason', { directive: name, rules: named }, at));
      continue;
    }
    const rules: string[] = [];
    for (const id of named) {
      if (UNWAIVABLE.has(id)) {
        problems.push(engineFinding('invalid-waiver', 'directive-unwaivable-rule', { rule: id }, at));
      } else if (!context.ruleIds.includes(id)) {
        problems.push(engineFinding('invalid-waiver', 'directive-unknown-rule', { rule: id, suggestion: nearest(id, context.ruleIds) ?? null }, at));
      } else {
        rules.push(id);
      }
    }
    if (rules.length === 0) continue;
    let covered: [number, number] | null = null;
    if (directive.kind === 'disable') {
      if (firstKey !== null && directive.line > firstKey) {
        problems.push(engineFinding('invalid-waiver', 'disable-after-first-key', {}, at));
        continue;
      }
    } else {
      let target = directive.line + 1;
      while (target <= lastLine && /^\s*(#.*)?$/.test(lines.line(target))) target++;
      const end = blocks.get(target);
      if (target > lastLine || end === undefined) {
        problems.push(engineFinding('invalid-waiver', 'disable-next-line-without-key', {}, at));
        continue;
      }
      covered = [target, end];
    }
    waivers.push({ rules, reason, origin: 'inline', lines: covered, used: new Set(), at });
  }
  return waivers;
}

function toPosix(file: string): string {
  return file.split(path.sep).join('/');
}

/**
 * Whether a config waiver's `files` globs (relative to the config file's folder, or to `cwd` for a configuration
 * from no file) match `file` (relative to `cwd`).
 */
export function waiverCoversFile(waiver: WaiverInput, file: string, configFile: string | null, cwd: string): boolean {
  if (!waiver.files || waiver.files.length === 0) return true;
  return filesMatch(waiver.files, file, configFile, cwd);
}

/**
 * Whether globs in a config file (relative to its folder, or to `cwd` for a configuration from no file) match
 * `file` (relative to `cwd`). A folder name covers the files below it, as in .gitignore.
 */
export function filesMatch(globs: readonly string[], file: string, configFile: string | null, cwd: string): boolean {
  const folder = configFile ? path.resolve(cwd, path.dirname(configFile)) : cwd;
  const relative = toPosix(path.relative(folder, path.resolve(cwd, file)));
  const withFolders = globs.flatMap((glob) => [glob, `${glob.replace(/\/+$/, '')}/**`]);
  return compileGlobs(withFolders, { dot: true })(relative);
}

function configWaivers(context: WaiverContext, problems: Finding[]): ActiveWaiver[] {
  const { config, file, asOf } = context;
  const waivers: ActiveWaiver[] = [];
  const documentStart = context.locate([]);
  const at = point(documentStart.line, documentStart.column);
  // The config file as the user names it (relative to their folder); a configuration given in code has none.
  const configName = config.configFile ? toPosix(path.relative(context.cwd, path.resolve(context.cwd, config.configFile))) || config.configFile : null;
  const where = configName ?? 'the configuration';
  for (const [index, waiver] of config.waivers.entries()) {
    if (!waiverCoversFile(waiver, file, config.configFile, context.cwd)) continue;
    const place: ConfigPlace = { config: configName, line: waiver.line ?? null };
    const reason = waiver.reason?.trim() ?? '';
    if (UNWAIVABLE.has(waiver.rule) || !context.ruleIds.includes(waiver.rule)) {
      const messageId = UNWAIVABLE.has(waiver.rule) ? 'config-waiver-unwaivable-rule' : 'config-waiver-unknown-rule';
      problems.push(engineFinding('invalid-waiver', messageId, { rule: waiver.rule, ...place }, at));
      continue;
    }
    if (reason === '') {
      problems.push(engineFinding('invalid-waiver', 'config-waiver-without-reason', { rule: waiver.rule, ...place }, at));
      continue;
    }
    if (waiver.expires !== undefined && waiver.expires < asOf) {
      problems.push(engineFinding('unused-waiver', 'config-waiver-expired', { rule: waiver.rule, ...place, expires: waiver.expires, reason }, at));
      continue;
    }
    waivers.push({ rules: [waiver.rule], reason, origin: 'config', lines: null, used: new Set(), at, place, id: `${where}#${index}` });
  }
  return waivers;
}

/**
 * The waivers by rule, so that finding the waivers of a finding costs what the waivers of its rule and line
 * cost, not every waiver of the document (20,000 inline waivers would otherwise take seconds). Line waivers
 * cover the lines of a key's block, and blocks nest or do not meet: the ones that cover a line are the nearest
 * one starting at or before it and the blocks around that one.
 */
class WaiverIndex {
  private readonly byRule = new Map<string, { spans: Span[]; starts: number[]; whole: ActiveWaiver[] }>();

  /** `waivers` in order of precedence: the first that covers a finding gives its reason. */
  constructor(waivers: readonly ActiveWaiver[]) {
    waivers.forEach((waiver, order) => {
      for (const rule of waiver.rules) {
        let entry = this.byRule.get(rule);
        if (!entry) this.byRule.set(rule, (entry = { spans: [], starts: [], whole: [] }));
        if (waiver.lines === null) entry.whole.push(waiver);
        else entry.spans.push({ waiver, order, from: waiver.lines[0], to: waiver.lines[1], enclosing: -1 });
      }
    });
    for (const entry of this.byRule.values()) {
      // By start, the widest first; then each span's nearest enclosing span, found with a stack of open spans.
      entry.spans.sort((a, b) => a.from - b.from || b.to - a.to || a.order - b.order);
      const open: number[] = [];
      entry.spans.forEach((span, index) => {
        while (open.length > 0 && entry.spans[open[open.length - 1]!]!.to < span.from) open.pop();
        span.enclosing = open.length > 0 ? open[open.length - 1]! : -1;
        open.push(index);
      });
      entry.starts = entry.spans.map((span) => span.from);
    }
  }

  /** Every waiver that covers the finding, in order of precedence. */
  covering(finding: Finding): ActiveWaiver[] {
    const entry = this.byRule.get(finding.rule);
    if (!entry) return [];
    const lineWaivers: Span[] = [];
    // The last span that starts at or before the finding's line, then its enclosing spans.
    let low = 0;
    let high = entry.starts.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (entry.starts[middle]! <= finding.line) low = middle + 1;
      else high = middle;
    }
    // (Spans with the same lines enclose one another in turn, so the chain passes through each.)
    for (let index = low - 1; index >= 0; index = entry.spans[index]!.enclosing) {
      const span = entry.spans[index]!;
      if (span.to >= finding.line) lineWaivers.push(span);
    }
    lineWaivers.sort((a, b) => a.order - b.order);
    return [...lineWaivers.map((span) => span.waiver), ...entry.whole];
  }
}

interface Span {
  waiver: ActiveWaiver;
  /** The waiver's place in the order of precedence. */
  order: number;
  from: number;
  to: number;
  /** The index of the nearest span that encloses this one, or -1. */
  enclosing: number;
}

/** Marks waived findings, sets fully waived criteria to `waived`, and reports waivers that are wrong or unused. */
export function applyWaivers(findings: Finding[], criteria: CriterionResult[], context: WaiverContext): Finding[] {
  const problems: Finding[] = [];
  // The narrowest waiver first: the reason written next to the key is the one reported with its findings.
  const inline = inlineWaivers(context, problems);
  const fromConfig = context.config.waivers.length > 0 ? configWaivers(context, problems) : [];
  // Most announcements have no waiver at all: then nothing below would change a finding or a criterion.
  if (inline.length === 0 && fromConfig.length === 0 && problems.length === 0 && !findings.some((finding) => finding.waived)) return findings;
  const waivers = [...inline.filter((w) => w.lines !== null), ...inline.filter((w) => w.lines === null), ...fromConfig];
  const index = new WaiverIndex(waivers);
  const result = findings.map((finding): Finding => {
    if (UNWAIVABLE.has(finding.rule)) return finding;
    const matching = index.covering(finding);
    if (matching.length === 0) return finding;
    for (const waiver of matching) waiver.used.add(finding.rule);
    const first = matching[0]!;
    return { ...finding, waived: first.id === undefined ? { reason: first.reason, origin: 'inline' } : { reason: first.reason, origin: 'config', waiver: first.id } };
  });
  for (const waiver of waivers) {
    const unused = waiver.rules.filter((id) => !waiver.used.has(id));
    if (unused.length === 0) continue;
    if (waiver.origin === 'config') {
      const evidence = { waiver: waiver.id!, rule: waiver.rules[0]!, reason: waiver.reason, ...waiver.place! };
      problems.push(engineFinding('unused-waiver', 'config-waiver-unused', evidence, waiver.at));
      continue;
    }
    problems.push(engineFinding('unused-waiver', 'inline-waiver-unused', { rules: waiver.rules, unused }, waiver.at));
  }
  for (const criterion of criteria) {
    if (criterion.status !== 'fail' && criterion.status !== 'not-stated') continue;
    const own = result.filter((finding) => finding.rule === criterion.rule);
    if (own.length > 0 && own.every((finding) => finding.waived)) criterion.status = 'waived';
  }
  return [...result, ...problems];
}

/**
 * A config waiver covers many files: it is unused only when it waived nothing in any of them. Across the
 * results of one run, drops the unused-waiver warnings of config waivers that waived something elsewhere, and
 * keeps one warning (on the first announcement it covers) for each that waived nothing at all.
 */
export function settleConfigWaivers(results: readonly DocumentResult[]): DocumentResult[] {
  const used = new Set<string>();
  for (const result of results) {
    for (const finding of result.findings) {
      if (finding.waived?.origin === 'config') used.add(finding.waived.waiver);
    }
  }
  const reported = new Set<string>();
  return results.map((result) => {
    const findings = result.findings.filter((finding) => {
      const { waiver } = finding.evidence;
      if (finding.rule !== 'unused-waiver' || typeof waiver !== 'string') return true;
      if (used.has(waiver) || reported.has(waiver)) return false;
      reported.add(waiver);
      return true;
    });
    return findings.length === result.findings.length ? result : { ...result, findings, ...countFindings(findings) };
  });
}
