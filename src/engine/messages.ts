// The messages of the engine's own findings (waivers, report limits, internal errors), in every locale side by
// side: a typed function per message id renders a finding's message and remedy from its evidence, as a rule's
// messages do. The engine writes the English one into the finding (the JSON report's language); a report in
// another locale renders it again (report/localize.ts). English is byte for byte what the engine always wrote.
import type { Locale } from '../i18n/locale.js';
import type { EngineCode } from './codes.js';
import { isProblemMessageId, PROBLEM_MESSAGE_IDS, renderProblemMessage, type ProblemArgs, type ProblemMessageId } from '../announcement/messages.js';
import type { Words } from '../i18n/words.js';
import type { Evidence, Rendered } from './types.js';

/** Where a config waiver is written: its config file as the user names it (null: options given in code), and its line. */
type ConfigPlace = {
  config: string | null;
  line: number | null;
};

/** The values each engine message is rendered from: they are the finding's `evidence`. */
export interface EngineMessageArgs {
  /** `# invitelint-disable-next-line` with no rule. */
  'directive-without-rule': { directive: string };
  'directive-without-reason': { directive: string; rules: readonly string[] };
  'directive-unwaivable-rule': { rule: string };
  /** `suggestion` is the rule id the unknown one is most likely a typo of. */
  'directive-unknown-rule': { rule: string; suggestion: string | null };
  'disable-after-first-key': Record<string, never>;
  'disable-next-line-without-key': Record<string, never>;
  'inline-waiver-unused': { rules: readonly string[]; unused: readonly string[] };
  'config-waiver-unwaivable-rule': ConfigPlace & { rule: string };
  'config-waiver-unknown-rule': ConfigPlace & { rule: string };
  'config-waiver-without-reason': ConfigPlace & { rule: string };
  'config-waiver-expired': ConfigPlace & { rule: string; expires: string; reason: string };
  /** `waiver` is the waiver's identity (`.invitelint.yaml#2`): a run settles config waivers across files by it. */
  'config-waiver-unused': ConfigPlace & { waiver: string; rule: string; reason: string };
  'findings-per-rule': { limit: 'findingsPerRule'; rule: string; found: number; listed: number; errors: number; warnings: number; waived: number };
  /** The reports draw the first `drawn` of `total` entries of a list; `zones` is the invitee zones of `zoneTimes`. */
  'list-cut': { limit: 'listLength' | 'zoneTimes'; list: 'documents' | 'sessions' | 'invitee-zones'; total: number; drawn: number; zones: number | null };
  'checking-failed': { cause: string };
}

export type EngineMessageId = keyof EngineMessageArgs;

/** English needs no words: it writes dates as the announcement does and counts without Intl. */
type EnglishCatalogue = { [Id in EngineMessageId]: (args: EngineMessageArgs[Id]) => Rendered };
type EngineCatalogue = { [Id in EngineMessageId]: (args: EngineMessageArgs[Id], words: Words) => Rendered };

/** 180000 as `180,000` (without Intl, whose first use costs a one-file run ~10 ms). */
const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const code = (id: string) => `\`${id}\``;
const codes = (ids: readonly string[]) => ids.map(code).join(', ');

const configWaiverEn = (a: ConfigPlace & { rule: string }) => `the waiver of ${code(a.rule)} in ${a.config ?? 'the configuration'}${a.line ? ` (line ${a.line})` : ''}`;
const inlineWaiverEn = (rules: readonly string[]) => `the inline waiver of ${codes(rules)}`;

const en: EnglishCatalogue = {
  'directive-without-rule': (a) => ({
    message: `\`${a.directive}\` names no rule, so it waives nothing`,
    remedy: `write \`# ${a.directive} RULE -- reason\`, e.g. \`# ${a.directive} remote-access -- closed session by statute\``,
  }),
  'directive-without-reason': (a) => ({
    message: `the waiver of ${codes(a.rules)} gives no reason, so it is not applied`,
    remedy: `add the reason after \` -- \`: \`# ${a.directive} ${a.rules.join(', ')} -- why it does not apply\``,
  }),
  'directive-unwaivable-rule': (a) => ({ message: `${code(a.rule)} findings can never be waived: the file must be fixed` }),
  'directive-unknown-rule': (a) => ({ message: `the waiver names an unknown rule ${code(a.rule)}${a.suggestion === null ? '' : `; did you mean ${code(a.suggestion)}?`}` }),
  'disable-after-first-key': () => ({
    message: '`invitelint-disable` waives the whole announcement and must come before its first key, so it is not applied',
    remedy: 'move it above the first key, or use `# invitelint-disable-next-line` above the key it is about',
  }),
  'disable-next-line-without-key': () => ({
    message: '`invitelint-disable-next-line` is followed by no key, so it waives nothing',
    remedy: 'put it on the line above the key whose findings it waives',
  }),
  'inline-waiver-unused': (a) => ({
    message: `${inlineWaiverEn(a.rules)} waives no finding${a.rules.length > 1 ? ` of ${codes(a.unused)}` : ''} in this announcement`,
    remedy: 'remove it (or the rules it no longer needs)',
  }),
  'config-waiver-unwaivable-rule': (a) => ({ message: `${configWaiverEn(a)} names a rule that can never be waived, so it is not applied` }),
  'config-waiver-unknown-rule': (a) => ({ message: `${configWaiverEn(a)} names an unknown rule, so it is not applied` }),
  'config-waiver-without-reason': (a) => ({ message: `${configWaiverEn(a)} gives no reason, so it is not applied`, remedy: 'add a `reason` saying why the rule does not apply' }),
  'config-waiver-expired': (a) => ({
    message: `${configWaiverEn(a)} expired on ${a.expires}, so its findings count again (it said: ${a.reason})`,
    remedy: 'renew it with a new `expires` date if the reason still holds, or remove it',
  }),
  'config-waiver-unused': (a) => ({
    message: `${configWaiverEn(a)} waives no finding in the announcements it covers`,
    remedy: 'remove it, or narrow its `files` to the announcements that need it',
  }),
  'findings-per-rule': (a) => {
    const kinds = [
      a.errors && `${thousands(a.errors)} error${a.errors === 1 ? '' : 's'}`,
      a.warnings && `${thousands(a.warnings)} warning${a.warnings === 1 ? '' : 's'}`,
      a.waived && `${thousands(a.waived)} waived`,
    ].filter(Boolean);
    return {
      message: `${a.rule} has ${thousands(a.found)} findings in this announcement: the first ${thousands(a.listed)} are listed and ${thousands(a.found - a.listed)} more (${kinds.join(', ')}) are left out (the findingsPerRule limit)`,
    };
  },
  'list-cut': (a) => {
    const what = a.limit === 'zoneTimes' ? `sessions in each of the ${thousands(a.zones ?? 0)} invitee zones` : a.list === 'invitee-zones' ? 'invitee zones' : a.list;
    return { message: `the reports draw the first ${thousands(a.drawn)} of ${thousands(a.total)} ${what} (the ${a.limit} limit); every one is checked` };
  },
  'checking-failed': (a) => ({ message: `internal error while checking this announcement (${a.cause}); this is a bug in invitelint, please report it` }),
};

const configWaiverFr = (a: ConfigPlace & { rule: string }, w: Words) =>
  `la dérogation à ${code(a.rule)} ${a.config === null ? 'de la configuration' : `dans ${a.config}`}${a.line ? ` (ligne ${w.number(a.line)})` : ''}`;

const fr: EngineCatalogue = {
  'directive-without-rule': (a) => ({
    message: `\`${a.directive}\` ne nomme aucune règle : il ne déroge à rien`,
    remedy: `écrire \`# ${a.directive} RÈGLE -- motif\`, par exemple \`# ${a.directive} remote-access -- séance à huis clos selon le règlement\``,
  }),
  'directive-without-reason': (a, w) => ({
    message: `la dérogation à ${w.and(a.rules.map(code))} ne donne aucun motif : elle n’est pas appliquée`,
    remedy: `ajouter le motif après \` -- \` : \`# ${a.directive} ${a.rules.join(', ')} -- pourquoi la règle ne s’applique pas\``,
  }),
  'directive-unwaivable-rule': (a) => ({ message: `aucune dérogation n’est possible aux constats ${code(a.rule)} : il faut corriger le fichier` }),
  'directive-unknown-rule': (a) => ({ message: `la dérogation nomme une règle inconnue, ${code(a.rule)}${a.suggestion === null ? '' : ` ; vouliez-vous dire ${code(a.suggestion)} ?`}` }),
  'disable-after-first-key': () => ({
    message: '`invitelint-disable` déroge pour toute l’annonce et doit précéder sa première clé : il n’est pas appliqué',
    remedy: 'le placer au-dessus de la première clé, ou écrire `# invitelint-disable-next-line` au-dessus de la clé concernée',
  }),
  'disable-next-line-without-key': () => ({
    message: 'aucune clé ne suit `invitelint-disable-next-line` : il ne déroge à rien',
    remedy: 'le placer sur la ligne au-dessus de la clé dont il écarte les constats',
  }),
  'inline-waiver-unused': (a, w) => ({
    message: `la dérogation en commentaire à ${w.and(a.rules.map(code))} ne couvre aucun constat${a.rules.length > 1 ? ` de ${w.and(a.unused.map(code))}` : ''} dans cette annonce`,
    remedy: 'la retirer (ou retirer les règles dont elle n’a plus besoin)',
  }),
  'config-waiver-unwaivable-rule': (a, w) => ({ message: `${configWaiverFr(a, w)} nomme une règle à laquelle on ne peut jamais déroger : elle n’est pas appliquée` }),
  'config-waiver-unknown-rule': (a, w) => ({ message: `${configWaiverFr(a, w)} nomme une règle inconnue : elle n’est pas appliquée` }),
  'config-waiver-without-reason': (a, w) => ({ message: `${configWaiverFr(a, w)} ne donne aucun motif : elle n’est pas appliquée`, remedy: 'ajouter un `reason` qui dit pourquoi la règle ne s’applique pas' }),
  'config-waiver-expired': (a, w) => ({
    message: `${configWaiverFr(a, w)} a expiré le ${w.date(a.expires)} : ses constats comptent de nouveau (son motif : « ${a.reason} »)`,
    remedy: 'la renouveler avec une nouvelle date `expires` si le motif tient toujours, ou la retirer',
  }),
  'config-waiver-unused': (a, w) => ({
    message: `${configWaiverFr(a, w)} ne couvre aucun constat dans les annonces auxquelles elle s’applique`,
    remedy: 'la retirer, ou restreindre ses `files` aux annonces qui en ont besoin',
  }),
  'findings-per-rule': (a, w) => {
    const kinds = [
      a.errors && w.count(a.errors, { one: 'erreur', other: 'erreurs' }),
      a.warnings && w.count(a.warnings, { one: 'avertissement', other: 'avertissements' }),
      a.waived && w.count(a.waived, { one: 'dérogé', other: 'dérogés' }),
    ].filter((kind): kind is string => typeof kind === 'string');
    return {
      message: `${a.rule} relève ${w.number(a.found)} constats dans cette annonce : les ${w.number(a.listed)} premiers sont énumérés et ${w.count(a.found - a.listed, { one: 'autre est omis', other: 'autres sont omis' })} (${w.and(kinds)}) (limite findingsPerRule)`,
    };
  },
  'list-cut': (a, w) => {
    const what =
      a.limit === 'zoneTimes'
        ? `séances dans chacun des ${w.number(a.zones ?? 0)} fuseaux des invités`
        : { documents: 'documents', sessions: 'séances', 'invitee-zones': 'fuseaux des invités' }[a.list];
    return { message: `les rapports dessinent les ${w.number(a.drawn)} premières entrées sur ${w.number(a.total)} (${what}, limite ${a.limit}) ; toutes sont vérifiées` };
  },
  'checking-failed': (a) => ({ message: `erreur interne pendant la vérification de cette annonce (${a.cause}) : c’est un bogue d’invitelint, merci de le signaler` }),
};

const configWaiverEs = (a: ConfigPlace & { rule: string }, w: Words) =>
  `la exención de ${code(a.rule)} ${a.config === null ? 'de la configuración' : `en ${a.config}`}${a.line ? ` (línea ${w.number(a.line)})` : ''}`;

const es: EngineCatalogue = {
  'directive-without-rule': (a) => ({
    message: `\`${a.directive}\` no nombra ninguna regla, así que no exime de nada`,
    remedy: `escribir \`# ${a.directive} REGLA -- motivo\`, por ejemplo \`# ${a.directive} remote-access -- sesión a puerta cerrada según el reglamento\``,
  }),
  'directive-without-reason': (a, w) => ({
    message: `la exención de ${w.and(a.rules.map(code))} no da ningún motivo, así que no se aplica`,
    remedy: `añadir el motivo después de \` -- \`: \`# ${a.directive} ${a.rules.join(', ')} -- por qué no se aplica la regla\``,
  }),
  'directive-unwaivable-rule': (a) => ({ message: `las observaciones ${code(a.rule)} no admiten exención: hay que corregir el archivo` }),
  'directive-unknown-rule': (a) => ({ message: `la exención nombra una regla desconocida, ${code(a.rule)}${a.suggestion === null ? '' : `; ¿quiso decir ${code(a.suggestion)}?`}` }),
  'disable-after-first-key': () => ({
    message: '`invitelint-disable` exime a todo el anuncio y debe ir antes de su primera clave, así que no se aplica',
    remedy: 'ponerlo encima de la primera clave, o escribir `# invitelint-disable-next-line` encima de la clave de que se trate',
  }),
  'disable-next-line-without-key': () => ({
    message: 'ninguna clave sigue a `invitelint-disable-next-line`, así que no exime de nada',
    remedy: 'ponerlo en la línea anterior a la clave cuyas observaciones exime',
  }),
  'inline-waiver-unused': (a, w) => ({
    message: `la exención en comentario de ${w.and(a.rules.map(code))} no cubre ninguna observación${a.rules.length > 1 ? ` de ${w.and(a.unused.map(code))}` : ''} en este anuncio`,
    remedy: 'quitarla (o quitar las reglas que ya no necesita)',
  }),
  'config-waiver-unwaivable-rule': (a, w) => ({ message: `${configWaiverEs(a, w)} nombra una regla que nunca admite exención, así que no se aplica` }),
  'config-waiver-unknown-rule': (a, w) => ({ message: `${configWaiverEs(a, w)} nombra una regla desconocida, así que no se aplica` }),
  'config-waiver-without-reason': (a, w) => ({ message: `${configWaiverEs(a, w)} no da ningún motivo, así que no se aplica`, remedy: 'añadir un `reason` que diga por qué no se aplica la regla' }),
  'config-waiver-expired': (a, w) => ({
    message: `${configWaiverEs(a, w)} venció el ${w.date(a.expires)}, así que sus observaciones vuelven a contar (su motivo: “${a.reason}”)`,
    remedy: 'renovarla con una nueva fecha `expires` si el motivo sigue en pie, o quitarla',
  }),
  'config-waiver-unused': (a, w) => ({
    message: `${configWaiverEs(a, w)} no cubre ninguna observación en los anuncios a los que se aplica`,
    remedy: 'quitarla, o limitar sus `files` a los anuncios que la necesitan',
  }),
  'findings-per-rule': (a, w) => {
    const kinds = [
      a.errors && w.count(a.errors, { one: 'error', other: 'errores' }),
      a.warnings && w.count(a.warnings, { one: 'advertencia', other: 'advertencias' }),
      a.waived && w.count(a.waived, { one: 'eximida', other: 'eximidas' }),
    ].filter((kind): kind is string => typeof kind === 'string');
    return {
      message: `${a.rule} tiene ${w.number(a.found)} observaciones en este anuncio: se enumeran las ${w.number(a.listed)} primeras y se omiten ${w.count(a.found - a.listed, { one: 'otra', other: 'otras' })} (${w.and(kinds)}) (límite findingsPerRule)`,
    };
  },
  'list-cut': (a, w) => {
    const what =
      a.limit === 'zoneTimes'
        ? `sesiones en cada uno de los ${w.number(a.zones ?? 0)} husos horarios de los invitados`
        : { documents: 'documentos', sessions: 'sesiones', 'invitee-zones': 'husos horarios de los invitados' }[a.list];
    return { message: `los informes dibujan las ${w.number(a.drawn)} primeras entradas de ${w.number(a.total)} (${what}, límite ${a.limit}); todas se revisan` };
  },
  'checking-failed': (a) => ({ message: `error interno al revisar este anuncio (${a.cause}): es un fallo de invitelint, por favor, notifíquelo` }),
};

const CATALOGUES: Record<Locale, EngineCatalogue> = { en, fr, es };

/** An engine message in English, as the engine writes it into the finding. */
export function englishEngineMessage<Id extends EngineMessageId>(id: Id, args: EngineMessageArgs[Id]): Rendered {
  return (en[id] as (args: EngineMessageArgs[Id]) => Rendered)(args);
}

/** Whether `id` is one of the engine's message ids, or of the loader's problems (announcement/messages.ts). */
export function isEngineMessageId(id: string): id is EngineMessageId | ProblemMessageId {
  return Object.hasOwn(en, id) || isProblemMessageId(id);
}

/** The code of each message's findings. */
const CODE_OF: Record<EngineMessageId, EngineCode> = {
  'directive-without-rule': 'invalid-waiver',
  'directive-without-reason': 'invalid-waiver',
  'directive-unwaivable-rule': 'invalid-waiver',
  'directive-unknown-rule': 'invalid-waiver',
  'disable-after-first-key': 'invalid-waiver',
  'disable-next-line-without-key': 'invalid-waiver',
  'inline-waiver-unused': 'unused-waiver',
  'config-waiver-unwaivable-rule': 'invalid-waiver',
  'config-waiver-unknown-rule': 'invalid-waiver',
  'config-waiver-without-reason': 'invalid-waiver',
  'config-waiver-expired': 'unused-waiver',
  'config-waiver-unused': 'unused-waiver',
  'findings-per-rule': 'report-limit',
  'list-cut': 'report-limit',
  'checking-failed': 'internal-error',
};

/** Every engine message id, for the tests that every locale has each. */
export const ENGINE_MESSAGE_IDS = Object.keys(CODE_OF) as EngineMessageId[];

/** The loader's problems (a count past the cap takes the code of the problems it counts, so it is both). */
const PROBLEM_CODES: Record<ProblemMessageId, readonly EngineCode[]> = {
  'file-too-large': ['syntax'],
  'utf16-file': ['syntax'],
  'invalid-utf8': ['syntax'],
  'too-deep': ['syntax'],
  'too-many-documents': ['syntax'],
  'too-many-aliases': ['syntax'],
  'alias-expands-too-far': ['syntax'],
  'empty-file': ['schema'],
  'empty-document': ['schema'],
  'duplicate-field': ['syntax'],
  'more-problems': ['syntax', 'schema'],
  'yaml-tag': ['schema'],
  'unclosed-quote': ['syntax'],
  'unknown-field': ['schema'],
  'required-field': ['schema'],
  'wrong-type': ['schema'],
  'one-of': ['schema'],
  'only-value': ['schema'],
  'too-few-items': ['schema'],
  'too-small': ['schema'],
  'sessions-and-start': ['schema'],
  'meeting-needs-time': ['schema'],
  'duration-and-end': ['schema'],
  'duration-needs-start': ['schema'],
  'session-needs-start-or-date': ['schema'],
  'end-before-start': ['schema'],
  'date-not-start-day': ['schema'],
  'venue-and-online': ['schema'],
  'meeting-needs-place': ['schema'],
  'time-needs-zone': ['schema'],
};

/**
 * The codes some of whose findings are worded where they are found (findings.ts `documentError`: the loader's rarer
 * problems, an import's, invalid options, a run or a report that failed), with the code as their message id.
 */
const WORDED_WHERE_FOUND: ReadonlySet<EngineCode> = new Set(['syntax', 'schema', 'invalid-options', 'internal-error']);

/**
 * The message ids an engine code's findings carry (SARIF's messageStrings): its messages here, or the code itself
 * for the findings whose message is written where the problem is found (syntax, schema, limits, invalid options).
 */
export function engineMessageIds(code: EngineCode): string[] {
  const ids: string[] = ENGINE_MESSAGE_IDS.filter((id) => CODE_OF[id] === code);
  for (const id of PROBLEM_MESSAGE_IDS) if (PROBLEM_CODES[id].includes(code)) ids.push(id);
  if (WORDED_WHERE_FOUND.has(code) || ids.length === 0) ids.push(code);
  return ids;
}

/** An engine or loader message in `locale`, from its evidence. */
export function renderEngineMessage(id: EngineMessageId | ProblemMessageId, args: Evidence, words: Words): Rendered {
  if (isProblemMessageId(id)) return renderProblemMessage(id, args as ProblemArgs[typeof id], words);
  const render = CATALOGUES[words.locale][id] as (args: Evidence, words: Words) => Rendered;
  return render(args, words);
}

/** The locales' catalogues, for the test that each has every message. */
export function engineCatalogue(locale: Locale): Readonly<Record<string, unknown>> {
  return CATALOGUES[locale];
}
