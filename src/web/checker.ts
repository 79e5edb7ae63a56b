// The offline checker page's script: the library's lintText and the HTML report, run in the browser on
// what the user pastes or opens. Bundled for the browser by src/tools/build.mjs into dist/checker.html,
// which `invitelint web` writes out. It reads no clock but the default "sent on" date, and sends nothing.
import { lintText, PRESETS, RULES } from '../index.js';
import { REPORT_STYLES, reportBody } from '../report/html.js';
import { VERSION } from '../version.js';

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`the page has no #${id}`);
  return found as T;
}

const today = () => new Date().toISOString().slice(0, 10);

function start(): void {
  const style = document.createElement('style');
  style.textContent = REPORT_STYLES;
  document.head.append(style);

  const form = element<HTMLFormElement>('checker-form');
  const text = element<HTMLTextAreaElement>('announcement');
  const file = element<HTMLInputElement>('file');
  const preset = element<HTMLSelectElement>('preset');
  const asOf = element<HTMLInputElement>('as-of');
  const message = element<HTMLElement>('message');
  const report = element<HTMLElement>('report');
  element<HTMLElement>('version').textContent = VERSION;

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
  preset.addEventListener('change', describePreset);
  describePreset();
  asOf.value = today();
  let fileName: string | null = null;

  file.addEventListener('change', async () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    text.value = await chosen.text();
    fileName = chosen.name;
    message.textContent = '';
  });
  text.addEventListener('input', () => {
    // Edited text is no longer the file: the report names it as pasted, and the file control is cleared.
    fileName = null;
    file.value = '';
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    message.textContent = '';
    if (!text.value.trim()) {
      message.textContent = 'Paste an announcement or open a file first.';
      report.replaceChildren();
      text.focus();
      return;
    }
    const date = /^\d{4}-\d{2}-\d{2}$/.test(asOf.value) ? asOf.value : today();
    // As on the command line: a chosen preset comes after the default `recommended`.
    const presets = preset.value === 'recommended' ? ['recommended'] : ['recommended', preset.value];
    try {
      const result = lintText(text.value, { filePath: fileName ?? 'pasted announcement', asOf: date, config: { extends: presets } });
      // reportBody escapes every piece of announcement text: this markup carries none of the user's own.
      report.innerHTML = reportBody(result, { rules: RULES });
      report.querySelector('h2')?.scrollIntoView?.({ block: 'start' });
    } catch (error) {
      report.replaceChildren();
      message.textContent = `The checker failed on this text: ${error instanceof Error ? error.message : String(error)}`;
    }
  });
}

start();
