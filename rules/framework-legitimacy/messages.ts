// framework-legitimacy's messages, by id, in English, French and Spanish: each renders a finding from its evidence.
import type { MessageCatalogue, RuleTranslations } from '../../src/engine/types.js';
import readPageEs from './README.es.md?lazy';
import readPageFr from './README.fr.md?lazy';

/** The convener and `framework` as the announcement writes them (names are shown as written). */
type Framework = {
  convener: string;
  convenerWithin: string | null;
  subject: string | null;
  mandatedProcess: string | null;
  convenedWithinMandate: boolean | null;
  mandateReference: string | null;
};

export type Args = {
  /** A self-constituted process that does not say where its terms of reference are published. */
  'terms-not-published': Framework & { selfConstituted: true; termsOfReference: string | null; termsPublished: string | null };
  /** No `framework.mandated_process`. */
  'process-not-named': Framework;
  /** No `framework.convened_within_mandate`. */
  'within-mandate-not-stated': Framework;
  /** Convened outside the mandated process, with no mandate cited. */
  'convened-outside-mandate': Framework & { mandatedProcess: string };
};

/** "WSIS preparatory process" -> "the WSIS preparatory process"; "the Council" stays as written. */
function withArticle(name: string): string {
  return /^the\s/i.test(name) ? name : `the ${name}`;
}

export const messages: MessageCatalogue<Args> = {
  'terms-not-published': () => ({
    message: 'the process constituted itself, and the invitation does not say where its terms of reference are published, so nobody can tell who steers it or what its outcome will count for',
    remedy: 'state where the terms of reference are published (`framework.terms_of_reference.url`) and when (`published`)',
  }),
  'process-not-named': () => ({
    message: 'the invitation does not name the process that holds the mandate on its subject, so its results may have no standing there',
    remedy: 'name it in `framework.mandated_process`, and say whether the meeting is convened within it (`convened_within_mandate`)',
  }),
  'within-mandate-not-stated': (a) => ({
    message: `the invitation does not say whether the meeting is convened within ${a.mandatedProcess ? withArticle(a.mandatedProcess) : 'the process that holds the mandate'} or at its request`,
    remedy: 'state `framework.convened_within_mandate`, and cite the mandate in `framework.mandate_reference` where there is one',
  }),
  'convened-outside-mandate': (a) => {
    const process = withArticle(a.mandatedProcess);
    return {
      message: `convened by ${a.convener} outside ${process}, which holds the mandate on ${a.subject ?? "the meeting's subject"}`,
      remedy: `hold the meeting within ${process}, or obtain its explicit mandate and cite it in \`framework.mandate_reference\``,
    };
  },
};

export const translations: RuleTranslations<Args> = {
  fr: {
    criterion: 'Légitimité du cadre',
    description: 'La réunion se tient dans le cadre du processus qui détient le mandat sur son sujet, ou avec son mandat explicite.',
    options: {},
    sources: [
      'Intervention du Bureau de la société civile (2 mai 2005) : l’échange a eu lieu « on the occasion of an ITU Working Group and not within the framework of the official WSIS preparatory process »',
      'RFC 2418, section 3.1 : les réunions intérimaires obéissent aux mêmes règles que les réunions du groupe de travail lui-même',
      'Agenda de Tunis, paragraphe 29 : pleine participation de toutes les parties prenantes au processus qui détient le mandat',
    ],
    get page() {
      return readPageFr();
    },
    messages: {
      'terms-not-published': () => ({
        message: 'le processus s’est constitué lui-même, et l’invitation ne dit pas où ses termes de référence sont publiés : personne ne peut savoir qui le pilote ni quel poids aura son résultat',
        remedy: 'indiquer où les termes de référence sont publiés (`framework.terms_of_reference.url`) et à quelle date (`published`)',
      }),
      'process-not-named': () => ({
        message: 'l’invitation ne nomme pas le processus qui détient le mandat sur son sujet : ses résultats risquent de n’y avoir aucun poids',
        remedy: 'le nommer dans `framework.mandated_process`, et préciser si la réunion est convoquée dans son cadre (`convened_within_mandate`)',
      }),
      'within-mandate-not-stated': (a) => ({
        message: `l’invitation ne dit pas si la réunion est convoquée dans le cadre ${a.mandatedProcess ? `de « ${a.mandatedProcess} »` : 'du processus qui détient le mandat'} ou à sa demande`,
        remedy: 'indiquer `framework.convened_within_mandate`, et citer le mandat dans `framework.mandate_reference` s’il y en a un',
      }),
      'convened-outside-mandate': (a) => ({
        message: `convoquée par « ${a.convener} » en dehors de « ${a.mandatedProcess} », qui détient le mandat sur ${a.subject === null ? 'le sujet de la réunion' : `« ${a.subject} »`}`,
        remedy: `tenir la réunion dans le cadre de « ${a.mandatedProcess} », ou obtenir son mandat explicite et le citer dans \`framework.mandate_reference\``,
      }),
    },
  },
  es: {
    criterion: 'Legitimidad del marco',
    description: 'La reunión se celebra en el marco del proceso que tiene el mandato sobre su tema, o con su mandato explícito.',
    options: {},
    sources: [
      'Intervención de la Mesa de la Sociedad Civil (2 de mayo de 2005): el intercambio tuvo lugar "on the occasion of an ITU Working Group and not within the framework of the official WSIS preparatory process"',
      'RFC 2418, sección 3.1: las reuniones interinas se rigen por las mismas reglas que las reuniones del propio grupo de trabajo',
      'Agenda de Túnez, párrafo 29: plena participación de todas las partes interesadas en el proceso que tiene el mandato',
    ],
    get page() {
      return readPageEs();
    },
    messages: {
      'terms-not-published': () => ({
        message: 'el proceso se constituyó por sí mismo y la invitación no dice dónde se publican sus términos de referencia, por lo que nadie puede saber quién lo dirige ni qué valor tendrá su resultado',
        remedy: 'indicar dónde se publican los términos de referencia (`framework.terms_of_reference.url`) y cuándo (`published`)',
      }),
      'process-not-named': () => ({
        message: 'la invitación no nombra el proceso que tiene el mandato sobre su tema, por lo que sus resultados pueden no tener ningún peso en él',
        remedy: 'nombrarlo en `framework.mandated_process` e indicar si la reunión se convoca en su marco (`convened_within_mandate`)',
      }),
      'within-mandate-not-stated': (a) => ({
        message: `la invitación no dice si la reunión se convoca en el marco ${a.mandatedProcess ? `de “${a.mandatedProcess}”` : 'del proceso que tiene el mandato'} o a petición suya`,
        remedy: 'indicar `framework.convened_within_mandate` y citar el mandato en `framework.mandate_reference` si lo hay',
      }),
      'convened-outside-mandate': (a) => ({
        message: `convocada por “${a.convener}” fuera de “${a.mandatedProcess}”, que tiene el mandato sobre ${a.subject === null ? 'el tema de la reunión' : `“${a.subject}”`}`,
        remedy: `celebrar la reunión en el marco de “${a.mandatedProcess}”, u obtener su mandato explícito y citarlo en \`framework.mandate_reference\``,
      }),
    },
  },
};
