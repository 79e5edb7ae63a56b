// honest-labels' messages, by id, in English, French and Spanish: each renders a finding from its evidence. The
// criteria a label claims are stored as rule ids and named in the locale through `criterionOf`.
import type { CriterionNames, MessageCatalogue, Rendered, RuleTranslations } from '../../src/engine/types.js';
import type { Words } from '../../src/i18n/words.js';
import readPageEs from './README.es.md?lazy';
import readPageFr from './README.fr.md?lazy';

type Label = {
  /** The label, as the announcement writes it. */
  label: string;
  /** The claiming words found in it (the `claims` option's keys). */
  words: readonly string[];
  /** The rule ids the words claim, in catalogue order. */
  claims: readonly string[];
  /** The claimed rule ids that fail. */
  failing: readonly string[];
  /** The claimed rule ids whose facts are not stated. */
  notStated: readonly string[];
  /** The YAML paths those rules report as not stated, when they name any. */
  toState?: readonly string[];
};

export type Args = {
  /** A label claims a criterion the meeting fails (others it claims may be not stated). */
  'label-fails': Label;
  /** A label claims criteria whose facts are not stated, and none that fails. */
  'label-unverified': Label;
};

function renderEn(a: Label, criterionOf: CriterionNames): Rendered {
  const nameOf = (id: string) => {
    const criterion = criterionOf(id);
    return criterion.charAt(0).toLowerCase() + criterion.slice(1);
  };
  const { failing, notStated: unstated } = a;
  const missing = a.toState ?? [];
  const parts = [
    ...(failing.length ? [`fails ${failing.map(nameOf).join(', ')}`] : []),
    ...(unstated.length ? [`${unstated.map(nameOf).join(', ')} ${unstated.length === 1 ? 'is' : 'are'} not stated`] : []),
  ];
  // Renaming is asked only for what fails; for what is only not stated, the remedy names the facts to state.
  const toState = unstated.length
    ? `state ${missing.length ? missing.map((path) => `\`${path}\``).join(', ') : `what ${unstated.map(nameOf).join(', ')} ${unstated.length === 1 ? 'needs' : 'need'}`} so that ${unstated.map(nameOf).join(', ')} can be checked`
    : '';
  const rename = failing.length ? `meet ${failing.map(nameOf).join(', ')}, or drop ${a.words.map((word) => `'${word}'`).join(', ')} from the label` : '';
  return { message: `called '${a.label}' but ${parts.join('; ')}`, remedy: [rename, toState].filter((part) => part !== '').join('; and ') };
}

/** `le critère « Délai de convocation »`, `les critères « A », « B » et « C »`. */
function criteriaFr(ids: readonly string[], w: Words, criterionOf: CriterionNames): string {
  const names = ids.map((id) => `« ${criterionOf(id)} »`);
  return ids.length === 1 ? `le critère ${names[0]}` : `les critères ${w.and(names)}`;
}

/** `el criterio “Plazo de convocatoria”`, `los criterios “A”, “B” y “C”`. */
function criteriaEs(ids: readonly string[], w: Words, criterionOf: CriterionNames): string {
  const names = ids.map((id) => `“${criterionOf(id)}”`);
  return ids.length === 1 ? `el criterio ${names[0]}` : `los criterios ${w.and(names)}`;
}

const codes = (paths: readonly string[], w: Words) => w.and(paths.map((path) => `\`${path}\``));

function renderFr(a: Label, w: Words, criterionOf: CriterionNames): Rendered {
  const failing = a.failing.length ? criteriaFr(a.failing, w, criterionOf) : '';
  const unstated = a.notStated.length ? criteriaFr(a.notStated, w, criterionOf) : '';
  const message = failing
    ? `qualifiée de « ${a.label} », la réunion ne remplit pas ${failing}${unstated ? ` ; les informations manquent pour vérifier ${unstated}` : ''}`
    : `qualifiée de « ${a.label} », la réunion ne donne pas les informations nécessaires pour vérifier ${unstated}`;
  const rename = failing ? `remplir ${failing}, ou retirer ${w.and(a.words.map((word) => `« ${word} »`))} de la dénomination` : '';
  const toState = unstated ? `indiquer ${a.toState?.length ? codes(a.toState, w) : 'les informations nécessaires'} pour pouvoir vérifier ${unstated}` : '';
  return { message, remedy: [rename, toState].filter((part) => part !== '').join(' ; et ') };
}

function renderEs(a: Label, w: Words, criterionOf: CriterionNames): Rendered {
  const failing = a.failing.length ? criteriaEs(a.failing, w, criterionOf) : '';
  const unstated = a.notStated.length ? criteriaEs(a.notStated, w, criterionOf) : '';
  const message = failing
    ? `denominada “${a.label}”, la reunión no cumple ${failing}${unstated ? `; faltan datos para comprobar ${unstated}` : ''}`
    : `denominada “${a.label}”, la reunión no da los datos necesarios para comprobar ${unstated}`;
  const rename = failing ? `cumplir ${failing}, o quitar ${w.and(a.words.map((word) => `“${word}”`))} de la denominación` : '';
  const toState = unstated ? `indicar ${a.toState?.length ? codes(a.toState, w) : 'los datos necesarios'} para poder comprobar ${unstated}` : '';
  return { message, remedy: [rename, toState].filter((part) => part !== '').join('; y ') };
}

export const messages: MessageCatalogue<Args> = {
  'label-fails': (a, _w, criterionOf) => renderEn(a, criterionOf),
  'label-unverified': (a, _w, criterionOf) => renderEn(a, criterionOf),
};

export const translations: RuleTranslations<Args> = {
  fr: {
    criterion: 'Dénomination fidèle',
    description: 'Une dénomination comme « open », « inclusive », « multistakeholder » ou « consultation » n’est employée que si la réunion remplit ce qu’elle annonce.',
    options: {
      claims: 'Pour chaque mot qu’une dénomination peut contenir, les règles qu’elle prétend respecter.',
    },
    sources: ['Déclaration de l’IESG sur les réunions intérimaires : ses règles s’appliquent « even if labeled as \'informal\' » ; une dénomination qui revendique un critère doit le remplir'],
    get page() {
      return readPageFr();
    },
    messages: {
      'label-fails': renderFr,
      'label-unverified': renderFr,
    },
  },
  es: {
    criterion: 'Denominación fiel',
    description: 'Una denominación como “open”, “inclusive”, “multistakeholder” o “consultation” solo se usa si la reunión cumple lo que anuncia.',
    options: {
      claims: 'Para cada palabra que puede contener una denominación, las reglas que pretende cumplir.',
    },
    sources: ['Declaración del IESG sobre reuniones interinas: sus reglas se aplican "even if labeled as \'informal\'"; una denominación que reivindica un criterio debe cumplirlo'],
    get page() {
      return readPageEs();
    },
    messages: {
      'label-fails': renderEs,
      'label-unverified': renderEs,
    },
  },
};
