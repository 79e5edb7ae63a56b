// stakeholder-self-selection's messages, by id, in English, French and Spanish: each renders a finding from its evidence.
import type { SELECTIONS, SELECTORS, NAMED_BY, Stakeholder } from '../../src/announcement/schema.js';
import type { MessageCatalogue, RuleTranslations } from '../../src/engine/types.js';
import type { Locale } from '../../src/i18n/locale.js';
import type { Words } from '../../src/i18n/words.js';
import readPageEs from './README.es.md?lazy';
import readPageFr from './README.fr.md?lazy';

/** What `admission.selection` (format v2) says, for all participants (`stakeholder: null`) or for one group. */
type Overall = {
  stakeholder: Stakeholder | null;
  selectedBy: (typeof SELECTORS)[number];
  namedBy: (typeof NAMED_BY)[number] | null;
  /** The selection committee's name as the announcement writes it, or null. */
  committee: string | null;
};

type Group = {
  stakeholder: Stakeholder;
  selection: (typeof SELECTIONS)[number] | null;
  /** The group's focal point as the announcement writes it, or null. */
  focalPoint: string | null;
  exempt: readonly Stakeholder[];
};

export type Args = {
  /** `admission.selection.by: convener`. */
  'picked-by-convener-overall': Overall;
  /** A selection committee, and who names its members is not stated. */
  'committee-named-by-not-stated': Overall;
  /** A selection committee whose members the convener names. */
  'committee-named-by-convener': Overall;
  /** A selection committee some of whose members the convener names. */
  'committee-named-by-mixed': Overall;
  /** No groups named, not open to all, and no `admission.selection`. */
  'groups-not-stated': { open: boolean | null; groups: number; formatVersion: 1 | 2 };
  /** A group with a focal point whose participants the convener picks. */
  'picked-by-convener-focal-point': Group & { focalPoint: string };
  /** A group whose participants the convener picks. */
  'picked-by-convener': Group;
  /** Groups whose `selection` is not stated (named together). */
  'selection-not-stated': { groups: readonly Stakeholder[]; exempt: readonly Stakeholder[]; focalPoint: string | null; formatVersion: 1 | 2 };
};

/** The group as an adjective, as people say it: "civil society participants", "government participants". */
const GROUP_EN: Record<Stakeholder, string> = {
  governments: 'government',
  'private-sector': 'private sector',
  'civil-society': 'civil society',
  'international-organizations': 'international organization',
  'technical-community': 'technical community',
  academia: 'academic',
  parliamentarians: 'parliamentary',
  'local-authorities': 'local authority',
};

/** "les participants de …", "los participantes de …": the group with its article, after `de`. */
const OF_GROUP: Record<Exclude<Locale, 'en'>, Record<Stakeholder, string>> = {
  fr: {
    governments: 'des gouvernements',
    'private-sector': 'du secteur privé',
    'civil-society': 'de la société civile',
    'international-organizations': 'des organisations internationales',
    'technical-community': 'de la communauté technique',
    academia: 'des milieux universitaires',
    parliamentarians: 'des parlements',
    'local-authorities': 'des autorités locales',
  },
  es: {
    governments: 'de los gobiernos',
    'private-sector': 'del sector privado',
    'civil-society': 'de la sociedad civil',
    'international-organizations': 'de las organizaciones internacionales',
    'technical-community': 'de la comunidad técnica',
    academia: 'del mundo académico',
    parliamentarians: 'de los parlamentos',
    'local-authorities': 'de las autoridades locales',
  },
};

const whoEn = (a: Overall) => (a.stakeholder === null ? 'the participants' : `the ${GROUP_EN[a.stakeholder]} participants`);
const committeeEn = (a: Overall) => (a.committee === null ? 'the selection committee' : /^the /i.test(a.committee) ? a.committee : `the ${a.committee}`);
const openEn = (formatVersion: 1 | 2) => (formatVersion === 2 ? '`admission.mode: open`' : '`invitees.open: true`');

export const messages: MessageCatalogue<Args> = {
  'picked-by-convener-overall': (a) => ({
    message: `${whoEn(a)} are picked by the convener (\`admission.selection.by: convener\`); each group should choose its own`,
    remedy: 'let each group choose its own participants through its focal point (`by: focal-points`), or a committee whose members each group names (`committee.named_by: each-group`)',
  }),
  'committee-named-by-not-stated': (a) => ({
    message: `${whoEn(a)} are chosen by ${committeeEn(a)}, but the invitation does not say who names its members`,
    remedy: 'state `admission.selection.committee.named_by`: `each-group` (each stakeholder group names its own members) passes; `convener` fails',
  }),
  'committee-named-by-convener': (a) => ({
    message: `${whoEn(a)} are chosen by ${committeeEn(a)}, whose members the convener appoints: the convener still decides who takes part`,
    remedy: 'let each stakeholder group name its own members of the committee (`named_by: each-group`), or its own participants (`by: focal-points`)',
  }),
  'committee-named-by-mixed': (a) => ({
    message: `${whoEn(a)} are chosen by ${committeeEn(a)}, some of whose members the convener appoints: the groups do not choose their own`,
    remedy: 'let each stakeholder group name its own members of the committee (`named_by: each-group`), or its own participants (`by: focal-points`)',
  }),
  'groups-not-stated': (a) => ({
    message: 'the invitation names no stakeholder groups and is not open to all, so it does not say who chooses the participants',
    remedy: `list \`invitees.groups\` with how each chooses its participants (\`selection: open\`, \`self\` or \`focal-point\`), or open registration (${openEn(a.formatVersion)})`,
  }),
  'picked-by-convener-focal-point': (a) => ({
    message: `${GROUP_EN[a.stakeholder]} participants are picked by the convener; the invitation should go through the ${a.focalPoint}`,
    remedy: `send the invitation to the ${a.focalPoint} and let it choose (\`selection: focal-point\`)`,
  }),
  'picked-by-convener': (a) => ({
    message: `${GROUP_EN[a.stakeholder]} participants are picked by the convener; the group should choose its own`,
    remedy: `let the ${GROUP_EN[a.stakeholder]} group choose its own participants (\`selection: self\`) or open registration to it (\`selection: open\`)`,
  }),
  'selection-not-stated': (a) => {
    const names = a.groups.map((id) => GROUP_EN[id]);
    return {
      message: `the invitation does not say who chooses the ${names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`} participants`,
      remedy:
        a.groups.length === 1 && a.focalPoint
          ? `state \`selection\`: send the invitation through the ${a.focalPoint} (\`focal-point\`), or let the group choose (\`self\`, \`open\`)`
          : `state \`selection\`${a.groups.length === 1 ? '' : ' for each of these groups'}: \`open\`, \`self\` or \`focal-point\` (the convener picking them fails)${a.formatVersion === 2 ? ', or `admission.selection` for all' : ''}`,
    };
  },
};

const whoFr = (a: { stakeholder: Stakeholder | null }) => (a.stakeholder === null ? 'les participants' : `les participants ${OF_GROUP.fr[a.stakeholder]}`);
const whoEs = (a: { stakeholder: Stakeholder | null }) => (a.stakeholder === null ? 'los participantes' : `los participantes ${OF_GROUP.es[a.stakeholder]}`);
const committeeFr = (a: Overall) => (a.committee === null ? 'le comité de sélection' : `le comité de sélection (« ${a.committee} »)`);
const committeeEs = (a: Overall) => (a.committee === null ? 'el comité de selección' : `el comité de selección (“${a.committee}”)`);
const groupsFr = (a: { groups: readonly Stakeholder[] }, w: Words) => w.and(a.groups.map((id) => OF_GROUP.fr[id]));
const groupsEs = (a: { groups: readonly Stakeholder[] }, w: Words) => w.and(a.groups.map((id) => OF_GROUP.es[id]));

const COMMITTEE_REMEDY_FR = 'laisser chaque groupe de parties prenantes nommer ses propres membres du comité (`named_by: each-group`), ou ses propres participants (`by: focal-points`)';
const COMMITTEE_REMEDY_ES = 'dejar que cada grupo de partes interesadas nombre a sus propios miembros del comité (`named_by: each-group`), o a sus propios participantes (`by: focal-points`)';

export const translations: RuleTranslations<Args> = {
  fr: {
    criterion: 'Désignation par les parties prenantes',
    description: 'Chaque groupe de parties prenantes choisit ses propres participants (inscription ouverte, procédure propre au groupe ou point focal), et non l’organisateur.',
    options: {
      exempt: 'Groupes de parties prenantes dont l’organisateur peut choisir les participants (les gouvernements désignent leurs délégations selon leurs propres règles).',
    },
    sources: [
      'Structures de base de la société civile au SMSI (2003) : le Bureau de la société civile sert de lien, et les entités de la société civile choisissent elles-mêmes leur participation',
      'Déclaration multipartite de NETmundial (2014) : un processus ouvert, participatif et transparent',
    ],
    get page() {
      return readPageFr();
    },
    messages: {
      'picked-by-convener-overall': (a) => ({
        message: `${whoFr(a)} sont choisis par l’organisateur (\`admission.selection.by: convener\`) ; chaque groupe devrait choisir les siens`,
        remedy: 'laisser chaque groupe choisir ses propres participants par l’intermédiaire de son point focal (`by: focal-points`), ou par un comité dont chaque groupe nomme les membres (`committee.named_by: each-group`)',
      }),
      'committee-named-by-not-stated': (a) => ({
        message: `${whoFr(a)} sont choisis par ${committeeFr(a)}, mais l’invitation ne précise pas qui en nomme les membres`,
        remedy: 'indiquer `admission.selection.committee.named_by` : `each-group` (chaque groupe de parties prenantes nomme ses propres membres) est conforme ; `convener` ne l’est pas',
      }),
      'committee-named-by-convener': (a) => ({
        message: `${whoFr(a)} sont choisis par ${committeeFr(a)}, dont l’organisateur nomme les membres : c’est toujours l’organisateur qui décide qui participe`,
        remedy: COMMITTEE_REMEDY_FR,
      }),
      'committee-named-by-mixed': (a) => ({
        message: `${whoFr(a)} sont choisis par ${committeeFr(a)}, dont l’organisateur nomme une partie des membres : les groupes ne choisissent pas leurs propres participants`,
        remedy: COMMITTEE_REMEDY_FR,
      }),
      'groups-not-stated': (a) => ({
        message: 'l’invitation ne nomme aucun groupe de parties prenantes et n’est pas ouverte à tous : elle ne dit donc pas qui choisit les participants',
        remedy: `énumérer les groupes dans \`invitees.groups\` en indiquant comment chacun choisit ses participants (\`selection: open\`, \`self\` ou \`focal-point\`), ou ouvrir l’inscription (${openEn(a.formatVersion)})`,
      }),
      'picked-by-convener-focal-point': (a) => ({
        message: `${whoFr(a)} sont choisis par l’organisateur ; l’invitation devrait passer par le point focal (« ${a.focalPoint} »)`,
        remedy: `envoyer l’invitation au point focal (« ${a.focalPoint} ») et le laisser choisir (\`selection: focal-point\`)`,
      }),
      'picked-by-convener': (a) => ({
        message: `${whoFr(a)} sont choisis par l’organisateur ; le groupe devrait choisir les siens`,
        remedy: 'laisser ce groupe choisir ses propres participants (`selection: self`) ou lui ouvrir l’inscription (`selection: open`)',
      }),
      'selection-not-stated': (a, w) => ({
        message: `l’invitation ne dit pas qui choisit les participants ${groupsFr(a, w)}`,
        remedy:
          a.groups.length === 1 && a.focalPoint
            ? `indiquer \`selection\` : envoyer l’invitation par le point focal (« ${a.focalPoint} ») (\`focal-point\`), ou laisser le groupe choisir (\`self\`, \`open\`)`
            : `indiquer \`selection\`${a.groups.length === 1 ? '' : ' pour chacun de ces groupes'} : \`open\`, \`self\` ou \`focal-point\` (un choix par l’organisateur n’est pas conforme)${a.formatVersion === 2 ? ', ou `admission.selection` pour tous' : ''}`,
      }),
    },
  },
  es: {
    criterion: 'Designación por las partes interesadas',
    description: 'Cada grupo de partes interesadas elige a sus propios participantes (inscripción abierta, su propio proceso o su punto focal), no el convocante.',
    options: {
      exempt: 'Grupos de partes interesadas cuyos participantes puede elegir el convocante (los gobiernos envían delegaciones según sus propias normas).',
    },
    sources: [
      'Estructuras básicas de la sociedad civil en la CMSI (2003): la Mesa de la Sociedad Civil es el nexo, y las entidades de la sociedad civil eligen su propia participación',
      'Declaración Multisectorial de NETmundial (2014): un proceso abierto, participativo y transparente',
    ],
    get page() {
      return readPageEs();
    },
    messages: {
      'picked-by-convener-overall': (a) => ({
        message: `${whoEs(a)} los elige el convocante (\`admission.selection.by: convener\`); cada grupo debería elegir a los suyos`,
        remedy: 'dejar que cada grupo elija a sus propios participantes a través de su punto focal (`by: focal-points`), o mediante un comité cuyos miembros nombre cada grupo (`committee.named_by: each-group`)',
      }),
      'committee-named-by-not-stated': (a) => ({
        message: `${whoEs(a)} los elige ${committeeEs(a)}, pero la invitación no indica quién nombra a sus miembros`,
        remedy: 'indicar `admission.selection.committee.named_by`: `each-group` (cada grupo de partes interesadas nombra a sus propios miembros) cumple; `convener` no cumple',
      }),
      'committee-named-by-convener': (a) => ({
        message: `${whoEs(a)} los elige ${committeeEs(a)}, cuyos miembros nombra el convocante: el convocante sigue decidiendo quién participa`,
        remedy: COMMITTEE_REMEDY_ES,
      }),
      'committee-named-by-mixed': (a) => ({
        message: `${whoEs(a)} los elige ${committeeEs(a)}, algunos de cuyos miembros nombra el convocante: los grupos no eligen a sus propios participantes`,
        remedy: COMMITTEE_REMEDY_ES,
      }),
      'groups-not-stated': (a) => ({
        message: 'la invitación no nombra ningún grupo de partes interesadas y no está abierta a todos, así que no indica quién elige a los participantes',
        remedy: `enumerar los grupos en \`invitees.groups\` indicando cómo elige cada uno a sus participantes (\`selection: open\`, \`self\` o \`focal-point\`), o abrir la inscripción (${openEn(a.formatVersion)})`,
      }),
      'picked-by-convener-focal-point': (a) => ({
        message: `${whoEs(a)} los elige el convocante; la invitación debería pasar por el punto focal (“${a.focalPoint}”)`,
        remedy: `enviar la invitación al punto focal (“${a.focalPoint}”) y dejar que elija (\`selection: focal-point\`)`,
      }),
      'picked-by-convener': (a) => ({
        message: `${whoEs(a)} los elige el convocante; el grupo debería elegir a los suyos`,
        remedy: 'dejar que este grupo elija a sus propios participantes (`selection: self`) o abrirle la inscripción (`selection: open`)',
      }),
      'selection-not-stated': (a, w) => ({
        message: `la invitación no indica quién elige a los participantes ${groupsEs(a, w)}`,
        remedy:
          a.groups.length === 1 && a.focalPoint
            ? `indicar \`selection\`: enviar la invitación a través del punto focal (“${a.focalPoint}”) (\`focal-point\`), o dejar que el grupo elija (\`self\`, \`open\`)`
            : `indicar \`selection\`${a.groups.length === 1 ? '' : ' para cada uno de estos grupos'}: \`open\`, \`self\` o \`focal-point\` (que los elija el convocante no cumple)${a.formatVersion === 2 ? ', o `admission.selection` para todos' : ''}`,
      }),
    },
  },
};
