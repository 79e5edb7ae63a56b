// The messages of the commonest problems with the input itself (syntax, schema, resource limits), in every locale
// side by side, as the rules' and the engine's messages are: the loader writes the English one into the problem
// with its message id and the values it is rendered from, and a report in another locale renders it again. The
// rarer problems (yaml's own words for a broken line, a line that does not line up, a value of the wrong form:
// a date, a zone, a language code) carry the English the loader writes and the message id of their code.
import type { Locale } from '../i18n/locale.js';
import type { Words } from '../i18n/words.js';

/** What a value that has the wrong type is, as a message describes it. */
export type ValueKind = 'null' | 'list' | 'mapping' | 'text' | 'string' | 'scalar';

/** The values each problem message is rendered from: they are the finding's `evidence`. */
export interface ProblemArgs {
  'file-too-large': { maxFileSize: number };
  'utf16-file': Record<string, never>;
  'invalid-utf8': { byte: string };
  'too-deep': { maxDepth: number };
  'too-many-documents': { maxDocuments: number };
  'too-many-aliases': { maxAliasCount: number };
  'alias-expands-too-far': { maxAliasCount: number };
  'empty-file': Record<string, never>;
  'empty-document': Record<string, never>;
  'duplicate-field': { key: string };
  'more-problems': { count: number };
  'yaml-tag': { tag: string };
  'unclosed-quote': { quote: '"' | "'"; line: number };
  /**
   * `parent` is the mapping's path (null: the announcement); `movedTo` where a v1 field went in format v2; `v2Field`
   * whether it is a field of format v2 in a v1 announcement; `suggestion` the known field it is likely a typo of.
   */
  'unknown-field': { key: string; parent: string | null; movedTo: string | null; v2Field: boolean; suggestion: string | null };
  /** `field` is the value's path; null for the announcement as a whole. */
  'required-field': { field: string | null };
  /**
   * `expected` is zod's type name; `value` the value as shown (a quoted text, or `true`), null where the value is
   * not quoted (a whole document that is no mapping may be any file); `length` a text's length, `type` its typeof.
   */
  'wrong-type': { field: string | null; expected: string; kind: ValueKind; type: string; value: string | null; length: number | null };
  /** `value` is the text given, quoted as messages show it (null when it is no text). */
  'one-of': { field: string | null; values: readonly string[]; value: string | null; suggestion: string | null };
  'only-value': { field: string | null; value: string };
  'too-few-items': { field: string | null; minimum: number };
  'too-small': { field: string | null; minimum: number };
  // The checks on `meeting` across its fields (schema.ts); `days` is true in format v2, where a session may be a day.
  'sessions-and-start': { field: string | null; days: boolean };
  'meeting-needs-time': { field: string | null; days: boolean };
  'duration-and-end': { field: string | null };
  'duration-needs-start': { field: string | null };
  'session-needs-start-or-date': { field: string | null };
  'end-before-start': { field: string | null; start: string; end: string };
  'date-not-start-day': { field: string | null; date: string; start: string };
  'venue-and-online': { field: string | null };
  'meeting-needs-place': { field: string | null };
  'time-needs-zone': { field: string | null };
}

/** The problems of checks across fields, which zod reports as custom issues carrying their message id. */
export type CrossFieldId = 'sessions-and-start' | 'meeting-needs-time' | 'duration-and-end' | 'duration-needs-start' | 'session-needs-start-or-date' | 'end-before-start' | 'date-not-start-day' | 'venue-and-online' | 'meeting-needs-place' | 'time-needs-zone';

export type ProblemMessageId = keyof ProblemArgs;

interface Rendered {
  message: string;
  remedy?: string;
}

type EnglishCatalogue = { [Id in ProblemMessageId]: (args: ProblemArgs[Id]) => Rendered };
type Catalogue = { [Id in ProblemMessageId]: (args: ProblemArgs[Id], words: Words) => Rendered };

const code = (text: string) => `\`${text}\``;

/** How a size is shown in messages: "10 MB", "512 KB", "300 bytes". */
export function formatSize(bytes: number): string {
  return sizeIn(bytes, (value) => String(value), ['GB', 'MB', 'KB'], (count) => `byte${count === 1 ? '' : 's'}`);
}

function sizeIn(bytes: number, number: (value: number) => string, units: readonly [string, string, string], byteWord: (count: number) => string): string {
  const sizes = [1024 * 1024 * 1024, 1024 * 1024, 1024];
  for (const [index, size] of sizes.entries()) {
    if (bytes >= size) return `${number(Number((bytes / size).toFixed(1)))} ${units[index]}`;
  }
  return `${number(bytes)} ${byteWord(bytes)}`;
}

const TYPE_WORDS_EN: Record<string, string> = { string: 'text', number: 'a number', int: 'a whole number', boolean: 'true or false', object: 'a mapping of fields', array: 'a list' };

function valueEn(a: ProblemArgs['wrong-type']): string {
  switch (a.kind) {
    case 'null':
      return 'nothing (null)';
    case 'list':
      return 'a list';
    case 'mapping':
      return 'a mapping';
    case 'text':
      return `text (${a.length} characters)`;
    case 'string':
      return a.value ?? '';
    case 'scalar':
      return a.value === null ? a.type : `${a.type} ${a.value}`;
  }
}

const en: EnglishCatalogue = {
  'file-too-large': (a) => ({
    message: `the file is larger than ${formatSize(a.maxFileSize)} (the maxFileSize limit) and is not checked; an announcement is a few kilobytes (raise the limit with --max-file-size)`,
  }),
  'utf16-file': () => ({ message: 'the file is encoded as UTF-16: save it as UTF-8 to have it checked' }),
  'invalid-utf8': (a) => ({ message: `the file is not valid UTF-8: byte 0x${a.byte} cannot be read as text (binary data, or another encoding): save it as UTF-8` }),
  'too-deep': (a) => ({ message: `the document nests mappings and lists more than ${a.maxDepth} levels deep (the maxDepth limit); an announcement needs only a few` }),
  'too-many-documents': (a) => ({ message: `the file holds more than ${a.maxDocuments} documents (the maxDocuments limit); the documents from here on are not checked` }),
  'too-many-aliases': (a) => ({ message: `the document uses more than ${a.maxAliasCount} aliases (the maxAliasCount limit); write the values out instead` }),
  'alias-expands-too-far': (a) => ({ message: `an alias expands to more than ${a.maxAliasCount} values (the maxAliasCount limit); write the values out instead` }),
  'empty-file': () => ({ message: 'the file is empty: expected an announcement (run `invitelint init` for a template)' }),
  'empty-document': () => ({ message: 'the document is empty: expected an announcement' }),
  'duplicate-field': (a) => ({ message: `the field ${code(a.key)} appears twice; each field may be given once` }),
  'more-problems': (a) => ({ message: `${a.count} more problems in this document are not listed; fix these first` }),
  'yaml-tag': (a) => ({ message: `the YAML tag ${code(a.tag)} is not part of the announcement format: announcements are plain data, so remove the tag` }),
  'unclosed-quote': (a) => {
    const mark = a.quote === '"' ? 'double quotation mark (")' : "single quotation mark (')";
    return { message: `the ${mark} that opens the value on line ${a.line} is never closed: add the closing ${a.quote} at the end of the value` };
  },
  'unknown-field': (a) => {
    const hint =
      a.movedTo !== null
        ? ` (in format v2 it is ${code(a.movedTo)}; \`invitelint migrate\` moves it)`
        : a.v2Field
          ? ' (a field of format v2: add `format_version: 2`, or run `invitelint migrate`)'
          : a.suggestion !== null
            ? `; did you mean ${code(a.suggestion)}?`
            : '';
    return { message: `unknown field ${code(a.key)} in ${a.parent === null ? 'the announcement' : code(a.parent)}${hint}` };
  },
  'required-field': (a) => ({ message: `${fieldEn(a.field)} is required` }),
  'wrong-type': (a) => ({ message: `${fieldEn(a.field)} should be ${TYPE_WORDS_EN[a.expected] ?? a.expected}, not ${valueEn(a)}` }),
  'one-of': (a) => ({
    message: `${fieldEn(a.field)} should be one of: ${a.values.join(', ')}${a.value === null ? '' : `, not ${a.value}${a.suggestion === null ? '' : `; did you mean ${code(a.suggestion)}?`}`}`,
  }),
  'only-value': (a) => ({ message: `${fieldEn(a.field)} can only be ${a.value}` }),
  'too-few-items': (a) => ({ message: `${fieldEn(a.field)} should list at least ${a.minimum} item` }),
  'too-small': (a) => ({ message: `${fieldEn(a.field)} should be at least ${a.minimum}` }),
  'sessions-and-start': (a) => ({ message: at(a.field, `give either \`sessions\` or ${a.days ? '`start`/`date`' : '`start`'} with \`duration\`/\`end\`, not both`) }),
  'meeting-needs-time': (a) => ({ message: at(a.field, `the meeting needs ${a.days ? '`start` (with `duration` or `end`), `date`, or `sessions`' : '`start` (with `duration` or `end`) or `sessions`'}`) }),
  'duration-and-end': (a) => ({ message: at(a.field, 'give either `duration` or `end`, not both') }),
  'duration-needs-start': (a) => ({ message: at(a.field, '`duration` and `end` need a `start`') }),
  'session-needs-start-or-date': (a) => ({ message: at(a.field, 'a session needs a `start` (with `duration` or `end`) or a `date`') }),
  'end-before-start': (a) => ({ message: at(a.field, `the end ${a.end} is not after the start ${a.start}`) }),
  'date-not-start-day': (a) => ({ message: at(a.field, `the date ${a.date} is not the day of the start ${a.start}; give one of them`) }),
  'venue-and-online': (a) => ({ message: at(a.field, 'give either `venue` or `online: true`, not both') }),
  'meeting-needs-place': (a) => ({ message: at(a.field, 'the meeting needs a `venue` (city and country) or `online: true`') }),
  'time-needs-zone': (a) => ({ message: at(a.field, 'a time without an offset needs `timezone` (an IANA name such as Europe/Zurich)') }),
};

/** A problem found across fields, named after the value it is about (`meeting.sessions[0]: …`). */
function at(field: string | null, text: string, colon = ':'): string {
  return field === null ? text : `${code(field)}${colon} ${text}`;
}

function fieldEn(field: string | null): string {
  return field === null ? 'the announcement' : code(field);
}

const TYPE_WORDS_FR: Record<string, string> = { string: 'du texte', number: 'un nombre', int: 'un nombre entier', boolean: 'true ou false', object: 'un ensemble de champs', array: 'une liste' };

function valueFr(a: ProblemArgs['wrong-type'], w: Words): string {
  switch (a.kind) {
    case 'null':
      return 'rien (null)';
    case 'list':
      return 'une liste';
    case 'mapping':
      return 'un ensemble de champs';
    case 'text':
      return `du texte (${w.count(a.length ?? 0, { one: 'caractère', other: 'caractères' })})`;
    case 'string':
      return a.value ?? '';
    case 'scalar':
      return a.value === null ? (TYPE_WORDS_FR[a.type] ?? a.type) : code(a.value);
  }
}

const fieldFr = (field: string | null) => (field === null ? 'l’annonce' : code(field));
const sizeFr = (bytes: number, w: Words) => sizeIn(bytes, w.number, ['Go', 'Mo', 'Ko'], (count) => w.form(count, { one: 'octet', other: 'octets' }));
const DID_YOU_MEAN_FR = (suggestion: string | null) => (suggestion === null ? '' : ` ; vouliez-vous dire ${code(suggestion)} ?`);

const fr: Catalogue = {
  'file-too-large': (a, w) => ({
    message: `le fichier dépasse ${sizeFr(a.maxFileSize, w)} (limite maxFileSize) et n’est pas vérifié ; une annonce pèse quelques kilo-octets (relevez la limite avec --max-file-size)`,
  }),
  'utf16-file': () => ({ message: 'le fichier est encodé en UTF-16 : enregistrez-le en UTF-8 pour qu’il soit vérifié' }),
  'invalid-utf8': (a) => ({
    message: `le fichier n’est pas en UTF-8 valide : l’octet 0x${a.byte} ne peut pas être lu comme du texte (données binaires, ou un autre encodage) ; enregistrez-le en UTF-8`,
  }),
  'too-deep': (a, w) => ({
    message: `le document imbrique des ensembles de champs et des listes sur plus de ${w.number(a.maxDepth)} niveaux (limite maxDepth) ; une annonce n’en demande que quelques-uns`,
  }),
  'too-many-documents': (a, w) => ({
    message: `le fichier contient plus de ${w.number(a.maxDocuments)} documents (limite maxDocuments) ; les documents à partir d’ici ne sont pas vérifiés`,
  }),
  'too-many-aliases': (a, w) => ({ message: `le document emploie plus de ${w.number(a.maxAliasCount)} alias (limite maxAliasCount) ; écrivez plutôt les valeurs en entier` }),
  'alias-expands-too-far': (a, w) => ({ message: `un alias se développe en plus de ${w.number(a.maxAliasCount)} valeurs (limite maxAliasCount) ; écrivez plutôt les valeurs en entier` }),
  'empty-file': () => ({ message: 'le fichier est vide : une annonce est attendue (`invitelint init` en donne un modèle)' }),
  'empty-document': () => ({ message: 'le document est vide : une annonce est attendue' }),
  'duplicate-field': (a) => ({ message: `le champ ${code(a.key)} figure deux fois ; chaque champ ne se donne qu’une fois` }),
  'more-problems': (a, w) => ({
    message: `${w.count(a.count, { one: 'autre problème de ce document n’est pas énuméré', other: 'autres problèmes de ce document ne sont pas énumérés' })} ; corrigez d’abord ceux-ci`,
  }),
  'yaml-tag': (a) => ({
    message: `la balise YAML ${code(a.tag)} ne fait pas partie du format des annonces : une annonce ne contient que des données simples, retirez donc la balise`,
  }),
  'unclosed-quote': (a, w) => ({
    message:
      a.quote === '"'
        ? `le guillemet double (") qui ouvre la valeur à la ligne ${w.number(a.line)} n’est jamais fermé : ajoutez le " de fermeture à la fin de la valeur`
        : `l’apostrophe (') qui ouvre la valeur à la ligne ${w.number(a.line)} n’est jamais fermée : ajoutez l’apostrophe (') de fermeture à la fin de la valeur`,
  }),
  'unknown-field': (a) => {
    const hint =
      a.movedTo !== null
        ? ` (au format v2, c’est ${code(a.movedTo)} ; \`invitelint migrate\` le déplace)`
        : a.v2Field
          ? ' (un champ du format v2 : ajoutez `format_version: 2`, ou lancez `invitelint migrate`)'
          : DID_YOU_MEAN_FR(a.suggestion);
    return { message: `champ inconnu ${code(a.key)} ${a.parent === null ? 'dans l’annonce' : `dans ${code(a.parent)}`}${hint}` };
  },
  'required-field': (a) => ({ message: `${fieldFr(a.field)} est obligatoire` }),
  'wrong-type': (a, w) => ({ message: `${fieldFr(a.field)} doit être ${TYPE_WORDS_FR[a.expected] ?? code(a.expected)}, et non ${valueFr(a, w)}` }),
  'one-of': (a, w) => ({
    message: `${fieldFr(a.field)} doit valoir ${w.or(a.values.map(code))}${a.value === null ? '' : `, et non ${a.value}${DID_YOU_MEAN_FR(a.suggestion)}`}`,
  }),
  'only-value': (a) => ({ message: `${fieldFr(a.field)} ne peut valoir que ${code(a.value)}` }),
  'too-few-items': (a, w) => ({ message: `${fieldFr(a.field)} doit compter au moins ${w.count(a.minimum, { one: 'élément', other: 'éléments' })}` }),
  'too-small': (a, w) => ({ message: `${fieldFr(a.field)} doit valoir au moins ${w.number(a.minimum)}` }),
  'sessions-and-start': (a) => ({ message: at(a.field, `donnez soit \`sessions\`, soit ${a.days ? '`start`/`date`' : '`start`'} avec \`duration\`/\`end\`, mais pas les deux`, ' :') }),
  'meeting-needs-time': (a) => ({
    message: at(a.field, `il manque à la réunion ${a.days ? '`start` (avec `duration` ou `end`), `date` ou `sessions`' : '`start` (avec `duration` ou `end`) ou `sessions`'}`, ' :'),
  }),
  'duration-and-end': (a) => ({ message: at(a.field, 'donnez soit `duration`, soit `end`, mais pas les deux', ' :') }),
  'duration-needs-start': (a) => ({ message: at(a.field, '`duration` et `end` demandent un `start`', ' :') }),
  'session-needs-start-or-date': (a) => ({ message: at(a.field, 'une séance demande un `start` (avec `duration` ou `end`) ou une `date`', ' :') }),
  'end-before-start': (a) => ({ message: at(a.field, `la fin (${code(a.end)}) n’est pas après le début (${code(a.start)})`, ' :') }),
  'date-not-start-day': (a, w) => ({ message: at(a.field, `la date ${w.date(a.date)} n’est pas le jour du début (${code(a.start)}) ; n’en donnez qu’un`, ' :') }),
  'venue-and-online': (a) => ({ message: at(a.field, 'donnez soit `venue`, soit `online: true`, mais pas les deux', ' :') }),
  'meeting-needs-place': (a) => ({ message: at(a.field, 'il manque à la réunion un `venue` (ville et pays) ou `online: true`', ' :') }),
  'time-needs-zone': (a) => ({ message: at(a.field, 'une heure sans décalage horaire demande `timezone` (un nom IANA comme Europe/Zurich)', ' :') }),
};

const TYPE_WORDS_ES: Record<string, string> = { string: 'texto', number: 'un número', int: 'un número entero', boolean: 'true o false', object: 'un conjunto de campos', array: 'una lista' };

function valueEs(a: ProblemArgs['wrong-type'], w: Words): string {
  switch (a.kind) {
    case 'null':
      return 'nada (null)';
    case 'list':
      return 'una lista';
    case 'mapping':
      return 'un conjunto de campos';
    case 'text':
      return `texto (${w.count(a.length ?? 0, { one: 'carácter', other: 'caracteres' })})`;
    case 'string':
      return a.value ?? '';
    case 'scalar':
      return a.value === null ? (TYPE_WORDS_ES[a.type] ?? a.type) : code(a.value);
  }
}

const fieldEs = (field: string | null) => (field === null ? 'el anuncio' : code(field));
const sizeEs = (bytes: number, w: Words) => sizeIn(bytes, w.number, ['GB', 'MB', 'KB'], (count) => w.form(count, { one: 'byte', other: 'bytes' }));
const DID_YOU_MEAN_ES = (suggestion: string | null) => (suggestion === null ? '' : `; ¿quiso decir ${code(suggestion)}?`);

const es: Catalogue = {
  'file-too-large': (a, w) => ({
    message: `el archivo supera ${sizeEs(a.maxFileSize, w)} (límite maxFileSize) y no se revisa; un anuncio ocupa unos pocos kilobytes (amplíe el límite con --max-file-size)`,
  }),
  'utf16-file': () => ({ message: 'el archivo está codificado en UTF-16: guárdelo en UTF-8 para que se revise' }),
  'invalid-utf8': (a) => ({
    message: `el archivo no es UTF-8 válido: el byte 0x${a.byte} no se puede leer como texto (datos binarios u otra codificación); guárdelo en UTF-8`,
  }),
  'too-deep': (a, w) => ({
    message: `el documento anida conjuntos de campos y listas en más de ${w.number(a.maxDepth)} niveles (límite maxDepth); un anuncio solo necesita unos pocos`,
  }),
  'too-many-documents': (a, w) => ({
    message: `el archivo contiene más de ${w.number(a.maxDocuments)} documentos (límite maxDocuments); los documentos a partir de aquí no se revisan`,
  }),
  'too-many-aliases': (a, w) => ({ message: `el documento usa más de ${w.number(a.maxAliasCount)} alias (límite maxAliasCount); escriba los valores completos` }),
  'alias-expands-too-far': (a, w) => ({ message: `un alias se expande a más de ${w.number(a.maxAliasCount)} valores (límite maxAliasCount); escriba los valores completos` }),
  'empty-file': () => ({ message: 'el archivo está vacío: se esperaba un anuncio (`invitelint init` da una plantilla)' }),
  'empty-document': () => ({ message: 'el documento está vacío: se esperaba un anuncio' }),
  'duplicate-field': (a) => ({ message: `el campo ${code(a.key)} aparece dos veces; cada campo se da una sola vez` }),
  'more-problems': (a, w) => ({
    message: `${w.count(a.count, { one: 'problema más de este documento no se enumera', other: 'problemas más de este documento no se enumeran' })}; corrija primero estos`,
  }),
  'yaml-tag': (a) => ({
    message: `la etiqueta YAML ${code(a.tag)} no forma parte del formato de los anuncios: un anuncio solo contiene datos simples, así que quite la etiqueta`,
  }),
  'unclosed-quote': (a, w) => ({
    message:
      a.quote === '"'
        ? `las comillas dobles (") que abren el valor en la línea ${w.number(a.line)} nunca se cierran: añada las " de cierre al final del valor`
        : `la comilla simple (') que abre el valor en la línea ${w.number(a.line)} nunca se cierra: añada la ' de cierre al final del valor`,
  }),
  'unknown-field': (a) => {
    const hint =
      a.movedTo !== null
        ? ` (en el formato v2 es ${code(a.movedTo)}; \`invitelint migrate\` lo traslada)`
        : a.v2Field
          ? ' (un campo del formato v2: añada `format_version: 2`, o ejecute `invitelint migrate`)'
          : DID_YOU_MEAN_ES(a.suggestion);
    return { message: `campo desconocido ${code(a.key)} ${a.parent === null ? 'en el anuncio' : `en ${code(a.parent)}`}${hint}` };
  },
  'required-field': (a) => ({ message: `${fieldEs(a.field)} es obligatorio` }),
  'wrong-type': (a, w) => ({ message: `${fieldEs(a.field)} debe ser ${TYPE_WORDS_ES[a.expected] ?? code(a.expected)}, no ${valueEs(a, w)}` }),
  'one-of': (a, w) => ({
    message: `${fieldEs(a.field)} debe ser ${w.or(a.values.map(code))}${a.value === null ? '' : `, no ${a.value}${DID_YOU_MEAN_ES(a.suggestion)}`}`,
  }),
  'only-value': (a) => ({ message: `${fieldEs(a.field)} solo puede ser ${code(a.value)}` }),
  'too-few-items': (a, w) => ({ message: `${fieldEs(a.field)} debe tener al menos ${w.count(a.minimum, { one: 'elemento', other: 'elementos' })}` }),
  'too-small': (a, w) => ({ message: `${fieldEs(a.field)} debe ser como mínimo ${w.number(a.minimum)}` }),
  'sessions-and-start': (a) => ({ message: at(a.field, `indique \`sessions\` o ${a.days ? '`start`/`date`' : '`start`'} con \`duration\`/\`end\`, pero no ambos`) }),
  'meeting-needs-time': (a) => ({ message: at(a.field, `a la reunión le falta ${a.days ? '`start` (con `duration` o `end`), `date` o `sessions`' : '`start` (con `duration` o `end`) o `sessions`'}`) }),
  'duration-and-end': (a) => ({ message: at(a.field, 'indique `duration` o `end`, pero no ambos') }),
  'duration-needs-start': (a) => ({ message: at(a.field, '`duration` y `end` requieren un `start`') }),
  'session-needs-start-or-date': (a) => ({ message: at(a.field, 'una sesión requiere un `start` (con `duration` o `end`) o una `date`') }),
  'end-before-start': (a) => ({ message: at(a.field, `el final (${code(a.end)}) no es posterior al inicio (${code(a.start)})`) }),
  'date-not-start-day': (a, w) => ({ message: at(a.field, `la fecha ${w.date(a.date)} no es el día del inicio (${code(a.start)}); indique solo uno de los dos`) }),
  'venue-and-online': (a) => ({ message: at(a.field, 'indique `venue` u `online: true`, pero no ambos') }),
  'meeting-needs-place': (a) => ({ message: at(a.field, 'a la reunión le falta un `venue` (ciudad y país) u `online: true`') }),
  'time-needs-zone': (a) => ({ message: at(a.field, 'una hora sin desfase horario requiere `timezone` (un nombre IANA como Europe/Zurich)') }),
};

const CATALOGUES: Record<Locale, Catalogue> = { en, fr, es };

export const PROBLEM_MESSAGE_IDS = Object.keys(en) as ProblemMessageId[];

export function isProblemMessageId(id: string): id is ProblemMessageId {
  return Object.hasOwn(en, id);
}

/** A problem's message in English, as the loader writes it. */
export function englishProblemMessage<Id extends ProblemMessageId>(id: Id, args: ProblemArgs[Id]): string {
  return (en[id] as (args: ProblemArgs[Id]) => Rendered)(args).message;
}

/** A problem's message in the locale of `words`. */
export function renderProblemMessage<Id extends ProblemMessageId>(id: Id, args: ProblemArgs[Id], words: Words): Rendered {
  return (CATALOGUES[words.locale][id] as (args: ProblemArgs[Id], words: Words) => Rendered)(args, words);
}

/** The locales' catalogues, for the test that each has every message. */
export function problemCatalogue(locale: Locale): Readonly<Record<string, unknown>> {
  return CATALOGUES[locale];
}
