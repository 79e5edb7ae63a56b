// The checker page's own words in English, French and Spanish: its headings, labels, buttons and messages. The
// report and the rule pages come from the report's own tables (src/report/). Every value is our own text:
// the page sets it as HTML only where it holds a <code> of ours.
import type { Locale } from '../i18n/locale.js';

export interface CheckerText {
  title: string;
  /** By element id: the text (or our own markup) of the page's fixed parts. */
  byId: Record<string, string>;
  /** By the id of the control a label is for. */
  labels: Record<string, string>;
  showField(label: string): string;
  showLine(line: number): string;
  updated(errors: number, warnings: number): string;
  failed(why: string): string;
  empty: string;
  cannotImport(name: string, problems: string): string;
  line(line: number): string;
}

const plural = (count: number, one: string, other: string) => `${count} ${count === 1 ? one : other}`;

export const CHECKER_TEXT: Record<Locale, CheckerText> = {
  en: {
    title: 'invitelint checker: check a meeting announcement',
    byId: {
      'page-heading': 'Check a meeting announcement',
      intro:
        'Fill in the facts of the invitation in the form, or paste or open an announcement written in the invitelint format (YAML). The two stay in step: what you type in one appears in the other, and the report below is updated as you type. It shows each criterion of inclusiveness as pass, fail or not stated, a timeline of the dates, the hours in every invitee time zone, and what to change.',
      privacy: 'This page works offline. Nothing you type, paste or open leaves this page: the checker runs here, in your browser, and the page is not allowed to connect anywhere.',
      template: 'Start from the template',
      'load-example': 'Load the example',
      'facts-heading': 'The facts, field by field',
      'facts-hint': 'Leave a field empty when the invitation does not say: the report then shows the criterion as not stated, never as passed. Buttons named after a rule open its page.',
      'yaml-heading': 'The announcement as YAML',
      'yaml-hint': 'Line numbers are shown beside the text; a finding\'s "Show line" button selects its line here.',
      check: 'Check',
      print: 'Print the report',
      'rule-dialog-close': 'Close',
    },
    labels: { example: 'Example', file: 'Open a file', announcement: 'Announcement (YAML)', preset: 'Preset', 'as-of': 'Drafts (no <code>issued</code>) are sent on' },
    showField: (label) => `Show the field: ${label}`,
    showLine: (line) => `Show line ${line} in the YAML`,
    updated: (errors, warnings) => `Report updated: ${plural(errors, 'error', 'errors')}, ${plural(warnings, 'warning', 'warnings')}.`,
    failed: (why) => `The checker failed on this text: ${why}`,
    empty: 'Fill in the form, paste an announcement or open a file first.',
    cannotImport: (name, problems) => `${name} cannot be imported: ${problems}`,
    line: (line) => `line ${line}`,
  },
  fr: {
    title: 'Vérificateur invitelint : vérifier une annonce de réunion',
    byId: {
      'page-heading': 'Vérifier une annonce de réunion',
      intro:
        'Remplissez le formulaire avec les éléments de l’invitation, ou collez ou ouvrez une annonce écrite au format invitelint (YAML). Les deux restent alignés : ce que vous saisissez dans l’un apparaît dans l’autre, et le rapport ci-dessous se met à jour au fur et à mesure. Il indique pour chaque critère d’inclusion s’il est conforme, non conforme ou non précisé, une chronologie des dates, les heures dans chaque fuseau horaire des invités, et ce qu’il faut changer.',
      privacy: 'Cette page fonctionne hors ligne. Rien de ce que vous saisissez, collez ou ouvrez ne quitte cette page : la vérification se fait ici, dans votre navigateur, et la page n’est autorisée à se connecter nulle part.',
      template: 'Partir du modèle',
      'load-example': 'Charger l’exemple',
      'facts-heading': 'Les éléments, champ par champ',
      'facts-hint': 'Laissez un champ vide lorsque l’invitation ne dit rien : le rapport indique alors le critère comme non précisé, jamais comme conforme. Les boutons portant le nom d’une règle ouvrent sa page.',
      'yaml-heading': 'L’annonce en YAML',
      'yaml-hint': 'Les numéros de ligne figurent à côté du texte ; le bouton « Afficher la ligne » d’un constat sélectionne ici sa ligne.',
      check: 'Vérifier',
      print: 'Imprimer le rapport',
      'rule-dialog-close': 'Fermer',
    },
    labels: { example: 'Exemple', file: 'Ouvrir un fichier', announcement: 'Annonce (YAML)', preset: 'Préréglage', 'as-of': 'Les projets (sans <code>issued</code>) sont envoyés le' },
    showField: (label) => `Afficher le champ : ${label}`,
    showLine: (line) => `Afficher la ligne ${line} du YAML`,
    updated: (errors, warnings) => `Rapport mis à jour : ${plural(errors, 'erreur', 'erreurs')}, ${plural(warnings, 'avertissement', 'avertissements')}.`,
    failed: (why) => `La vérification a échoué sur ce texte : ${why}`,
    empty: 'Remplissez d’abord le formulaire, collez une annonce ou ouvrez un fichier.',
    cannotImport: (name, problems) => `${name} ne peut pas être importé : ${problems}`,
    line: (line) => `ligne ${line}`,
  },
  es: {
    title: 'Verificador invitelint: revisar un anuncio de reunión',
    byId: {
      'page-heading': 'Revisar un anuncio de reunión',
      intro:
        'Complete el formulario con los datos de la invitación, o pegue o abra un anuncio escrito en el formato de invitelint (YAML). Ambos se mantienen sincronizados: lo que escribe en uno aparece en el otro, y el informe de abajo se actualiza mientras escribe. Muestra si cada criterio de inclusión se cumple, no se cumple o no se indica, una cronología de las fechas, las horas en cada huso horario de los invitados y qué cambiar.',
      privacy: 'Esta página funciona sin conexión. Nada de lo que escribe, pega o abre sale de esta página: la revisión se hace aquí, en su navegador, y la página no tiene permiso para conectarse a ningún sitio.',
      template: 'Empezar desde la plantilla',
      'load-example': 'Cargar el ejemplo',
      'facts-heading': 'Los datos, campo por campo',
      'facts-hint': 'Deje un campo vacío cuando la invitación no lo diga: el informe muestra entonces el criterio como no indicado, nunca como cumplido. Los botones con el nombre de una regla abren su página.',
      'yaml-heading': 'El anuncio en YAML',
      'yaml-hint': 'Los números de línea se muestran junto al texto; el botón “Mostrar la línea” de una observación selecciona aquí su línea.',
      check: 'Revisar',
      print: 'Imprimir el informe',
      'rule-dialog-close': 'Cerrar',
    },
    labels: { example: 'Ejemplo', file: 'Abrir un archivo', announcement: 'Anuncio (YAML)', preset: 'Perfil predefinido', 'as-of': 'Los borradores (sin <code>issued</code>) se envían el' },
    showField: (label) => `Mostrar el campo: ${label}`,
    showLine: (line) => `Mostrar la línea ${line} del YAML`,
    updated: (errors, warnings) => `Informe actualizado: ${plural(errors, 'error', 'errores')}, ${plural(warnings, 'advertencia', 'advertencias')}.`,
    failed: (why) => `La revisión falló con este texto: ${why}`,
    empty: 'Primero complete el formulario, pegue un anuncio o abra un archivo.',
    cannotImport: (name, problems) => `No se puede importar ${name}: ${problems}`,
    line: (line) => `línea ${line}`,
  },
};
