// format-clarity's messages, by id, in English, French and Spanish: each renders a finding from its evidence.
import { INTERACTIONS, LEVELS } from '../../src/announcement/schema.js';
import type { MessageCatalogue, RuleTranslations } from '../../src/engine/types.js';
import readPageEs from './README.es.md?lazy';
import readPageFr from './README.fr.md?lazy';

type FormatField = 'level' | 'interaction' | 'outcome';
/** No `format.description` either: nothing says what the meeting is. */
type Missing<F extends FormatField> = { field: F; description: null };
/** `format.description` is given (as written) but does not say what the field would. */
type Vague<F extends FormatField> = { field: F; description: string };

export type Args = {
  /** `format.level` is missing and no description is given. */
  'level-not-stated': Missing<'level'>;
  /** `format.level` is missing; the description does not say it. */
  'level-unclear': Vague<'level'>;
  /** `format.interaction` (and written input) is missing and no description is given. */
  'interaction-not-stated': Missing<'interaction'>;
  /** `format.interaction` is missing; the description does not say it. */
  'interaction-unclear': Vague<'interaction'>;
  /** `format.outcome` is missing and no description is given. */
  'outcome-not-stated': Missing<'outcome'>;
  /** `format.outcome` is missing; the description does not say it. */
  'outcome-unclear': Vague<'outcome'>;
};

const LEVEL_EN = `state \`format.level\`: one of ${LEVELS.join(', ')}`;
const INTERACTION_EN = `state \`format.interaction\`: one of ${INTERACTIONS.join(', ')}`;
const OUTCOME_EN = "state `format.outcome`, e.g. \"chair's summary, published and submitted to the decision-making body\"";
/** The values a field takes, as code. */
const codes = (values: readonly string[]) => values.map((value) => `\`${value}\``).join(', ');

export const messages: MessageCatalogue<Args> = {
  'level-not-stated': () => ({
    message: 'the participation level is not stated: invitees cannot tell whether their input is heard, weighed or decides',
    remedy: LEVEL_EN,
  }),
  'level-unclear': (a) => ({
    message: `the participation level is not stated: '${a.description}' does not say whether participants are informed, consulted or share in deciding`,
    remedy: LEVEL_EN,
  }),
  'interaction-not-stated': () => ({
    message: 'the kind of interaction is not stated: invitees cannot tell whether to prepare a statement, questions or a negotiating position',
    remedy: INTERACTION_EN,
  }),
  'interaction-unclear': (a) => ({
    message: `the kind of interaction is not stated: '${a.description}' can mean an open debate or a collation of statements`,
    remedy: INTERACTION_EN,
  }),
  'outcome-not-stated': () => ({
    message: 'the outcome is not stated: what the meeting produces and what happens to the input',
    remedy: OUTCOME_EN,
  }),
  'outcome-unclear': (a) => ({
    message: `the outcome is not stated: '${a.description}' does not say what the meeting produces or what happens to the input`,
    remedy: OUTCOME_EN,
  }),
};

const LEVEL_FR = `indiquer \`format.level\` : l’une des valeurs ${codes(LEVELS)}`;
const INTERACTION_FR = `indiquer \`format.interaction\` : l’une des valeurs ${codes(INTERACTIONS)}`;
const OUTCOME_FR = 'indiquer `format.outcome`, par exemple « résumé du président, publié et transmis à l’organe de décision »';
const LEVEL_ES = `indicar \`format.level\`: uno de los valores ${codes(LEVELS)}`;
const INTERACTION_ES = `indicar \`format.interaction\`: uno de los valores ${codes(INTERACTIONS)}`;
const OUTCOME_ES = 'indicar `format.outcome`, por ejemplo “resumen de la presidencia, publicado y remitido al órgano de decisión”';

export const translations: RuleTranslations<Args> = {
  fr: {
    criterion: 'Clarté du format',
    description: 'L’invitation dit quel poids ont les contributions (niveau), comment le temps est utilisé (échange) et ce qui en ressort (résultat).',
    options: {},
    sources: [
      'Spectre de la participation publique de l’IAP2 : informer, consulter, impliquer, collaborer, habiliter',
      'Code de bonne pratique pour la participation civile au processus décisionnel du Conseil de l’Europe (2009) : information, consultation, dialogue, partenariat',
      'Intervention du Bureau de la société civile (2 mai 2005) : « nothing in the format indicated the type of interaction expected and the nature of the discussion »',
    ],
    get page() {
      return readPageFr();
    },
    messages: {
      'level-not-stated': () => ({
        message: 'le niveau de participation n’est pas précisé : les invités ne peuvent pas savoir si leur contribution sera entendue, prise en compte ou décisive',
        remedy: LEVEL_FR,
      }),
      'level-unclear': (a) => ({
        message: `le niveau de participation n’est pas précisé : « ${a.description} » ne dit pas si les participants sont informés, consultés ou associés à la décision`,
        remedy: LEVEL_FR,
      }),
      'interaction-not-stated': () => ({
        message: 'le type d’échange n’est pas précisé : les invités ne peuvent pas savoir s’ils doivent préparer une déclaration, des questions ou une position de négociation',
        remedy: INTERACTION_FR,
      }),
      'interaction-unclear': (a) => ({
        message: `le type d’échange n’est pas précisé : « ${a.description} » peut désigner aussi bien un débat ouvert qu’une succession de déclarations`,
        remedy: INTERACTION_FR,
      }),
      'outcome-not-stated': () => ({
        message: 'le résultat n’est pas précisé : ni ce que la réunion produit, ni ce que deviennent les contributions',
        remedy: OUTCOME_FR,
      }),
      'outcome-unclear': (a) => ({
        message: `le résultat n’est pas précisé : « ${a.description} » ne dit ni ce que la réunion produit, ni ce que deviennent les contributions`,
        remedy: OUTCOME_FR,
      }),
    },
  },
  es: {
    criterion: 'Claridad del formato',
    description: 'La invitación dice qué peso tienen las aportaciones (nivel), cómo se usa el tiempo (intercambio) y qué se obtiene (resultado).',
    options: {},
    sources: [
      'Espectro de participación pública de la IAP2: informar, consultar, involucrar, colaborar, empoderar',
      'Código de buenas prácticas para la participación civil en el proceso de toma de decisiones del Consejo de Europa (2009): información, consulta, diálogo, asociación',
      'Intervención de la Mesa de la Sociedad Civil (2 de mayo de 2005): "nothing in the format indicated the type of interaction expected and the nature of the discussion"',
    ],
    get page() {
      return readPageEs();
    },
    messages: {
      'level-not-stated': () => ({
        message: 'no se indica el nivel de participación: los invitados no pueden saber si sus aportaciones se escucharán, se tendrán en cuenta o serán decisivas',
        remedy: LEVEL_ES,
      }),
      'level-unclear': (a) => ({
        message: `no se indica el nivel de participación: “${a.description}” no dice si los participantes son informados, consultados o participan en la decisión`,
        remedy: LEVEL_ES,
      }),
      'interaction-not-stated': () => ({
        message: 'no se indica el tipo de intercambio: los invitados no pueden saber si deben preparar una declaración, preguntas o una posición de negociación',
        remedy: INTERACTION_ES,
      }),
      'interaction-unclear': (a) => ({
        message: `no se indica el tipo de intercambio: “${a.description}” puede significar tanto un debate abierto como una sucesión de declaraciones`,
        remedy: INTERACTION_ES,
      }),
      'outcome-not-stated': () => ({
        message: 'no se indica el resultado: ni qué produce la reunión ni qué se hace con las aportaciones',
        remedy: OUTCOME_ES,
      }),
      'outcome-unclear': (a) => ({
        message: `no se indica el resultado: “${a.description}” no dice qué produce la reunión ni qué se hace con las aportaciones`,
        remedy: OUTCOME_ES,
      }),
    },
  },
};
