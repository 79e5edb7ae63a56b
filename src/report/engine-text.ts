// The engine's own finding codes (engine/codes.ts) in French and Spanish: their names and descriptions, and the
// messages of their findings where these are rendered from evidence.
import { isEngineCode, type EngineCode } from '../engine/codes.js';
import { isEngineMessageId, renderEngineMessage } from '../engine/messages.js';
import type { Finding, Rendered } from '../engine/types.js';
import type { Locale, TranslatedLocale } from '../i18n/locale.js';
import type { Words } from '../i18n/words.js';

interface CodeText {
  criterion: string;
  description: string;
}

const CODE_TEXT: Record<TranslatedLocale, Record<EngineCode, CodeText>> = {
  fr: {
    syntax: { criterion: 'Syntaxe YAML', description: 'Le fichier doit être du YAML valide ; un document illisible ne peut pas être vérifié.' },
    schema: { criterion: 'Format de l’annonce', description: 'Chaque document doit suivre le format des annonces (`invitelint schema` l’affiche).' },
    limit: {
      criterion: 'Limite de ressources',
      description: 'Une entrée qui dépasse une limite (taille du fichier, profondeur, alias, documents, longueur des listes) n’est pas vérifiée au-delà ; le constat nomme la limite et la façon de la relever.',
    },
    'report-limit': {
      criterion: 'Limite du rapport',
      description: 'Un rapport énumère au plus 100 constats d’une même règle par annonce et dessine au plus 1 000 séances, documents ou fuseaux et 10 000 heures locales ; ce qu’il omet est compté ici. Tout est néanmoins vérifié.',
    },
    'invalid-options': { criterion: 'Options non valides', description: 'Les options données (configuration, date, limite) sont inutilisables : rien n’a été vérifié.' },
    'internal-error': { criterion: 'Erreur interne', description: 'Un bogue d’invitelint a interrompu la vérification d’une annonce ; les autres annonces sont vérifiées.' },
    'invalid-waiver': { criterion: 'Dérogation non valide', description: 'Une dérogation doit nommer des règles existantes et dérogeables, et donner un motif ; sinon, elle n’est pas appliquée.' },
    'unused-waiver': { criterion: 'Dérogation inutilisée', description: 'Une dérogation qui ne couvre aucun constat, ou qui a expiré, est signalée pour qu’elle ne survive pas à son motif.' },
  },
  es: {
    syntax: { criterion: 'Sintaxis YAML', description: 'El archivo debe ser YAML válido; un documento que no se puede leer no se puede revisar.' },
    schema: { criterion: 'Formato del anuncio', description: 'Cada documento debe seguir el formato de los anuncios (`invitelint schema` lo muestra).' },
    limit: {
      criterion: 'Límite de recursos',
      description: 'Lo que supera un límite (tamaño del archivo, anidamiento, alias, documentos, longitud de las listas) no se revisa más allá; la observación nombra el límite y cómo ampliarlo.',
    },
    'report-limit': {
      criterion: 'Límite del informe',
      description: 'Un informe enumera como máximo 100 observaciones de una regla por anuncio y dibuja como máximo 1.000 sesiones, documentos o husos horarios y 10.000 horas locales; lo omitido se cuenta aquí. Todo se revisa igualmente.',
    },
    'invalid-options': { criterion: 'Opciones no válidas', description: 'Las opciones dadas (configuración, fecha, límite) no se pueden usar, así que no se revisó nada.' },
    'internal-error': { criterion: 'Error interno', description: 'Un fallo de invitelint detuvo la revisión de un anuncio; los demás anuncios se revisan.' },
    'invalid-waiver': { criterion: 'Exención no válida', description: 'Una exención debe nombrar reglas que existan y admitan exención, y dar un motivo; si no, no se aplica.' },
    'unused-waiver': { criterion: 'Exención sin uso', description: 'Una exención que no cubre ninguna observación, o que ha vencido, se señala para que no sobreviva a su motivo.' },
  },
};

/** An engine code's name and description in `locale`, or null for English (engine/codes.ts) and unknown ids. */
export function engineCodeText(id: string, locale: Locale): CodeText | null {
  if (locale === 'en' || !isEngineCode(id)) return null;
  return CODE_TEXT[locale][id];
}

/** An engine finding's message in the locale of `words`, where it is rendered from evidence; null keeps the English. */
export function engineFindingText(finding: Finding, words: Words): Rendered | null {
  if (words.locale === 'en' || !isEngineMessageId(finding.messageId)) return null;
  // The engine wrote the evidence of this message id (engine/messages.ts). A finding read back from a JSON report
  // may lack it: then the English message it carries stands.
  try {
    return renderEngineMessage(finding.messageId, finding.evidence, words);
  } catch {
    return null;
  }
}
