// Reading a venue out of LOCATION text, and meeting links out of any text: what a calendar says about where.
import { WINDOWS_TO_IANA_MAP } from 'windows-iana';

/** Hosts whose links are meetings one joins from afar. */
const MEETING_LINK = /\bhttps?:\/\/(?:[\w-]+\.)*(?:meet\.google\.com|teams\.microsoft\.com|teams\.live\.com|zoom\.us|zoomgov\.com|webex\.com|whereby\.com|meet\.jit\.si|gotomeeting\.com|bluejeans\.com|chime\.aws)(?:\/[^\s<>"')\\]*)?/i;

/** The first meeting link in `text` (Google Meet, Teams, Zoom, Webex ...), or null. */
export function meetingLinkIn(text: string): string | null {
  return MEETING_LINK.exec(text)?.[0] ?? null;
}

/** LOCATION texts that name a meeting service rather than a place ("Microsoft Teams Meeting"). */
const ONLINE_PLACEHOLDER = /^(?:microsoft\s+)?teams(?:\s+meeting)?$|^zoom(?:\s+meeting)?$|^google\s+meet$|^webex(?:\s+meeting)?$|^online(?:\s+meeting)?$|^virtual(?:\s+meeting)?$|^video\s*call$|^phone\s+call$/i;

export function isOnlinePlaceholder(text: string): boolean {
  return ONLINE_PLACEHOLDER.test(text.trim());
}

/** Other names people write for countries, upper-case, beside the names Intl gives. */
const COUNTRY_ALIASES: Readonly<Record<string, string>> = {
  USA: 'US',
  'U.S.A.': 'US',
  'U.S.': 'US',
  'UNITED STATES OF AMERICA': 'US',
  UK: 'GB',
  'U.K.': 'GB',
  ENGLAND: 'GB',
  SCOTLAND: 'GB',
  WALES: 'GB',
  'GREAT BRITAIN': 'GB',
  HOLLAND: 'NL',
  'THE NETHERLANDS': 'NL',
  'REPUBLIC OF KOREA': 'KR',
  'KOREA, REPUBLIC OF': 'KR',
  'RUSSIAN FEDERATION': 'RU',
  'CÔTE D’IVOIRE': 'CI',
  "CÔTE D'IVOIRE": 'CI',
  "COTE D'IVOIRE": 'CI',
  TÜRKIYE: 'TR',
  TURKIYE: 'TR',
  'VIET NAM': 'VN',
};

/**
 * Country names to ISO 3166-1 codes in the languages invitations are most often written in. The codes are the
 * territories of the Windows zone table (every country has a zone there), so that Intl's names for codes no
 * longer in use (DD, East Germany, which some locales name "Germany") never answer.
 */
export function countryNames(): Map<string, string> {
  const names = new Map<string, string>(Object.entries(COUNTRY_ALIASES));
  const displays = ['en', 'fr', 'de', 'es', 'it', 'pt'].map((language) => new Intl.DisplayNames([language], { type: 'region', fallback: 'none' }));
  const codes = new Set(WINDOWS_TO_IANA_MAP.map((entry) => entry.territory).filter((code) => /^[A-Z]{2}$/.test(code) && code !== 'ZZ'));
  for (const code of [...codes].sort()) {
    for (const display of displays) {
      let name: string | undefined;
      try {
        name = display.of(code);
      } catch {
        name = undefined;
      }
      if (name && name !== code && !names.has(name.toUpperCase())) names.set(name.toUpperCase(), code);
    }
  }
  return names;
}

export interface Place {
  name: string | null;
  city: string;
  country: string;
}

/**
 * "Palais des Nations, Room XIX, 1211 Geneva, Switzerland" -> name "Palais des Nations, Room XIX", city Geneva,
 * country CH. The country is the last part that names one; the city the part before it, without postal codes.
 * Null when no part names a country or no part is left for the city.
 */
export function placeOf(location: string, names: Map<string, string>): Place | null {
  const parts = location
    .split(/\s*[,;\n]\s*/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  for (let index = parts.length - 1; index >= 1; index--) {
    const part = parts[index]!;
    const country = names.get(part.toUpperCase()) ?? (/^[A-Z]{2}$/.test(part) && [...names.values()].includes(part) ? part : undefined);
    if (!country) continue;
    const city = cityOf(parts[index - 1]!);
    if (!city) return null;
    const name = parts.slice(0, index - 1).join(', ');
    return { name: name === '' ? null : name, city, country };
  }
  return null;
}

/** "1211 Geneva 10" -> "Geneva"; "CH-1211 Genève" -> "Genève"; "London SW1A 2AA" stays as written but for digits. */
function cityOf(part: string): string | null {
  const city = part
    .replace(/\b[A-Z]{1,2}-?\d{3,}\b/g, '')
    .replace(/\b\d[\d-]*\b/g, '')
    .replace(/\s+/g, ' ')
    .replace(/\bCedex\b/i, '')
    .trim();
  return city === '' ? null : city;
}
