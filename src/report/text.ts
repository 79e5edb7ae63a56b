// What the reports say around the findings, in each locale: status and severity words, counts, the notes on drafts,
// --quiet and config files. English is what the formats wrote before they were translated, byte for byte.
import type { Status } from '../engine/types.js';
import type { Locale } from '../i18n/locale.js';
import { wordsFor, type Words } from '../i18n/words.js';

/** The latest day to send a passing draft (notes.ts), as the sentence after `Draft:` says it. */
export interface SendBy {
  date: string;
  requiredDays: number;
  unit: string;
}

export interface ReportText {
  locale: Locale;
  words: Words;
  /** A status in a word or two (`not stated`, `n/a`). */
  status: Record<Status, string>;
  /** A status as a symbol and words, for tables (`✔ pass`). */
  statusLabel: Record<Status, string>;
  error: string;
  warning: string;
  waived: string;
  errors(count: number): string;
  warnings(count: number): string;
  /** `3 waived`. */
  waivedCount(count: number): string;
  files(count: number): string;
  announcements(count: number): string;
  findings(count: number): string;
  untitled: string;
  /** `document 2` (1-based). */
  document(number: number): string;
  /** `Draft`: the label before the latest day to send. */
  draft: string;
  /** After `Draft:`: the latest day to send (without its full stop). */
  sendBy(send: SendBy): string;
  /** --quiet's note on the warnings it left out. */
  hiddenWarnings(count: number): string;
  /** `a, b and 3 more`: config file names already made safe for the format. */
  configList(names: readonly string[], more: number): string;
  /** `config` in stylish's `config: FILE`. */
  config: string;
  /** `as of 2026-12-02`, in stylish's summary. */
  asOf(date: string): string;
  remedy: string;
  norm: string;
  /** `line 3, column 5`. */
  where(line: number, column: number): string;
  /** The summary sentence of the Markdown and HTML reports: counts, tool, config files, drafts. */
  summary(parts: { errors: number; warnings: string; waived: number; documents: number; files: number; tool: string; configFiles: string | null; asOf: string | null }): string;
  /** The origin line of an announcement in the Markdown and HTML reports. */
  origin(origin: string, errors: number, warnings: number, waived: number): string;
  noCriterion: string;
  /** `waived in the announcement` / `in the configuration`. */
  waivedWhere(origin: 'inline' | 'config'): string;
}

const EN_STATUS: Record<Status, string> = { pass: 'pass', fail: 'fail', 'not-stated': 'not stated', 'not-applicable': 'n/a', waived: 'waived', off: 'off' };
const FR_STATUS: Record<Status, string> = { pass: 'conforme', fail: 'non conforme', 'not-stated': 'non précisé', 'not-applicable': 'sans objet', waived: 'dérogé', off: 'désactivé' };
const ES_STATUS: Record<Status, string> = { pass: 'cumple', fail: 'no cumple', 'not-stated': 'no indicado', 'not-applicable': 'no aplica', waived: 'eximido', off: 'desactivado' };

function labels(status: Record<Status, string>): Record<Status, string> {
  return {
    pass: `✔ ${status.pass}`,
    fail: `✖ ${status.fail}`,
    'not-stated': `? ${status['not-stated']}`,
    'not-applicable': `– ${status['not-applicable']}`,
    waived: `~ ${status.waived}`,
    off: `– ${status.off}`,
  };
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

function english(): ReportText {
  return {
    locale: 'en',
    words: wordsFor('en'),
    status: EN_STATUS,
    statusLabel: labels(EN_STATUS),
    error: 'error',
    warning: 'warning',
    waived: 'waived',
    errors: (count) => plural(count, 'error'),
    warnings: (count) => plural(count, 'warning'),
    waivedCount: (count) => `${count} waived`,
    files: (count) => plural(count, 'file'),
    announcements: (count) => plural(count, 'announcement'),
    findings: (count) => `${count} findings`,
    untitled: '(untitled)',
    document: (number) => `document ${number}`,
    draft: 'Draft',
    sendBy: (send) => `send it by ${send.date} at the latest, for the ${send.requiredDays} ${send.unit} of notice it needs`,
    hiddenWarnings: (count) => `${count} warning${count === 1 ? '' : 's'} not shown (--quiet)`,
    configList: (names, more) => (more ? `${names.join(', ')} and ${more} more` : names.join(', ')),
    config: 'config',
    asOf: (date) => `as of ${date}`,
    remedy: 'Remedy',
    norm: 'Norm',
    where: (line, column) => `line ${line}, column ${column}`,
    summary: (p) =>
      `${plural(p.errors, 'error')}, ${p.warnings} and ${p.waived} waived in ${plural(p.documents, 'announcement')} (${plural(p.files, 'file')}), checked with ${p.tool}.` +
      (p.configFiles ? ` Configuration read from ${p.configFiles}.` : '') +
      (p.asOf ? ` Drafts without an \`issued\` date are taken to be sent on ${p.asOf}.` : ''),
    origin: (origin, errors, warnings, waived) => `${origin}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${waived} waived.`,
    noCriterion: 'No criterion was checked: the document could not be read as an announcement (see the findings).',
    waivedWhere: (origin) => (origin === 'inline' ? 'in the announcement' : 'in the configuration'),
  };
}

function french(): ReportText {
  const w = wordsFor('fr');
  const errors = (count: number) => w.count(count, { one: 'erreur', other: 'erreurs' });
  const warnings = (count: number) => w.count(count, { one: 'avertissement', other: 'avertissements' });
  const waivedCount = (count: number) => w.count(count, { one: 'constat dérogé', other: 'constats dérogés' });
  const announcements = (count: number) => w.count(count, { one: 'annonce', other: 'annonces' });
  const files = (count: number) => w.count(count, { one: 'fichier', other: 'fichiers' });
  return {
    locale: 'fr',
    words: w,
    status: FR_STATUS,
    statusLabel: labels(FR_STATUS),
    error: 'erreur',
    warning: 'avertissement',
    waived: 'dérogé',
    errors,
    warnings,
    waivedCount,
    files,
    announcements,
    findings: (count) => w.count(count, { one: 'constat', other: 'constats' }),
    untitled: '(sans titre)',
    document: (number) => `document ${number}`,
    draft: 'Projet',
    sendBy: (send) =>
      `l’envoyer au plus tard le ${w.date(send.date)}, pour respecter le préavis de ${w.count(send.requiredDays, send.unit === 'working days' ? { one: 'jour ouvrable', other: 'jours ouvrables' } : { one: 'jour', other: 'jours' })} requis`,
    hiddenWarnings: (count) => `${w.count(count, { one: 'avertissement non affiché', other: 'avertissements non affichés' })} (--quiet)`,
    configList: (names, more) => (more ? `${names.join(', ')} et ${more} autres` : names.join(', ')),
    config: 'configuration',
    asOf: (date) => `au ${w.date(date)}`,
    remedy: 'Correctif',
    norm: 'Norme',
    where: (line, column) => `ligne ${line}, colonne ${column}`,
    summary: (p) =>
      `${errors(p.errors)}, ${p.warnings} et ${waivedCount(p.waived)} pour ${announcements(p.documents)} (${files(p.files)}), vérifié avec ${p.tool}.` +
      (p.configFiles ? ` Configuration lue dans ${p.configFiles}.` : '') +
      (p.asOf ? ` Les projets sans date \`issued\` sont considérés comme envoyés le ${w.date(p.asOf)}.` : ''),
    origin: (origin, e, wa, wv) => `${origin} : ${errors(e)}, ${warnings(wa)}, ${waivedCount(wv)}.`,
    noCriterion: 'Aucun critère n’a été vérifié : le document n’a pas pu être lu comme une annonce (voir les constats).',
    waivedWhere: (origin) => (origin === 'inline' ? 'dans l’annonce' : 'dans la configuration'),
  };
}

function spanish(): ReportText {
  const w = wordsFor('es');
  const errors = (count: number) => w.count(count, { one: 'error', other: 'errores' });
  const warnings = (count: number) => w.count(count, { one: 'advertencia', other: 'advertencias' });
  const waivedCount = (count: number) => w.count(count, { one: 'observación eximida', other: 'observaciones eximidas' });
  const announcements = (count: number) => w.count(count, { one: 'anuncio', other: 'anuncios' });
  const files = (count: number) => w.count(count, { one: 'archivo', other: 'archivos' });
  return {
    locale: 'es',
    words: w,
    status: ES_STATUS,
    statusLabel: labels(ES_STATUS),
    error: 'error',
    warning: 'advertencia',
    waived: 'eximida',
    errors,
    warnings,
    waivedCount,
    files,
    announcements,
    findings: (count) => w.count(count, { one: 'observación', other: 'observaciones' }),
    untitled: '(sin título)',
    document: (number) => `documento ${number}`,
    draft: 'Borrador',
    sendBy: (send) =>
      `enviarla a más tardar el ${w.date(send.date)}, para la antelación de ${w.count(send.requiredDays, send.unit === 'working days' ? { one: 'día hábil', other: 'días hábiles' } : { one: 'día', other: 'días' })} que necesita`,
    hiddenWarnings: (count) => `${w.count(count, { one: 'advertencia no mostrada', other: 'advertencias no mostradas' })} (--quiet)`,
    configList: (names, more) => (more ? `${names.join(', ')} y ${more} más` : names.join(', ')),
    config: 'configuración',
    asOf: (date) => `al ${w.date(date)}`,
    remedy: 'Solución',
    norm: 'Norma',
    where: (line, column) => `línea ${line}, columna ${column}`,
    summary: (p) =>
      `${errors(p.errors)}, ${p.warnings} y ${waivedCount(p.waived)} en ${announcements(p.documents)} (${files(p.files)}), revisado con ${p.tool}.` +
      (p.configFiles ? ` Configuración leída de ${p.configFiles}.` : '') +
      (p.asOf ? ` Los borradores sin fecha \`issued\` se consideran enviados el ${w.date(p.asOf)}.` : ''),
    origin: (origin, e, wa, wv) => `${origin}: ${errors(e)}, ${warnings(wa)}, ${waivedCount(wv)}.`,
    noCriterion: 'No se revisó ningún criterio: el documento no se pudo leer como un anuncio (ver las observaciones).',
    waivedWhere: (origin) => (origin === 'inline' ? 'en el anuncio' : 'en la configuración'),
  };
}

/** The reports' words in `locale`. */
export function reportText(locale: Locale = 'en'): ReportText {
  return locale === 'fr' ? french() : locale === 'es' ? spanish() : english();
}
