// Glob patterns (paths on the command line, the `files` of config waivers), matched in time linear in the
// pattern times the path: the pattern is compiled into a small automaton that is run over the path with
// every state at once, so `*a*a*a*a*a*a*a*a*b` cannot backtrack as a regular expression does.
//
// What a pattern can say (as picomatch reads it, for these): `*` any characters within a folder name, `**`
// as a whole name any number of folders, `?` one character, `[abc]` `[a-z]` `[!a]` `[^a]` one of a set,
// `{a,b}` either text (nested too), `\` makes the next character plain, a leading `!` negates. Wildcards and
// sets never match `/`, nor any of a name that is `.` or `..` (so `**` stays below the folder); without `dot`,
// no wildcard matches a name's leading `.` either (a literal `.` or a set does).

export interface GlobOptions {
  /** Whether wildcards match names that start with `.` (not `.` or `..` themselves). */
  dot: boolean;
}

/** One step of the automaton: consume one character that passes a test, or go on to one or two steps. */
type Step =
  | { kind: 'char'; char: string; next: number }
  | { kind: 'wild'; next: number } // one character of a name, under the wildcard rules
  | { kind: 'class'; ranges: [string, string][]; negated: boolean; next: number }
  | { kind: 'split'; next: number; other: number }
  /** Goes on only where a wildcard may start a name: not before a leading `.` without dot, never in `.` or `..`. */
  | { kind: 'name-start'; next: number }
  | { kind: 'match' };

type Node =
  | { kind: 'char'; char: string }
  | { kind: 'any' }
  /** `nameStart`: the star begins a name of the pattern, so the name it matches cannot start with `.` (without dot). */
  | { kind: 'star'; nameStart: boolean }
  | { kind: 'class'; ranges: [string, string][]; negated: boolean }
  | { kind: 'alternatives'; options: Node[][] }
  /** `**` as a whole name: `leading` for `**` followed by `/` (the slash is part of it), `trailing` for `/**` at the end. */
  | { kind: 'globstar'; form: 'leading' | 'trailing' | 'whole' };

const GLOB_CHARACTERS = /[*?[{]/;

/** Parses `pattern` from `start` until `stop` (a character ending a brace option) or the end. */
class Parser {
  at = 0;
  constructor(private readonly pattern: string) {}

  sequence(inBraces: boolean): Node[] {
    const nodes: Node[] = [];
    const text = this.pattern;
    while (this.at < text.length) {
      const char = text[this.at]!;
      if (inBraces && (char === ',' || char === '}')) break;
      if (char === '\\' && this.at + 1 < text.length) {
        nodes.push({ kind: 'char', char: text[this.at + 1]! });
        this.at += 2;
        continue;
      }
      if (char === '*') {
        let end = this.at;
        while (text[end] === '*') end++;
        const before = this.at === 0 ? '/' : text[this.at - 1];
        let after = end >= text.length || (inBraces && (text[end] === ',' || text[end] === '}')) ? '' : text[end];
        const wholeName = end - this.at === 2 && before === '/' && (after === '/' || after === '');
        // `**/**` says no more than `**`.
        while (wholeName && text.startsWith('/**', end) && (end + 3 === text.length || text[end + 3] === '/')) end += 3;
        if (wholeName) after = end >= text.length ? '' : text[end];
        if (!wholeName) {
          nodes.push({ kind: 'star', nameStart: before === '/' });
        } else if (after === '/') {
          nodes.push({ kind: 'globstar', form: 'leading' });
          end++; // the slash after it is part of it: `a/**/b` matches `a/b`
        } else if (endsWithSlashAfterName(nodes)) {
          nodes.pop(); // the slash before it is part of it: `a/**` matches `a` (but `*/**` does not: picomatch)
          nodes.push({ kind: 'globstar', form: 'trailing' });
        } else {
          nodes.push({ kind: 'globstar', form: 'whole' });
        }
        this.at = end;
        continue;
      }
      if (char === '?') {
        nodes.push({ kind: 'any' });
        this.at++;
        continue;
      }
      if (char === '[') {
        const parsed = this.characterClass();
        if (parsed) {
          nodes.push(parsed);
          continue;
        }
      }
      if (char === '{') {
        const parsed = this.braces();
        if (parsed) {
          nodes.push(parsed);
          continue;
        }
      }
      nodes.push({ kind: 'char', char });
      this.at++;
    }
    return nodes;
  }

  /** `[...]` from `this.at`, or null (and `at` unchanged) when it has no closing `]`: then `[` is plain. */
  private characterClass(): Node | null {
    const text = this.pattern;
    let at = this.at + 1;
    let negated = false;
    if (text[at] === '!' || text[at] === '^') {
      negated = true;
      at++;
    }
    const ranges: [string, string][] = [];
    let first = true;
    while (at < text.length && (text[at] !== ']' || first)) {
      first = false;
      let low = text[at]!;
      if (low === '\\' && at + 1 < text.length) low = text[++at]!;
      at++;
      let high = low;
      if (text[at] === '-' && at + 1 < text.length && text[at + 1] !== ']') {
        high = text[at + 1]!;
        if (high === '\\' && at + 2 < text.length) high = text[++at + 1]!;
        at += 2;
      }
      ranges.push([low, high]);
    }
    if (at >= text.length) return null;
    this.at = at + 1;
    return { kind: 'class', ranges, negated };
  }

  /** `{a,b}` from `this.at`, or null (and `at` unchanged) unless it closes and has a comma: then `{` is plain. */
  private braces(): Node | null {
    const start = this.at;
    this.at++;
    const options: Node[][] = [this.sequence(true)];
    while (this.pattern[this.at] === ',') {
      this.at++;
      options.push(this.sequence(true));
    }
    if (this.pattern[this.at] !== '}' || options.length < 2) {
      this.at = start;
      return null;
    }
    this.at++;
    return { kind: 'alternatives', options };
  }
}

/** Whether `nodes` end with a slash after a name that does not end with a wildcard (as `a/` does). */
function endsWithSlashAfterName(nodes: readonly Node[]): boolean {
  const slash = nodes[nodes.length - 1];
  const before = nodes[nodes.length - 2];
  if (slash?.kind !== 'char' || slash.char !== '/' || before === undefined) return false;
  return before.kind !== 'star' && before.kind !== 'globstar';
}

/** Builds the automaton's steps for `nodes`, ending at step `next`; returns the first step. */
function build(nodes: readonly Node[], next: number, steps: Step[]): number {
  let entry = next;
  for (let i = nodes.length - 1; i >= 0; i--) entry = buildNode(nodes[i]!, entry, steps);
  return entry;
}

function add(steps: Step[], step: Step): number {
  steps.push(step);
  return steps.length - 1;
}

/** A placeholder step, filled in once the steps it leads to exist (for loops). */
function reserve(steps: Step[]): number {
  return add(steps, { kind: 'match' });
}

/** One or more name characters, then `next`. */
function buildName(next: number, steps: Step[]): number {
  const loop = reserve(steps);
  const wild = add(steps, { kind: 'wild', next: loop });
  steps[loop] = { kind: 'split', next: wild, other: next };
  return wild;
}

function buildNode(node: Node, next: number, steps: Step[]): number {
  switch (node.kind) {
    case 'char':
      return add(steps, { kind: 'char', char: node.char, next });
    case 'any':
      return add(steps, { kind: 'wild', next });
    case 'class':
      return add(steps, { kind: 'class', ranges: node.ranges, negated: node.negated, next });
    case 'star': {
      const loop = reserve(steps);
      const wild = add(steps, { kind: 'wild', next: loop });
      steps[loop] = { kind: 'split', next: wild, other: next };
      return node.nameStart ? add(steps, { kind: 'name-start', next: loop }) : loop;
    }
    case 'alternatives': {
      let entry = build(node.options[node.options.length - 1]!, next, steps);
      for (let i = node.options.length - 2; i >= 0; i--) entry = add(steps, { kind: 'split', next: build(node.options[i]!, next, steps), other: entry });
      return entry;
    }
    case 'globstar': {
      // leading: (name /)*   trailing: (/ name)*   whole: name (/ name)*
      const loop = reserve(steps);
      if (node.form === 'leading') {
        const slash = add(steps, { kind: 'char', char: '/', next: loop });
        steps[loop] = { kind: 'split', next: buildName(slash, steps), other: next };
        return loop;
      }
      const name = buildName(loop, steps);
      const slash = add(steps, { kind: 'char', char: '/', next: name });
      steps[loop] = { kind: 'split', next: slash, other: next };
      return node.form === 'trailing' ? loop : buildName(loop, steps);
    }
  }
}

function inClass(step: Extract<Step, { kind: 'class' }>, char: string): boolean {
  const found = step.ranges.some(([low, high]) => char >= low && char <= high);
  return found !== step.negated;
}

export type GlobMatcher = (path: string) => boolean;

/** A test for paths (with `/` between names, relative, as `path.relative` gives them in posix form). */
export function compileGlob(pattern: string, options: GlobOptions): GlobMatcher {
  let source = pattern;
  let negated = false;
  while (source.startsWith('!') && !source.startsWith('!(')) {
    negated = !negated;
    source = source.slice(1);
  }
  while (source.startsWith('./')) source = source.slice(2);
  const steps: Step[] = [];
  const accept = add(steps, { kind: 'match' });
  const start = build(new Parser(source).sequence(false), accept, steps);
  const matches = (path: string) => run(steps, start, path, options.dot);
  return negated ? (path) => !matches(path) : matches;
}

/** A test that passes when any of `patterns` matches. */
export function compileGlobs(patterns: readonly string[], options: GlobOptions): GlobMatcher {
  const matchers = patterns.map((pattern) => compileGlob(pattern, options));
  return (path) => matchers.some((matches) => matches(path));
}

/**
 * Runs the automaton over `path` with all its live steps at once: each character is looked at once per step,
 * whatever the pattern.
 */
function run(steps: readonly Step[], start: number, path: string, dot: boolean): boolean {
  const mark = new Int32Array(steps.length).fill(-1);
  let current: number[] = [];
  let following: number[] = [];
  // For each position, where its name starts, and whether that name is `.` or `..` (no wildcard matches those).
  const nameStarts = new Int32Array(path.length + 1);
  const dotNames = new Uint8Array(path.length + 1);
  for (let at = 0, nameStart = 0; at <= path.length; at++) {
    if (at === path.length || path[at] === '/') {
      const length = at - nameStart;
      const dotName = path[nameStart] === '.' && (length === 1 || (length === 2 && path[nameStart + 1] === '.'));
      if (dotName) dotNames.fill(1, nameStart, at);
      nameStarts[at] = nameStart;
      nameStart = at + 1;
    } else nameStarts[at] = nameStart;
  }
  /** Whether a wildcard may take the character at `at` (see GlobOptions); `startingName`: for a star at a name's start. */
  const wildAt = (at: number, startingName: boolean): boolean => {
    if (at >= path.length || path[at] === '/') return !startingName;
    if (dotNames[at] === 1) return false;
    const nameStart = nameStarts[at]!;
    if (path[nameStart] !== '.') return true;
    return dot || (at !== nameStart && !startingName);
  };
  const addState = (list: number[], index: number, generation: number) => {
    // Splits are followed here, iteratively, so that no pattern recurses deeply.
    const stack = [index];
    while (stack.length > 0) {
      const at = stack.pop()!;
      if (mark[at] === generation) continue;
      mark[at] = generation;
      const step = steps[at]!;
      if (step.kind === 'split') stack.push(step.other, step.next);
      else if (step.kind === 'name-start') {
        if (wildAt(generation, true)) stack.push(step.next);
      } else list.push(at);
    }
  };
  addState(current, start, 0);
  for (let i = 0; i < path.length; i++) {
    const char = path[i]!;
    const wildOk = char !== '/' && wildAt(i, false);
    following.length = 0;
    const generation = i + 1;
    for (const at of current) {
      const step = steps[at]!;
      let passes = false;
      if (step.kind === 'char') passes = step.char === char;
      else if (step.kind === 'wild') passes = wildOk;
      else if (step.kind === 'class') passes = char !== '/' && dotNames[i] !== 1 && inClass(step, char);
      if (passes) addState(following, (step as { next: number }).next, generation);
    }
    if (following.length === 0) return false;
    [current, following] = [following, current];
  }
  return current.some((at) => steps[at]!.kind === 'match');
}

/** Whether `pattern` says more than one path (else it names a file or folder that may not exist). */
export function isGlob(pattern: string): boolean {
  return GLOB_CHARACTERS.test(pattern.replace(/\\./g, ''));
}

/**
 * The folder a glob's matches are below (its names before the first one with a wildcard) and the rest of the
 * pattern, relative to it: `notices/** /*.yaml` is `notices` and `** /*.yaml`.
 */
export function splitGlob(pattern: string): { base: string; glob: string } {
  let source = pattern;
  while (source.startsWith('./')) source = source.slice(2);
  const names = source.split('/');
  let plain = 0;
  while (plain < names.length - 1 && !isGlob(names[plain]!)) plain++;
  const base = names.slice(0, plain).join('/');
  return { base: base === '' && source.startsWith('/') ? '/' : base, glob: names.slice(plain).join('/') };
}
