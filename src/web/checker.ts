// The offline checker page's script: the library's lintText and the HTML report, run in the browser on what the
// user fills in, pastes or opens. Bundled for the browser by src/tools/build.mjs into dist/checker.html, which
// `invitelint web` writes out. It reads no clock but the default "sent on" date, and sends nothing.
//
// Every text that arrives (typed, a file, the template, an example; a dropped message later) goes through
// setAnnouncement(), which fills the form from it and checks it: a new source needs only to call that.
import { announcementJsonSchema } from '../authoring/json-schema.js';
import { ANNOUNCEMENT_TEMPLATE } from '../authoring/template.js';
import { importInvitation } from '../import/index.js';
import { lintText, PRESETS, RULES } from '../index.js';
import type { LintReport } from '../engine/types.js';
import { localeOfTag, type Locale } from '../i18n/locale.js';
import { REPORT_STYLES, reportBody, rulePageHtml } from '../report/html.js';
import { CHECKER_TEXT } from './checker-text.js';
import { VERSION } from '../version.js';
import wsis2005 from '../../fixtures/wsis-2005-informal-consultations.yaml?raw';
import hybrid from '../../fixtures/passing/inclusive-hybrid-consultation.yaml?raw';
import { buildFields, entryCounts, fillFields, pathText, type FieldPath, type FormHooks, type JsonSchema } from './form.js';
import { parseForForm, withEntry, withField, withoutEntry } from './yaml-sync.js';

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`the page has no #${id}`);
  return found as T;
}

const today = () => new Date().toISOString().slice(0, 10);

const EXAMPLES: readonly { name: string; text: string }[] = [
  { name: 'WSIS informal consultations, Geneva, 2 May 2005 (fails)', text: wsis2005 },
  { name: 'An inclusive hybrid consultation (passes)', text: hybrid },
];

/** How long typing may pause before the report is made again. */
const QUIET_MILLISECONDS = 300;

function start(): void {
  const style = document.createElement('style');
  style.textContent = REPORT_STYLES;
  document.head.append(style);

  const form = element<HTMLFormElement>('checker-form');
  const text = element<HTMLTextAreaElement>('announcement');
  const gutter = element<HTMLElement>('gutter');
  const fields = element<HTMLElement>('fields');
  const formNote = element<HTMLElement>('form-note');
  const file = element<HTMLInputElement>('file');
  const preset = element<HTMLSelectElement>('preset');
  const asOf = element<HTMLInputElement>('as-of');
  const message = element<HTMLElement>('message');
  const status = element<HTMLElement>('status');
  const report = element<HTMLElement>('report');
  const example = element<HTMLSelectElement>('example');
  const dialog = element<HTMLDialogElement>('rule-dialog');
  element<HTMLElement>('version').textContent = VERSION;

  // The language: the browser's when the checker speaks it, else English; the choice relabels the page and
  // rewrites the report and the rule pages in it.
  const localeSelect = element<HTMLSelectElement>('locale');
  let locale: Locale = localeOfTag(navigator.language ?? '') ?? 'en';
  const say = () => CHECKER_TEXT[locale];
  const relabel = () => {
    const words = say();
    window.document.documentElement.lang = locale;
    window.document.title = words.title;
    // Our own words only (no announcement text): some hold a <code> of ours.
    for (const [id, value] of Object.entries(words.byId)) {
      const target = window.document.getElementById(id);
      if (target) target.innerHTML = value;
    }
    for (const [id, value] of Object.entries(words.labels)) {
      const label = window.document.querySelector(`label[for="${id}"]`);
      if (label) label.innerHTML = value;
    }
  };
  localeSelect.value = locale;
  relabel();

  // The form writes format v2, the version the template and `invitelint init` write.
  const schema = announcementJsonSchema(2) as JsonSchema;
  let fileName: string | null = null;
  let pending: ReturnType<typeof setTimeout> | undefined;

  // The line numbers beside the text, the line of the cursor marked.
  const drawGutter = () => {
    const count = text.value.split('\n').length;
    const current = text.value.slice(0, text.selectionStart).split('\n').length;
    const lines: string[] = [];
    for (let line = 1; line <= count; line++) lines.push(line === current ? `<span class="current">${line}</span>` : String(line));
    gutter.innerHTML = lines.join('\n');
    gutter.scrollTop = text.scrollTop;
  };
  text.addEventListener('scroll', () => (gutter.scrollTop = text.scrollTop));
  for (const event of ['keyup', 'click', 'select'] as const) text.addEventListener(event, drawGutter);

  const goToLine = (line: number) => {
    const lines = text.value.split('\n');
    const target = Math.min(Math.max(line, 1), lines.length);
    let offset = 0;
    for (let i = 0; i < target - 1; i++) offset += lines[i]!.length + 1;
    text.focus();
    text.setSelectionRange(offset, offset + lines[target - 1]!.length);
    const lineHeight = parseFloat(getComputedStyle(text).lineHeight) || 20;
    text.scrollTop = Math.max(0, (target - 1) * lineHeight - text.clientHeight / 3);
    drawGutter();
  };

  const openRule = (id: string) => {
    const page = rulePageHtml(RULES, id, locale);
    if (!page) return;
    element<HTMLElement>('rule-dialog-title').textContent = page.title;
    // rulePageHtml renders the rule's own Markdown page, shipped with the tool: no announcement text in it.
    element<HTMLElement>('rule-dialog-body').innerHTML = page.html;
    if (!dialog.open) dialog.showModal();
  };
  element<HTMLButtonElement>('rule-dialog-close').addEventListener('click', () => dialog.close());

  // The form: drawn from the schema, with as many entries in each list as the announcement has.
  const hooks: FormHooks = {
    change: (path, value) => editFromForm((doc) => withField(doc, path, value)),
    addItem: (path) => editFromForm((doc) => withEntry(doc, path), true, path),
    removeItem: (path) => editFromForm((doc) => withoutEntry(doc, path), true),
    openRule,
  };
  let drawnCounts = '';
  const drawForm = (data: unknown) => {
    const counts = entryCounts(data);
    const key = JSON.stringify(counts);
    if (key !== drawnCounts) {
      fields.replaceChildren(...buildFields(schema, hooks, counts));
      drawnCounts = key;
    }
    fillFields(fields, data);
  };

  /** The form follows the text; when the text cannot be read as one announcement, the form says so and waits. */
  const followText = () => {
    const parsed = parseForForm(text.value);
    if ('problem' in parsed) {
      formNote.textContent = parsed.problem;
      return;
    }
    formNote.textContent = '';
    drawForm(parsed.data);
  };

  function editFromForm(edit: (doc: Parameters<typeof withField>[0]) => string, redraw = false, focusAfter?: FieldPath): void {
    const parsed = parseForForm(text.value);
    if ('problem' in parsed) {
      formNote.textContent = parsed.problem;
      return;
    }
    text.value = edit(parsed.doc);
    fileName = null;
    file.value = '';
    drawGutter();
    if (redraw) {
      followText();
      // A new entry: its first control, so that a keyboard user goes on typing there.
      if (focusAfter) fields.querySelector<HTMLElement>(`[data-field="${CSS.escape(pathText(focusAfter))}"] > .entry:last-of-type :is(input, select, textarea)`)?.focus();
    }
    scheduleCheck();
  }

  /** The one way text arrives: typed, opened, the template, an example. */
  const setAnnouncement = (value: string, name: string | null) => {
    text.value = value;
    fileName = name;
    message.textContent = '';
    drawGutter();
    followText();
    check();
  };

  for (const [index, { name }] of EXAMPLES.entries()) {
    const option = document.createElement('option');
    option.value = String(index);
    option.textContent = name;
    example.append(option);
  }
  element<HTMLButtonElement>('load-example').addEventListener('click', () => {
    const chosen = EXAMPLES[Number(example.value)] ?? EXAMPLES[0]!;
    setAnnouncement(chosen.text, null);
  });
  element<HTMLButtonElement>('template').addEventListener('click', () => {
    setAnnouncement(ANNOUNCEMENT_TEMPLATE.replace(/^# yaml-language-server:.*\n/, ''), null);
  });
  element<HTMLButtonElement>('print').addEventListener('click', () => window.print());

  const presetDescription = element<HTMLElement>('preset-description');
  for (const { name } of PRESETS) {
    const option = document.createElement('option');
    option.value = name;
    option.textContent = name;
    preset.append(option);
  }
  const describePreset = () => {
    presetDescription.textContent = PRESETS.find((p) => p.name === preset.value)?.description ?? '';
  };
  preset.addEventListener('change', () => {
    describePreset();
    scheduleCheck();
  });
  asOf.addEventListener('change', scheduleCheck);
  describePreset();
  asOf.value = today();

  /** A file opened or dropped: a received invitation (.eml, .ics) is imported into a draft first (docs/import.md). */
  const openFile = async (chosen: File) => {
    if (!/\.(ics|eml)$/i.test(chosen.name)) {
      setAnnouncement(await chosen.text(), chosen.name);
      return;
    }
    const imported = await importInvitation(new Uint8Array(await chosen.arrayBuffer()), { fileName: chosen.name });
    if (imported.yaml === null) {
      message.textContent = say().cannotImport(chosen.name, imported.problems.map((problem) => `${say().line(problem.line)}: ${problem.message}`).join('; '));
      return;
    }
    setAnnouncement(imported.yaml, chosen.name);
  };
  file.addEventListener('change', async () => {
    const chosen = file.files?.[0];
    if (chosen) await openFile(chosen);
  });
  text.addEventListener('dragover', (event) => event.preventDefault());
  text.addEventListener('drop', (event) => {
    const dropped = event.dataTransfer?.files?.[0];
    if (!dropped) return;
    event.preventDefault();
    file.value = '';
    void openFile(dropped);
  });
  text.addEventListener('input', () => {
    // Edited text is no longer the file: the report names it as pasted, and the file control is cleared.
    fileName = null;
    file.value = '';
    drawGutter();
    followText();
    scheduleCheck();
  });

  function scheduleCheck(): void {
    clearTimeout(pending);
    pending = setTimeout(check, QUIET_MILLISECONDS);
  }

  /** Marks the fields the problems are about, and gives each finding its way to the field and the line. */
  const linkFindings = (result: LintReport) => {
    for (const control of fields.querySelectorAll<HTMLElement>('[aria-invalid]')) control.removeAttribute('aria-invalid');
    for (const slot of fields.querySelectorAll<HTMLElement>('.field-error')) {
      slot.hidden = true;
      slot.textContent = '';
    }
    const sections = report.querySelectorAll('section.announcement');
    result.results.forEach((document, index) => {
      const items = sections[index]?.querySelectorAll(':scope > ol.findings > li') ?? [];
      document.findings.forEach((finding, i) => {
        const item = items[i];
        if (!item) return;
        const target = fieldFor(finding.path, index === 0);
        const links = window.document.createElement('p');
        links.className = 'goto';
        if (target) {
          const button = window.document.createElement('button');
          button.type = 'button';
          button.textContent = say().showField(target.label);
          button.addEventListener('click', () => {
            target.control.scrollIntoView({ block: 'center' });
            target.control.focus();
          });
          links.append(button);
          if (finding.rule === 'schema' || finding.rule === 'syntax') {
            target.control.setAttribute('aria-invalid', 'true');
            const slot = element<HTMLElement>(`${target.control.id}-error`);
            slot.hidden = false;
            slot.textContent = slot.textContent ? `${slot.textContent} ${finding.message}` : finding.message;
          }
        }
        const line = window.document.createElement('button');
        line.type = 'button';
        line.textContent = say().showLine(finding.line);
        line.addEventListener('click', () => goToLine(finding.line));
        links.append(line);
        item.append(links);
      });
    });
  };

  /** The control of the field at `path`, or of its nearest parent that has one. */
  const fieldFor = (path: string, firstDocument: boolean): { control: HTMLElement; label: string } | null => {
    if (!firstDocument || !path) return null;
    let current = path;
    while (current) {
      const control = fields.querySelector<HTMLElement>(`[data-path="${CSS.escape(current)}"]`);
      if (control) {
        const label = control instanceof HTMLFieldSetElement ? control.querySelector('legend')?.textContent : fields.querySelector(`label[for="${CSS.escape(control.id)}"]`)?.firstChild?.textContent;
        return { control, label: label ?? current };
      }
      current = current.replace(/(?:\.[^.[\]]+|\[\d+\])$/, '');
    }
    return null;
  };

  function check(): void {
    clearTimeout(pending);
    message.textContent = '';
    if (!text.value.trim()) {
      report.replaceChildren();
      status.textContent = '';
      return;
    }
    const date = /^\d{4}-\d{2}-\d{2}$/.test(asOf.value) ? asOf.value : today();
    // As on the command line: a chosen preset comes after the default `recommended`.
    const presets = preset.value === 'recommended' ? ['recommended'] : ['recommended', preset.value];
    try {
      const result = lintText(text.value, { filePath: fileName ?? 'pasted announcement', asOf: date, config: { extends: presets } });
      // reportBody escapes every piece of announcement text: this markup carries none of the user's own. Rule
      // pages are opened one at a time, on demand, instead of following every report.
      report.innerHTML = reportBody(result, { rules: RULES, locale }, { rulePages: false });
      linkFindings(result);
      const { errors, warnings } = result.summary;
      status.textContent = say().updated(errors, warnings);
    } catch (error) {
      report.replaceChildren();
      message.textContent = say().failed(error instanceof Error ? error.message : String(error));
    }
  }

  report.addEventListener('click', (event) => {
    const link = (event.target as Element).closest?.('a[href^="#rule-"]');
    if (!link) return;
    event.preventDefault();
    openRule(link.getAttribute('href')!.slice('#rule-'.length));
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!text.value.trim()) {
      message.textContent = say().empty;
      report.replaceChildren();
      text.focus();
      return;
    }
    check();
    report.querySelector('h2')?.scrollIntoView?.({ block: 'start' });
  });

  localeSelect.addEventListener('change', () => {
    locale = localeSelect.value === 'fr' || localeSelect.value === 'es' ? localeSelect.value : 'en';
    relabel();
    check();
  });

  drawGutter();
  drawForm({});
}

start();
