// A report to look at (one self-contained HTML file: inline CSS and SVG, no script, nothing loaded from
// anywhere): per announcement a scorecard of every criterion, a timeline, a time-zone strip for fair hours,
// and the findings with their remedies and norms, linked to the rule pages at the end of the file.
// Status is always a symbol and a word as well as a colour. Everything from an announcement is escaped.
import type { CriterionResult, DocumentResult, Finding, LintReport, Rule, Status } from '../engine/types.js';
import type { Locale } from '../i18n/locale.js';
import { describeRules, sourceUrl, type RuleDescriptor } from './descriptors.js';
import type { FormatContext, Formatter } from './formatter.js';
import { escapeHtml, safeHref } from './html-escape.js';
import { markdownToHtml } from './html-markdown.js';
import { htmlText, type HtmlText } from './html-text.js';
import { localizeReport } from './localize.js';
import { configFilesNamed, hasDrafts, latestSend } from './notes.js';
import { timelineHtml } from './html-timeline.js';
import { zoneStripHtml } from './html-zones.js';
import { reportText, type ReportText } from './text.js';

/** The report's words in one locale: those every report shares, and the HTML report's own. */
interface Text {
  t: ReportText;
  h: HtmlText;
}

const textOf = (locale: Locale = 'en'): Text => ({ t: reportText(locale), h: htmlText(locale) });

const STATUS_ORDER: readonly Status[] = ['fail', 'not-stated', 'waived', 'pass', 'not-applicable', 'off'];

export const REPORT_STYLES = `
.invitelint-report{--pass:#116329;--pass-bg:#dafbe1;--fail:#a40e26;--fail-bg:#ffebe9;--unknown:#7d4e00;--unknown-bg:#fff8c5;
--na:#57606a;--na-bg:#eaeef2;--waived:#0550ae;--waived-bg:#ddf4ff;--ink:#1f2328;--line:#d0d7de;
font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:var(--ink);max-width:62rem;margin:0 auto;padding:1rem}
.invitelint-report h1{font-size:1.6rem;margin:.2rem 0}
.invitelint-report h2{font-size:1.3rem;margin:2rem 0 .3rem;border-top:2px solid var(--line);padding-top:1rem}
.invitelint-report h3{font-size:1.05rem;margin:1.3rem 0 .4rem}
.invitelint-report table{border-collapse:collapse;margin:.4rem 0 1rem;width:100%}
.invitelint-report th,.invitelint-report td{border-bottom:1px solid var(--line);padding:.25rem .5rem;text-align:left;vertical-align:top}
.invitelint-report thead th{background:#f6f8fa}
.invitelint-report caption{text-align:left;font-weight:600;padding:.2rem 0}
.invitelint-report code{font:13px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:#f6f8fa;padding:0 .2rem;border-radius:3px}
.invitelint-report pre{background:#f6f8fa;padding:.6rem;overflow:auto}
.invitelint-report .status{display:inline-block;min-width:6.5rem;padding:0 .45rem;border-radius:1rem;border:1px solid;font-weight:600;white-space:nowrap}
.invitelint-report .status-pass{color:var(--pass);background:var(--pass-bg)}
.invitelint-report .status-fail{color:var(--fail);background:var(--fail-bg)}
.invitelint-report .status-not-stated{color:var(--unknown);background:var(--unknown-bg)}
.invitelint-report .status-not-applicable,.invitelint-report .status-off{color:var(--na);background:var(--na-bg)}
.invitelint-report .status-waived{color:var(--waived);background:var(--waived-bg)}
.invitelint-report .tally{display:flex;flex-wrap:wrap;gap:.4rem;margin:.4rem 0;padding:0;list-style:none}
.invitelint-report .tally .status{min-width:0}
.invitelint-report .origin{color:var(--na);margin:0}
.invitelint-report .findings{padding-left:1.4rem}
.invitelint-report .findings li{margin:.2rem 0 .8rem}
.invitelint-report .findings p{margin:.15rem 0}
.invitelint-report .where{color:var(--na)}
.invitelint-report figure{margin:.5rem 0 1rem}
.invitelint-report .timeline svg{border:1px solid var(--line);border-radius:6px;background:#fff;max-width:100%;height:auto}
.invitelint-report .tick{stroke:#eaeef2}
.invitelint-report .tick-label,.invitelint-report .event-label,.invitelint-report .window-label{font:11px system-ui,sans-serif;fill:var(--ink)}
.invitelint-report .tick-label{fill:var(--na)}
.invitelint-report .window{fill:#ddf4ff;stroke:#54aeff}
.invitelint-report .shortfall{fill:#ffcecb;stroke:var(--fail);stroke-dasharray:4 2}
.invitelint-report .window-label{font-weight:600}
.invitelint-report .axis{stroke:var(--ink);stroke-width:2}
.invitelint-report .leader{stroke:#afb8c1;stroke-dasharray:2 2}
.invitelint-report .ev-sent{fill:#8250df}.invitelint-report .ev-deadline{fill:#bf8700}.invitelint-report .ev-document{fill:#0969da}
.invitelint-report .ev-session{fill:var(--ink)}.invitelint-report .ev-decision{fill:#cf222e}
.invitelint-report .legend{font-size:.85rem;color:var(--na);margin:.2rem 0}
.invitelint-report .key{display:inline-block;width:1.2rem;height:.7rem;vertical-align:middle;border:1px solid}
.invitelint-report .key-window{background:#ddf4ff;border-color:#54aeff}.invitelint-report .key-shortfall{background:#ffcecb;border-color:var(--fail);border-style:dashed}
.invitelint-report .zones svg{display:block}
.invitelint-report .night{fill:#d0d7de}.invitelint-report .day-window{fill:#dafbe1}.invitelint-report .hour{stroke:#fff}
.invitelint-report .span-in{fill:var(--pass)}.invitelint-report .span-out{fill:var(--fail)}.invitelint-report .next-day{opacity:.6}
.invitelint-report .rule-page{border:1px solid var(--line);border-radius:6px;padding:.1rem .9rem;margin:.8rem 0}
.invitelint-report .rule-page:target{outline:3px solid #0969da}
.invitelint-report .rule-page h4{font-size:1rem;margin:.8rem 0 .2rem}
.invitelint-report a{color:#0550ae}
@media print{.invitelint-report details{display:block}}
`;

/** Untrusted text with our messages' `code` spans shown as code (after escaping, so they can carry no markup). */
const prose = (text: string) => escapeHtml(text).replace(/`([^`]+)`/g, '<code>$1</code>');

export function statusHtml(status: Status, t: ReportText = reportText()): string {
  return `<span class="status status-${status}">${t.statusLabel[status]}</span>`;
}

const ruleAnchor = (rule: string) => `rule-${rule.replace(/[^a-z0-9-]/gi, '-')}`;

function scorecard(criteria: readonly CriterionResult[], descriptors: Map<string, RuleDescriptor>, { t, h }: Text): string {
  const rows = criteria.map((criterion) => {
    const linked = descriptors.get(criterion.rule)?.page ? `<a href="#${ruleAnchor(criterion.rule)}">${escapeHtml(criterion.criterion)}</a>` : escapeHtml(criterion.criterion);
    return `<tr><th scope="row">${linked}</th><td>${statusHtml(criterion.status, t)}</td><td>${h.setting[criterion.severity] ?? criterion.severity}</td><td><code>${escapeHtml(criterion.rule)}</code></td></tr>`;
  });
  const { columns } = h;
  return [
    `<table class="scorecard">`,
    `<caption>${h.scorecard(criteria.length)}</caption>`,
    `<thead><tr><th scope="col">${columns.criterion}</th><th scope="col">${columns.status}</th><th scope="col">${columns.severity}</th><th scope="col">${columns.rule}</th></tr></thead>`,
    `<tbody>${rows.join('')}</tbody>`,
    `</table>`,
  ].join('\n');
}

function tally(criteria: readonly CriterionResult[], { t, h }: Text): string {
  const counts = STATUS_ORDER.map((status) => [status, criteria.filter((c) => c.status === status).length] as const).filter(([, count]) => count > 0);
  return `<ul class="tally" aria-label="${h.byStatus}">${counts.map(([status, count]) => `<li><span class="status status-${status}">${t.statusLabel[status]}${h.colon}${count}</span></li>`).join('')}</ul>`;
}

function findingHtml(finding: Finding, descriptor: RuleDescriptor | undefined, { t, h }: Text): string {
  const severity = finding.waived ? t.waived : finding.severity === 'error' ? t.error : t.warning;
  const badge = finding.waived ? statusHtml('waived', t) : `<span class="status status-${finding.severity === 'error' ? 'fail' : 'not-stated'}">${finding.severity === 'error' ? '✖' : '!'} ${severity}</span>`;
  const criterion = escapeHtml(descriptor?.criterion ?? finding.rule);
  const named = descriptor?.page ? `<a href="#${ruleAnchor(finding.rule)}">${criterion}</a>` : criterion;
  const where = `${t.where(finding.line, finding.column)}${finding.path ? ` (<code>${escapeHtml(finding.path)}</code>)` : ''}`;
  const lines = [`<p>${badge} <strong>${named}</strong> <code>${escapeHtml(finding.rule)}</code> <span class="where">${where}</span></p>`, `<p>${prose(finding.message)}</p>`];
  if (finding.remedy) lines.push(`<p><strong>${t.remedy}${h.colon.trimEnd()}</strong> ${prose(finding.remedy)}</p>`);
  if (finding.source) {
    const href = safeHref(sourceUrl(descriptor, finding.source));
    lines.push(`<p><strong>${t.norm}${h.colon.trimEnd()}</strong> ${href ? `<a href="${href}">${escapeHtml(finding.source)}</a>` : escapeHtml(finding.source)}</p>`);
  }
  if (finding.waived) lines.push(`<p><strong>${h.waivedLabel}</strong> (${t.waivedWhere(finding.waived.origin)})${h.colon}${escapeHtml(finding.waived.reason)}</p>`);
  return `<li>${lines.join('')}</li>`;
}

function documentSection(result: DocumentResult, index: number, descriptors: Map<string, RuleDescriptor>, manyInFile: boolean, text: Text): string {
  const { t, h } = text;
  const id = `doc-${index + 1}`;
  const title = result.title?.trim() ? escapeHtml(result.title) : t.untitled;
  const origin = `${escapeHtml(result.file)}${manyInFile ? `, ${t.document(result.document + 1)}` : ''}`;
  const parts = [
    `<section class="announcement" aria-labelledby="${id}-heading">`,
    `<h2 id="${id}-heading">${title}</h2>`,
    `<p class="origin">${t.origin(origin, result.errorCount, result.warningCount, result.waivedCount)}</p>`,
  ];
  const send = latestSend(result);
  if (send) parts.push(`<p class="draft"><strong>${t.draft}${h.colon.trimEnd()}</strong> ${escapeHtml(t.sendBy(send))}.</p>`);
  if (result.criteria.length) {
    parts.push(tally(result.criteria, text), scorecard(result.criteria, descriptors, text));
  } else {
    parts.push(`<p>${t.noCriterion}</p>`);
  }
  if (result.facts) {
    parts.push(`<h3>${h.timeline}</h3>`, timelineHtml(result, result.facts, `${id}-timeline`, h));
    const zones = zoneStripHtml(result, result.facts, h);
    parts.push(`<h3>${h.fairHours}</h3>`);
    if (zones) parts.push(zones);
    else if (result.facts.mode === 'in-person' && result.facts.remoteStated) parts.push(`<p>${h.nobodyRemote}</p>`);
    else if (result.facts.mode === 'in-person') parts.push(`<p>${h.remoteNotStated}</p>`);
    else parts.push(`<p>${h.noZones}</p>`);
  }
  if (result.findings.length) {
    parts.push(`<h3>${h.findings}</h3>`, `<ol class="findings">${result.findings.map((finding) => findingHtml(finding, descriptors.get(finding.rule), text)).join('\n')}</ol>`);
  } else {
    parts.push(`<p>${h.noFindings}</p>`);
  }
  parts.push('</section>');
  return parts.join('\n');
}

function rulePages(descriptors: readonly RuleDescriptor[], { h }: Text): string {
  const pages = descriptors.filter((descriptor) => descriptor.page);
  if (!pages.length) return '';
  return [
    `<section class="rule-pages" aria-labelledby="rule-pages-heading">`,
    `<h2 id="rule-pages-heading">${h.rulePages}</h2>`,
    `<p>${h.rulePagesIntro}</p>`,
    ...pages.map(
      (descriptor) =>
        `<article class="rule-page" id="${ruleAnchor(descriptor.id)}" aria-labelledby="${ruleAnchor(descriptor.id)}-heading">\n<h3 id="${ruleAnchor(descriptor.id)}-heading">${escapeHtml(descriptor.criterion)} <code>${escapeHtml(descriptor.id)}</code></h3>\n${markdownToHtml(descriptor.page!.replace(/^#[^\n]*\n/, ''), 4)}\n</article>`,
    ),
    `</section>`,
  ].join('\n');
}

function summaryLine(report: LintReport, context: Pick<FormatContext, 'hiddenWarnings'>, { t }: Text): string {
  const { files, documents, errors, warnings, waived } = report.summary;
  const { named, more } = configFilesNamed(report);
  const hidden = context.hiddenWarnings ? t.hiddenWarnings(context.hiddenWarnings) : '';
  // The sentence's own `code` spans become <code>; the config files' names, which are the user's, are put in after.
  const CONFIG = '\u0000';
  const sentence = t.summary({
    errors,
    warnings: hidden || t.warnings(warnings),
    waived,
    documents,
    files,
    tool: `${escapeHtml(report.tool.name)} ${escapeHtml(report.tool.version)}`,
    configFiles: named.length ? CONFIG : null,
    asOf: hasDrafts(report) ? escapeHtml(report.asOf) : null,
  });
  const configFiles = named.length ? t.configList(named.map((name) => `<code>${escapeHtml(name)}</code>`), more) : '';
  return sentence.replace(/`([^`]+)`/g, '<code>$1</code>').replace(CONFIG, () => configFiles);
}

/** One rule's page in `locale`, for the checker page to open on demand: null for a rule with none. */
export function rulePageHtml(rules: FormatContext['rules'], id: string, locale: Locale = 'en'): { title: string; html: string } | null {
  const descriptor = describeRules(rules, undefined, locale).find((each) => each.id === id);
  if (!descriptor?.page) return null;
  return { title: descriptor.criterion, html: markdownToHtml(descriptor.page.replace(/^#[^\n]*\n/, ''), 3) };
}

/**
 * The report's content, without the page around it: the checker page shows it in its own page, and opens the rule
 * pages one at a time (`rulePages: false`) instead of appending all of them to every report. In the context's
 * locale: findings and criteria through localizeReport, the words around them from text.ts and html-text.ts.
 */
export function reportBody(english: LintReport, context: Pick<FormatContext, 'rules' | 'hiddenWarnings' | 'locale'>, options: { rulePages?: boolean } = {}): string {
  const text = textOf(context.locale);
  const report = localizeReport(english, context.rules, text.t.locale);
  const descriptors = describeRules(context.rules, report, text.t.locale);
  const byId = new Map(descriptors.map((descriptor) => [descriptor.id, descriptor]));
  const documentsPerFile = new Map<string, number>();
  for (const result of report.results) documentsPerFile.set(result.file, (documentsPerFile.get(result.file) ?? 0) + 1);
  return [
    `<div class="invitelint-report">`,
    `<h1>${text.h.heading}</h1>`,
    `<p>${summaryLine(report, context, text)}</p>`,
    ...report.results.map((result, index) => documentSection(result, index, byId, documentsPerFile.get(result.file)! > 1, text)),
    options.rulePages === false ? '' : rulePages(descriptors, text),
    `</div>`,
  ].join('\n');
}

const html: Formatter = (report, context) => {
  const h = htmlText(context.locale);
  return [
    '<!doctype html>',
    `<html lang="${h.locale}">`,
    '<head>',
    '<meta charset="utf-8">',
    // Nothing may be loaded from anywhere: no script at all, styles only from this file, images only inline.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${h.pageTitle(escapeHtml(report.results.map((result) => result.title ?? result.file).slice(0, 3).join('; ') || h.noAnnouncements))}</title>`,
    `<style>body{margin:0;background:#fff}${REPORT_STYLES}</style>`,
    '</head>',
    '<body>',
    '<main>',
    reportBody(report, context),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
};

export default html;
