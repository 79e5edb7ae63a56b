// cost-barriers' messages, by id, in English, French and Spanish: each renders a finding from its evidence.
import type { Mode } from '../../src/announcement/facts.js';
import type { MessageCatalogue, RuleTranslations } from '../../src/engine/types.js';
import type { Locale } from '../../src/i18n/locale.js';
import { stakeholderName } from '../../src/i18n/phrases.js';
import type { Words } from '../../src/i18n/words.js';
import readPageEs from './README.es.md?lazy';
import readPageFr from './README.fr.md?lazy';

type Fee = {
  fee: number;
  /** `admission.fee_currency`, an ISO 4217 code, or null when not stated. */
  currency: string | null;
  /** `admission.fee_waived_for` as written (stakeholder groups and `remote`). */
  waivedFor: readonly string[];
  mode: Mode;
  /** Whether the meeting has started by the --as-of date: remedies are then for next time. */
  past: boolean;
};

export type Args = {
  /** No `admission.fee` (format v1 cannot state one). */
  'fee-not-stated': { fee: null; formatVersion: number | null };
  /** A fee is not waived for groups the `waivedFor` option names. */
  'fee-not-waived': Fee & { unwaived: readonly string[] };
  /** Remote participants (hybrid, online or a webcast) pay the fee. */
  'remote-pays': Fee;
  /** A fee is given without its currency. */
  'currency-not-stated': Fee;
};

const groupsIn = (locale: Locale, ids: readonly string[]) => ids.map((id) => stakeholderName(locale, id));
/** The fee with its currency, when stated. */
const amount = (a: Fee, w: Words) => (a.currency ? `${w.number(a.fee)} ${a.currency}` : w.number(a.fee));
const amountEn = (a: Fee) => (a.currency ? `${a.fee} ${a.currency}` : String(a.fee));
/** The waiver list the remedy proposes: what is waived already, then the groups to add. */
const waiverList = (a: Fee & { unwaived: readonly string[] }) => `\`admission.fee_waived_for: [${[...a.waivedFor, ...a.unwaived].join(', ')}]\``;

export const messages: MessageCatalogue<Args> = {
  'fee-not-stated': (a) => ({
    message: 'whether taking part costs a fee is not stated',
    remedy: `state \`admission.fee\`${a.formatVersion === 2 ? '' : ' (format v2: `format_version: 2`)'}: 0 when participation is free, else the fee with \`admission.fee_currency\` and whom it is waived for (\`admission.fee_waived_for\`)`,
  }),
  'fee-not-waived': (a) => {
    const words = groupsIn('en', a.unwaived);
    const remedy = `waive the fee for ${words.join(' and ')} (${waiverList(a)}), or make participation free (\`admission.fee: 0\`)`;
    return { message: `a registration fee of ${amountEn(a)}, not waived for ${words.join(' or ')}`, remedy: a.past ? `the meeting has taken place: next time, ${remedy}` : remedy };
  },
  'remote-pays': (a) => {
    const remedy = 'let remote participants take part free of charge (add `remote` to `admission.fee_waived_for`)';
    return { message: `remote participants pay the registration fee of ${amountEn(a)} too`, remedy: a.past ? `the meeting has taken place: next time, ${remedy}` : remedy };
  },
  'currency-not-stated': (a) => ({
    message: `the fee of ${a.fee} is stated without its currency`,
    remedy: 'state `admission.fee_currency`, an ISO 4217 code such as CHF or USD',
  }),
};

/** `a` before a Spanish noun phrase: `a la sociedad civil`, `al sector privado`. */
const toEs = (phrase: string) => (phrase.startsWith('el ') ? `al ${phrase.slice(3)}` : `a ${phrase}`);
const pastFr = (a: Fee, remedy: string) => (a.past ? `la réunion a eu lieu : la prochaine fois, ${remedy}` : remedy);
const pastEs = (a: Fee, remedy: string) => (a.past ? `la reunión ya se celebró: la próxima vez, ${remedy}` : remedy);

export const translations: RuleTranslations<Args> = {
  fr: {
    criterion: 'Obstacles financiers',
    description: 'La participation est gratuite, ou la société civile et les participants à distance sont exonérés des frais d’inscription.',
    options: {
      waivedFor: 'Groupes de parties prenantes qui doivent être exonérés des frais d’inscription.',
      remoteWaiver: 'Les participants à distance (à une réunion hybride ou en ligne, ou à une webdiffusion) ne paient pas de frais.',
    },
    sources: [
      'Appels à participation aux ateliers du W3C : « There is no fee to participate. »',
      'Accréditation de la société civile au SMSI (2005) : « Accreditation and registration are free of cost » ; bourses pour les participants des pays en développement',
    ],
    get page() {
      return readPageFr();
    },
    messages: {
      'fee-not-stated': (a) => ({
        message: 'l’invitation ne précise pas si la participation est payante',
        remedy: `indiquer \`admission.fee\`${a.formatVersion === 2 ? '' : ' (format v2 : `format_version: 2`)'} : 0 si la participation est gratuite, sinon le montant, avec \`admission.fee_currency\` et les personnes qui en sont exonérées (\`admission.fee_waived_for\`)`,
      }),
      'fee-not-waived': (a, w) => ({
        message: `des frais d’inscription de ${amount(a, w)} sont demandés, sans exonération pour ${w.or(groupsIn('fr', a.unwaived))}`,
        remedy: pastFr(a, `exonérer ${w.and(groupsIn('fr', a.unwaived))} des frais (${waiverList(a)}) ou rendre la participation gratuite (\`admission.fee: 0\`)`),
      }),
      'remote-pays': (a, w) => ({
        message: `les participants à distance paient eux aussi les frais d’inscription de ${amount(a, w)}`,
        remedy: pastFr(a, 'permettre aux participants à distance de participer gratuitement (ajouter `remote` à `admission.fee_waived_for`)'),
      }),
      'currency-not-stated': (a, w) => ({
        message: `le montant des frais (${w.number(a.fee)}) est indiqué sans sa devise`,
        remedy: 'indiquer `admission.fee_currency`, un code ISO 4217 comme `CHF` ou `USD`',
      }),
    },
  },
  es: {
    criterion: 'Barreras económicas',
    description: 'La participación es gratuita, o la sociedad civil y los participantes a distancia están exentos de la cuota de inscripción.',
    options: {
      waivedFor: 'Grupos de partes interesadas que deben estar exentos de la cuota de inscripción.',
      remoteWaiver: 'Los participantes a distancia (en una reunión híbrida o en línea, o en una transmisión web) no pagan cuota.',
    },
    sources: [
      'Convocatorias de participación en los talleres del W3C: "There is no fee to participate."',
      'Acreditación de la sociedad civil en la CMSI (2005): "Accreditation and registration are free of cost"; becas para participantes de países en desarrollo',
    ],
    get page() {
      return readPageEs();
    },
    messages: {
      'fee-not-stated': (a) => ({
        message: 'la invitación no indica si la participación es gratuita o de pago',
        remedy: `indicar \`admission.fee\`${a.formatVersion === 2 ? '' : ' (formato v2: `format_version: 2`)'}: 0 si la participación es gratuita; si no, el importe, con \`admission.fee_currency\` y quiénes están exentos (\`admission.fee_waived_for\`)`,
      }),
      'fee-not-waived': (a, w) => ({
        message: `se cobra una cuota de inscripción de ${amount(a, w)}, sin exención para ${w.or(groupsIn('es', a.unwaived))}`,
        remedy: pastEs(a, `eximir de la cuota ${toEs(w.and(groupsIn('es', a.unwaived)))} (${waiverList(a)}) o hacer gratuita la participación (\`admission.fee: 0\`)`),
      }),
      'remote-pays': (a, w) => ({
        message: `los participantes a distancia también pagan la cuota de inscripción de ${amount(a, w)}`,
        remedy: pastEs(a, 'permitir que los participantes a distancia participen gratis (añadir `remote` a `admission.fee_waived_for`)'),
      }),
      'currency-not-stated': (a, w) => ({
        message: `la cuota (${w.number(a.fee)}) se indica sin su moneda`,
        remedy: 'indicar `admission.fee_currency`, un código ISO 4217 como `CHF` o `USD`',
      }),
    },
  },
};
