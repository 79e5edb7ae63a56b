// accessibility's messages, by id, in English, French and Spanish: each renders a finding from its evidence.
import type { Mode } from '../../src/announcement/facts.js';
import type { MessageCatalogue, RuleTranslations } from '../../src/engine/types.js';
import type { Words } from '../../src/i18n/words.js';
import { phrases } from '../../src/i18n/phrases.js';
import readPageEs from './README.es.md?lazy';
import readPageFr from './README.fr.md?lazy';

type Base = {
  mode: Mode;
  start: string;
  /** How many documents are listed. */
  documents: number;
  /** Whether the meeting has started by the --as-of date: remedies are then for next time. */
  past: boolean;
};

/** The request deadline a remedy proposes: the UNOG lead before the meeting. */
type Proposal = {
  requestLeadWorkingDays: number;
  /** That many working days before the meeting. */
  proposedRequestBy: string;
  requestWindowDays: number;
  /** When the invitation leaves less than the window before that day: the latest day to send it; else null. */
  sendBy: string | null;
};

/** What a format v1 document, or one without `accessibility`, leaves to state. */
type Nothing = Base & Proposal & { formatVersion: number | null; hasVenue: boolean; remoteParticipants: boolean; captioned: boolean };

export type Args = {
  /** No `accessibility` (or format v1): nothing said about access. */
  'nothing-stated': Nothing;
  /** Format v1 with `languages.captioning: true`, and nothing else about access. */
  'only-captioning-stated': Nothing;
  'contact-not-stated': Base & { request_contact: null };
  'request-by-not-stated': Base & Proposal & { request_by: null };
  /** Requests are accepted until after the meeting starts. */
  'request-after-start': Base & Proposal & { requestBy: string; daysBeforeStart: number };
  /** Too few days between the invitation and the request deadline. */
  'request-window-short': Base & {
    requestBy: string;
    daysAfterReference: number;
    requestWindowDays: number;
    requestLeadWorkingDays: number;
    proposedRequestBy: string;
    /** The day notice counts from (`issued`, or the --as-of date in a draft). */
    sent: string;
    sentFrom: 'issued' | 'as-of';
    /** The earliest request deadline that leaves the window, from now or the invitation. */
    moveTo: string;
    /** Whether that deadline still falls on or before the meeting's start. */
    windowFits: boolean;
  };
  'venue-inaccessible': Base & { venue_accessible: false };
  'venue-access-not-stated': Base & { venue_accessible: null };
  /** `captioning: false` and an empty `sign_language`. */
  'no-captioning-or-sign-language': Base & { captioning: false; signLanguages: number };
  /** Neither `captioning` nor `sign_language` is stated. */
  'captioning-not-stated': Base & { captioning: null };
  /** `captioning: false`, and `sign_language` is not stated. */
  'sign-language-not-stated': Base & { sign_language: null };
  'documents-inaccessible': Base & { documents_accessible: false };
  'documents-access-not-stated': Base & { documents_accessible: null };
  'platform-inaccessible': Base & { remote_platform_accessible: false };
  'platform-access-not-stated': Base & { remote_platform_accessible: null };
};

// English -------------------------------------------------------------------------------------------------------

const pastEn = (a: Base, remedy: string) => (a.past ? `the meeting has taken place: next time, ${remedy}` : remedy);

function proposalEn(a: Proposal): string {
  const text = `${a.requestLeadWorkingDays} working days before the meeting, i.e. by ${a.proposedRequestBy}`;
  return a.sendBy === null ? text : `${text}, with the invitation sent by ${a.sendBy} to leave ${a.requestWindowDays} days to ask`;
}

function nothingEn(a: Nothing): string {
  const what = [
    'whom to ask for an accommodation and by when',
    ...(a.hasVenue ? ['whether the venue is accessible'] : []),
    ...(a.captioned ? [] : ['captioning or sign language']),
    ...(a.documents > 0 ? ['whether the documents are accessible'] : []),
    ...(a.remoteParticipants ? ['whether the remote platform is accessible'] : []),
  ];
  const v2 = a.formatVersion === 2 ? '' : ' (format v2: `format_version: 2`)';
  return pastEn(a, `state in \`accessibility\`${v2} ${what.join(', ')}; accept accommodation requests until ${proposalEn(a)}`);
}

export const messages: MessageCatalogue<Args> = {
  'nothing-stated': (a) => ({
    message: 'the invitation says nothing about access for persons with disabilities, so nobody can tell whether they can take part or how to ask',
    remedy: nothingEn(a),
  }),
  'only-captioning-stated': (a) => ({
    message: 'the invitation states captioning but nothing else about access for persons with disabilities, so nobody can tell whether they can take part or how to ask',
    remedy: nothingEn(a),
  }),
  'contact-not-stated': (a) => ({
    message: 'whom to ask for an accommodation is not stated',
    remedy: pastEn(a, 'name a contact for accommodation requests in `accessibility.request_contact` (an e-mail address or an office)'),
  }),
  'request-by-not-stated': (a) => ({
    message: 'by when an accommodation can be requested is not stated',
    remedy: pastEn(a, `state \`accessibility.request_by\`: ${proposalEn(a)}`),
  }),
  'request-after-start': (a) => ({
    message: `accommodation can be requested until ${a.requestBy}, after the meeting starts on ${a.start}`,
    remedy: pastEn(a, `set \`accessibility.request_by\` on or before ${a.start}: ${proposalEn(a)}`),
  }),
  'request-window-short': (a, w) => ({
    message: `accommodation must be requested by ${a.requestBy}, ${a.daysAfterReference} days after the invitation${phrases(w).draftNote(a.sentFrom === 'issued', a.sent)}; at least ${a.requestWindowDays} are needed to ask`,
    remedy: a.past
      ? `the meeting has taken place: next time, leave at least ${a.requestWindowDays} days between the invitation and the last day to request an accommodation`
      : a.windowFits
        ? `move \`accessibility.request_by\` to ${a.moveTo} or later (${a.requestLeadWorkingDays} working days before the meeting is ${a.proposedRequestBy})`
        : `the meeting is too close for a ${a.requestWindowDays}-day window: accept requests until ${a.proposedRequestBy}, ${a.requestLeadWorkingDays} working days before the meeting`,
  }),
  'venue-inaccessible': () => ({
    message: 'the venue is not accessible to wheelchair users',
    remedy: 'move the meeting to an accessible venue, or offer a remote route with the same floor (`remote.participation: speak`)',
  }),
  'venue-access-not-stated': (a) => ({
    message: 'whether the venue is accessible is not stated',
    remedy: pastEn(a, 'state `accessibility.venue_accessible` (step-free access, accessible rooms and toilets)'),
  }),
  'no-captioning-or-sign-language': () => ({
    message: 'the meeting offers neither live captioning nor sign language interpretation',
    remedy: 'offer real-time captioning (`accessibility.captioning: true`) or sign language interpretation (`accessibility.sign_language: [International Sign]`)',
  }),
  'captioning-not-stated': (a) => ({
    message: 'whether there is live captioning or sign language interpretation is not stated',
    remedy: pastEn(a, 'state `accessibility.captioning` or `accessibility.sign_language`'),
  }),
  'sign-language-not-stated': (a) => ({
    message: 'whether there is live captioning or sign language interpretation is not stated (no captioning)',
    remedy: pastEn(a, 'state `accessibility.captioning` or `accessibility.sign_language`'),
  }),
  'documents-inaccessible': (a) => ({
    message: `the ${a.documents === 1 ? 'document is' : `${a.documents} documents are`} not published in accessible formats`,
    remedy: 'publish the documents in accessible formats (tagged PDF or HTML, readable by a screen reader) when they are first published',
  }),
  'documents-access-not-stated': (a) => ({
    message: 'whether the documents are published in accessible formats is not stated',
    remedy: pastEn(a, 'state `accessibility.documents_accessible`'),
  }),
  'platform-inaccessible': () => ({
    message: 'the remote platform does not work with assistive technology',
    remedy: 'use a remote platform that works with screen readers and keyboard-only use and shows captions',
  }),
  'platform-access-not-stated': (a) => ({
    message: 'whether the remote platform works with assistive technology is not stated',
    remedy: pastEn(a, 'state `accessibility.remote_platform_accessible`'),
  }),
};

// French --------------------------------------------------------------------------------------------------------

const pastFr = (a: Base, remedy: string) => (a.past ? `la réunion a eu lieu : la prochaine fois, ${remedy}` : remedy);

function proposalFr(a: Proposal, w: Words): string {
  const p = phrases(w);
  const text = `${p.days(a.requestLeadWorkingDays, 'working days')} avant la réunion, soit au plus tard le ${w.date(a.proposedRequestBy)}`;
  return a.sendBy === null ? text : `${text}, l’invitation étant envoyée au plus tard le ${w.date(a.sendBy)} pour laisser ${p.days(a.requestWindowDays, 'days')} pour faire la demande`;
}

function nothingFr(a: Nothing, w: Words): string {
  const what = [
    'à qui demander un aménagement et jusqu’à quand',
    ...(a.hasVenue ? ['si le lieu de la réunion est accessible'] : []),
    ...(a.captioned ? [] : ['s’il y a un sous-titrage ou une interprétation en langue des signes']),
    ...(a.documents > 0 ? ['si les documents sont accessibles'] : []),
    ...(a.remoteParticipants ? ['si la plateforme de participation à distance est accessible'] : []),
  ];
  const v2 = a.formatVersion === 2 ? '' : ' (format v2 : `format_version: 2`)';
  return pastFr(a, `indiquer dans \`accessibility\`${v2} ${w.and(what)} ; accepter les demandes d’aménagement jusqu’à ${proposalFr(a, w)}`);
}

// Spanish -------------------------------------------------------------------------------------------------------

const pastEs = (a: Base, remedy: string) => (a.past ? `la reunión ya se celebró: la próxima vez, ${remedy}` : remedy);

function proposalEs(a: Proposal, w: Words): string {
  const p = phrases(w);
  const text = `${p.days(a.requestLeadWorkingDays, 'working days')} antes de la reunión, es decir, a más tardar el ${w.date(a.proposedRequestBy)}`;
  return a.sendBy === null ? text : `${text}, con la invitación enviada a más tardar el ${w.date(a.sendBy)} para dejar ${p.days(a.requestWindowDays, 'days')} para solicitarlos`;
}

function nothingEs(a: Nothing, w: Words): string {
  const what = [
    'a quién solicitar ajustes y hasta cuándo',
    ...(a.hasVenue ? ['si la sede es accesible'] : []),
    ...(a.captioned ? [] : ['si hay subtitulado o interpretación en lengua de señas']),
    ...(a.documents > 0 ? ['si los documentos son accesibles'] : []),
    ...(a.remoteParticipants ? ['si la plataforma de participación a distancia es accesible'] : []),
  ];
  const v2 = a.formatVersion === 2 ? '' : ' (formato v2: `format_version: 2`)';
  return pastEs(a, `indicar en \`accessibility\`${v2} ${w.and(what)}; aceptar solicitudes de ajustes hasta ${proposalEs(a, w)}`);
}

export const translations: RuleTranslations<Args> = {
  fr: {
    criterion: 'Accessibilité',
    description: 'L’invitation dit comment et jusqu’à quand demander un aménagement, et précise l’accessibilité du lieu, le sous-titrage ou la langue des signes, l’accessibilité des documents et celle de la plateforme de participation à distance.',
    options: {
      requestWindowDays: 'Jours entre `issued` et la date limite pour demander un aménagement (`accessibility.request_by`) : autant que pour s’inscrire, puisque la demande accompagne l’inscription.',
      requestLeadWorkingDays: 'Jours ouvrables avant la réunion que le correctif propose comme date limite pour demander un aménagement (ONUG : trois jours ouvrables).',
    },
    sources: [
      'ONU, JIU/REP/2018/6 (approuvé par la résolution 74/253 de l’Assemblée générale) : fournir des informations sur l’accessibilité avant la conférence et s’enquérir activement des besoins en matière d’accessibilité',
      'Note de groupe du W3C « Accessibility of Remote Meetings » (2022) : sous-titres, documents d’appui accessibles diffusés à l’avance et plateforme de réunion accessible relèvent de l’hôte, qui doit les prévoir et les annoncer',
      'Note d’orientation de l’ONUG sur l’accessibilité au Palais des Nations : la demande d’assistance, jointe au formulaire d’inscription, au plus tard trois jours ouvrables avant la conférence',
    ],
    get page() {
      return readPageFr();
    },
    messages: {
      'nothing-stated': (a, w) => ({
        message: 'l’invitation ne dit rien de l’accessibilité pour les personnes handicapées : personne ne peut savoir si elles pourront participer, ni comment faire une demande',
        remedy: nothingFr(a, w),
      }),
      'only-captioning-stated': (a, w) => ({
        message: 'l’invitation mentionne le sous-titrage, mais rien d’autre sur l’accessibilité pour les personnes handicapées : personne ne peut savoir si elles pourront participer, ni comment faire une demande',
        remedy: nothingFr(a, w),
      }),
      'contact-not-stated': (a) => ({
        message: 'l’invitation ne précise pas à qui demander un aménagement',
        remedy: pastFr(a, 'indiquer un contact pour les demandes d’aménagement dans `accessibility.request_contact` (une adresse électronique ou un bureau)'),
      }),
      'request-by-not-stated': (a, w) => ({
        message: 'l’invitation ne précise pas jusqu’à quand un aménagement peut être demandé',
        remedy: pastFr(a, `indiquer \`accessibility.request_by\` : ${proposalFr(a, w)}`),
      }),
      'request-after-start': (a, w) => ({
        message: `les aménagements peuvent être demandés jusqu’au ${w.date(a.requestBy)}, après le début de la réunion le ${w.date(a.start)}`,
        remedy: pastFr(a, `fixer \`accessibility.request_by\` au ${w.date(a.start)} au plus tard : ${proposalFr(a, w)}`),
      }),
      'request-window-short': (a, w) => {
        const p = phrases(w);
        return {
          message: `les aménagements doivent être demandés au plus tard le ${w.date(a.requestBy)}, ${p.days(a.daysAfterReference, 'days')} après l’invitation${p.draftNote(a.sentFrom === 'issued', a.sent)} ; il en faut au moins ${a.requestWindowDays} pour faire la demande`,
          remedy: a.past
            ? `la réunion a eu lieu : la prochaine fois, laisser au moins ${p.days(a.requestWindowDays, 'days')} entre l’invitation et la date limite des demandes d’aménagement`
            : a.windowFits
              ? `repousser \`accessibility.request_by\` au ${w.date(a.moveTo)} ou plus tard (le ${w.date(a.proposedRequestBy)} tombe ${p.days(a.requestLeadWorkingDays, 'working days')} avant la réunion)`
              : `la réunion est trop proche pour laisser ${p.days(a.requestWindowDays, 'days')} : accepter les demandes jusqu’au ${w.date(a.proposedRequestBy)}, ${p.days(a.requestLeadWorkingDays, 'working days')} avant la réunion`,
        };
      },
      'venue-inaccessible': () => ({
        message: 'le lieu de la réunion n’est pas accessible aux personnes en fauteuil roulant',
        remedy: 'déplacer la réunion dans un lieu accessible, ou offrir une participation à distance avec droit de parole (`remote.participation: speak`)',
      }),
      'venue-access-not-stated': (a) => ({
        message: 'l’invitation ne précise pas si le lieu de la réunion est accessible',
        remedy: pastFr(a, 'indiquer `accessibility.venue_accessible` (accès de plain-pied, salles et toilettes accessibles)'),
      }),
      'no-captioning-or-sign-language': () => ({
        message: 'la réunion n’offre ni sous-titrage en direct ni interprétation en langue des signes',
        remedy: 'prévoir un sous-titrage en temps réel (`accessibility.captioning: true`) ou une interprétation en langue des signes (`accessibility.sign_language: [International Sign]`)',
      }),
      'captioning-not-stated': (a) => ({
        message: 'l’invitation ne précise pas s’il y a un sous-titrage en direct ou une interprétation en langue des signes',
        remedy: pastFr(a, 'indiquer `accessibility.captioning` ou `accessibility.sign_language`'),
      }),
      'sign-language-not-stated': (a) => ({
        message: 'l’invitation ne précise pas s’il y a une interprétation en langue des signes (pas de sous-titrage)',
        remedy: pastFr(a, 'indiquer `accessibility.captioning` ou `accessibility.sign_language`'),
      }),
      'documents-inaccessible': (a, w) => ({
        message: a.documents === 1 ? 'le document n’est pas publié dans un format accessible' : `les ${w.number(a.documents)} documents ne sont pas publiés dans des formats accessibles`,
        remedy: 'publier les documents dans des formats accessibles (PDF balisé ou HTML, lisibles par un lecteur d’écran) dès leur première publication',
      }),
      'documents-access-not-stated': (a) => ({
        message: 'l’invitation ne précise pas si les documents sont publiés dans des formats accessibles',
        remedy: pastFr(a, 'indiquer `accessibility.documents_accessible`'),
      }),
      'platform-inaccessible': () => ({
        message: 'la plateforme de participation à distance ne fonctionne pas avec les technologies d’assistance',
        remedy: 'utiliser une plateforme de participation à distance compatible avec les lecteurs d’écran et la navigation au clavier seul, et qui affiche les sous-titres',
      }),
      'platform-access-not-stated': (a) => ({
        message: 'l’invitation ne précise pas si la plateforme de participation à distance fonctionne avec les technologies d’assistance',
        remedy: pastFr(a, 'indiquer `accessibility.remote_platform_accessible`'),
      }),
    },
  },
  es: {
    criterion: 'Accesibilidad',
    description: 'La invitación dice cómo y hasta cuándo solicitar ajustes, e indica si la sede es accesible, si hay subtitulado o lengua de señas, si los documentos son accesibles y si lo es la plataforma de participación a distancia.',
    options: {
      requestWindowDays: 'Días entre `issued` y el último día para solicitar ajustes (`accessibility.request_by`): tantos como para inscribirse, ya que la solicitud acompaña a la inscripción.',
      requestLeadWorkingDays: 'Días hábiles antes de la reunión que la solución propone como último día para solicitar ajustes (ONUG: tres días hábiles).',
    },
    sources: [
      'ONU, JIU/REP/2018/6 (respaldado por la resolución 74/253 de la Asamblea General): proporcionar información sobre accesibilidad antes de la conferencia y preguntar de forma proactiva por las necesidades de accesibilidad',
      'Nota de grupo del W3C "Accessibility of Remote Meetings" (2022): los subtítulos, los documentos de apoyo accesibles distribuidos con antelación y una plataforma de reunión accesible corresponden al anfitrión, que debe organizarlos y anunciarlos',
      'Nota de orientación de la ONUG sobre accesibilidad en el Palacio de las Naciones: la solicitud de asistencia, con el formulario de inscripción, a más tardar tres días hábiles antes de la conferencia',
    ],
    get page() {
      return readPageEs();
    },
    messages: {
      'nothing-stated': (a, w) => ({
        message: 'la invitación no dice nada sobre la accesibilidad para las personas con discapacidad, por lo que nadie puede saber si podrán participar ni cómo solicitar ajustes',
        remedy: nothingEs(a, w),
      }),
      'only-captioning-stated': (a, w) => ({
        message: 'la invitación menciona el subtitulado, pero nada más sobre la accesibilidad para las personas con discapacidad, por lo que nadie puede saber si podrán participar ni cómo solicitar ajustes',
        remedy: nothingEs(a, w),
      }),
      'contact-not-stated': (a) => ({
        message: 'no se indica a quién solicitar ajustes',
        remedy: pastEs(a, 'indicar un contacto para las solicitudes de ajustes en `accessibility.request_contact` (una dirección de correo electrónico o una oficina)'),
      }),
      'request-by-not-stated': (a, w) => ({
        message: 'no se indica hasta cuándo se pueden solicitar ajustes',
        remedy: pastEs(a, `indicar \`accessibility.request_by\`: ${proposalEs(a, w)}`),
      }),
      'request-after-start': (a, w) => ({
        message: `los ajustes se pueden solicitar hasta el ${w.date(a.requestBy)}, después del inicio de la reunión el ${w.date(a.start)}`,
        remedy: pastEs(a, `fijar \`accessibility.request_by\` el ${w.date(a.start)} o antes: ${proposalEs(a, w)}`),
      }),
      'request-window-short': (a, w) => {
        const p = phrases(w);
        return {
          message: `los ajustes deben solicitarse a más tardar el ${w.date(a.requestBy)}, ${p.days(a.daysAfterReference, 'days')} después de la invitación${p.draftNote(a.sentFrom === 'issued', a.sent)}; se necesitan al menos ${a.requestWindowDays} para solicitarlos`,
          remedy: a.past
            ? `la reunión ya se celebró: la próxima vez, dejar al menos ${p.days(a.requestWindowDays, 'days')} entre la invitación y el último día para solicitar ajustes`
            : a.windowFits
              ? `aplazar \`accessibility.request_by\` al ${w.date(a.moveTo)} o más tarde (${p.days(a.requestLeadWorkingDays, 'working days')} antes de la reunión corresponde al ${w.date(a.proposedRequestBy)})`
              : `la reunión está demasiado cerca para dejar ${p.days(a.requestWindowDays, 'days')}: aceptar solicitudes hasta el ${w.date(a.proposedRequestBy)}, ${p.days(a.requestLeadWorkingDays, 'working days')} antes de la reunión`,
        };
      },
      'venue-inaccessible': () => ({
        message: 'la sede no es accesible para usuarios de sillas de ruedas',
        remedy: 'trasladar la reunión a una sede accesible, u ofrecer participación a distancia con uso de la palabra (`remote.participation: speak`)',
      }),
      'venue-access-not-stated': (a) => ({
        message: 'no se indica si la sede es accesible',
        remedy: pastEs(a, 'indicar `accessibility.venue_accessible` (acceso sin escalones, salas y aseos accesibles)'),
      }),
      'no-captioning-or-sign-language': () => ({
        message: 'la reunión no ofrece subtitulado en directo ni interpretación en lengua de señas',
        remedy: 'ofrecer subtitulado en tiempo real (`accessibility.captioning: true`) o interpretación en lengua de señas (`accessibility.sign_language: [International Sign]`)',
      }),
      'captioning-not-stated': (a) => ({
        message: 'no se indica si hay subtitulado en directo o interpretación en lengua de señas',
        remedy: pastEs(a, 'indicar `accessibility.captioning` o `accessibility.sign_language`'),
      }),
      'sign-language-not-stated': (a) => ({
        message: 'no se indica si hay interpretación en lengua de señas (no hay subtitulado)',
        remedy: pastEs(a, 'indicar `accessibility.captioning` o `accessibility.sign_language`'),
      }),
      'documents-inaccessible': (a, w) => ({
        message: a.documents === 1 ? 'el documento no se publica en un formato accesible' : `los ${w.number(a.documents)} documentos no se publican en formatos accesibles`,
        remedy: 'publicar los documentos en formatos accesibles (PDF etiquetado o HTML, legibles con un lector de pantalla) desde su primera publicación',
      }),
      'documents-access-not-stated': (a) => ({
        message: 'no se indica si los documentos se publican en formatos accesibles',
        remedy: pastEs(a, 'indicar `accessibility.documents_accessible`'),
      }),
      'platform-inaccessible': () => ({
        message: 'la plataforma de participación a distancia no funciona con tecnologías de apoyo',
        remedy: 'usar una plataforma de participación a distancia compatible con lectores de pantalla y con el uso solo con teclado, y que muestre subtítulos',
      }),
      'platform-access-not-stated': (a) => ({
        message: 'no se indica si la plataforma de participación a distancia funciona con tecnologías de apoyo',
        remedy: pastEs(a, 'indicar `accessibility.remote_platform_accessible`'),
      }),
    },
  },
};
