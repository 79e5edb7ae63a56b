// Values written in words where the format wants a code: `country: Ethiopia` (ET), `working: [English]` (en).
// Each function returns the message for a rejected value, echoing it, with the code to write where it is known.
import { COUNTRY_NAMES } from './zone-table.js';
import { quoted } from './values.js';

/** "Côte d'Ivoire", "cote d’ivoire" -> "cote d ivoire": how names are compared. */
function nameKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

/**
 * ISO 639-1 codes of the languages meetings are most often held or interpreted in, with their English names and
 * their own (tests/announcement/words.test.ts checks them against Intl.DisplayNames), and other names people write.
 */
export const LANGUAGE_NAMES: Readonly<Record<string, readonly string[]>> = {
  ar: ['Arabic', 'العربية', 'arabe', 'árabe'],
  zh: ['Chinese', '中文', 'Mandarin', 'chinois', 'chino'],
  en: ['English', 'anglais', 'inglés', 'Englisch'],
  fr: ['French', 'français', 'francés', 'Französisch'],
  ru: ['Russian', 'русский', 'russe', 'ruso'],
  es: ['Spanish', 'español', 'espagnol', 'Castilian', 'castellano', 'Spanisch'],
  pt: ['Portuguese', 'português', 'portugais', 'portugués'],
  de: ['German', 'Deutsch', 'allemand', 'alemán'],
  it: ['Italian', 'italiano', 'italien'],
  nl: ['Dutch', 'Nederlands', 'néerlandais'],
  ja: ['Japanese', '日本語', 'japonais'],
  ko: ['Korean', '한국어', 'coréen'],
  hi: ['Hindi', 'हिन्दी'],
  bn: ['Bangla', 'বাংলা', 'Bengali'],
  ur: ['Urdu', 'اردو'],
  fa: ['Persian', 'فارسی', 'Farsi'],
  tr: ['Turkish', 'Türkçe', 'turc'],
  id: ['Indonesian', 'Indonesia', 'Bahasa Indonesia'],
  ms: ['Malay', 'Melayu', 'Bahasa Melayu'],
  th: ['Thai', 'ไทย'],
  vi: ['Vietnamese', 'Tiếng Việt'],
  sw: ['Swahili', 'Kiswahili'],
  am: ['Amharic', 'አማርኛ'],
  ha: ['Hausa'],
  yo: ['Yoruba', 'Èdè Yorùbá'],
  ig: ['Igbo'],
  zu: ['Zulu', 'isiZulu'],
  so: ['Somali', 'Soomaali'],
  pl: ['Polish', 'polski'],
  uk: ['Ukrainian', 'українська'],
  el: ['Greek', 'Ελληνικά'],
  he: ['Hebrew', 'עברית'],
  sv: ['Swedish', 'svenska'],
  no: ['Norwegian', 'norsk'],
  da: ['Danish', 'dansk'],
  fi: ['Finnish', 'suomi'],
};

/** ISO 639-2 codes people write for the same languages (eng, fra, fre). */
const THREE_LETTER: Readonly<Record<string, string>> = {
  ara: 'ar', zho: 'zh', chi: 'zh', eng: 'en', fra: 'fr', fre: 'fr', rus: 'ru', spa: 'es', por: 'pt', deu: 'de', ger: 'de',
  ita: 'it', nld: 'nl', dut: 'nl', jpn: 'ja', kor: 'ko', hin: 'hi', swa: 'sw', amh: 'am', tur: 'tr', fas: 'fa', per: 'fa',
};

/** Looked up only for a rejected value, so the table is searched, not indexed at load. */
function languageOfName(name: string): string | undefined {
  const key = nameKey(name);
  for (const [code, names] of Object.entries(LANGUAGE_NAMES)) if (names.some((each) => nameKey(each) === key)) return code;
  return undefined;
}

const LANGUAGE_FORM = 'an ISO 639-1 language code in lower case, e.g. en, fr, es';

/** The message for a language that is no ISO 639-1 code in lower case. */
export function languageProblem(text: string): string {
  const shown = quoted(text);
  const trimmed = text.trim();
  if (/^[A-Za-z]{2}$/.test(trimmed)) return `${shown}: write the language code in lower case, ${trimmed.toLowerCase()}`;
  const locale = /^([A-Za-z]{2})[-_][A-Za-z]{2,4}$/.exec(trimmed);
  if (locale) return `${shown} names a language and a region: write the language code only, ${locale[1]!.toLowerCase()}`;
  const three = THREE_LETTER[trimmed.toLowerCase()];
  if (three) return `${shown} is a three-letter code: write the two-letter ISO 639-1 code, ${three}`;
  const byName = trimmed.length <= 64 ? languageOfName(trimmed) : undefined;
  if (byName) return `${shown} is the name of a language: write its code, ${byName}`;
  return `${shown} is not a language code; expected ${LANGUAGE_FORM}`;
}

/** Names people write for a country that are not tzdata's (which holds one name per code). */
const COUNTRY_ALIASES: Readonly<Record<string, string>> = {
  uk: 'GB', 'united kingdom': 'GB', 'great britain': 'GB', britain: 'GB', england: 'GB', scotland: 'GB', wales: 'GB',
  'northern ireland': 'GB', usa: 'US', 'u s a': 'US', 'u s': 'US', 'united states of america': 'US', america: 'US',
  suisse: 'CH', schweiz: 'CH', svizzera: 'CH', deutschland: 'DE', espana: 'ES', italia: 'IT', brasil: 'BR',
  'south korea': 'KR', 'republic of korea': 'KR', korea: 'KR', 'north korea': 'KP', turkiye: 'TR', 'ivory coast': 'CI',
  czechia: 'CZ', holland: 'NL', 'the netherlands': 'NL', uae: 'AE', 'viet nam': 'VN', drc: 'CD',
  'democratic republic of the congo': 'CD', 'dr congo': 'CD', 'republic of the congo': 'CG', congo: 'CG',
  'russian federation': 'RU', 'people s republic of china': 'CN', prc: 'CN', 'hong kong sar': 'HK', 'cabo verde': 'CV',
  eswatini: 'SZ', swaziland: 'SZ', burma: 'MM', 'east timor': 'TL', 'timor leste': 'TL', palestine: 'PS',
  'state of palestine': 'PS', 'vatican city': 'VA', 'holy see': 'VA', macedonia: 'MK', 'north macedonia': 'MK',
  ethiopie: 'ET', suede: 'SE', allemagne: 'DE', 'royaume uni': 'GB', 'etats unis': 'US', 'estados unidos': 'US',
};

function countryOfName(name: string): string | undefined {
  const key = nameKey(name);
  for (const [alias, code] of Object.entries(COUNTRY_ALIASES)) if (nameKey(alias) === key) return code;
  for (const [code, each] of Object.entries(COUNTRY_NAMES)) {
    // tzdata writes "Britain (UK)", "Korea (South)", "Congo (Dem. Rep.)": the name alone matches too.
    if (nameKey(each) === key || nameKey(each.replace(/\s*\(.*\)$/, '')) === key) return code;
  }
  return undefined;
}

const COUNTRY_FORM = 'an ISO 3166-1 alpha-2 country code in capitals, e.g. CH';

/** The message for a country that is no two capital letters. */
export function countryProblem(text: string): string {
  const shown = quoted(text);
  const trimmed = text.trim();
  if (/^[A-Za-z]{2}$/.test(trimmed)) {
    const code = trimmed.toUpperCase() === 'UK' ? 'GB' : trimmed.toUpperCase();
    return `${shown}: write the country code in capitals, ${code}`;
  }
  const byName = trimmed.length <= 80 ? countryOfName(trimmed) : undefined;
  if (byName) return `${shown} is the name of a country: write its ISO 3166-1 code, ${byName}`;
  return `${shown} is not a country code; expected ${COUNTRY_FORM}`;
}
