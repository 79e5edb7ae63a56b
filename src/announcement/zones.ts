// Which time-zone names an announcement may use, and what to write instead of one it may not.
// Only the canonical IANA Area/Location names (tzdata's zone.tab, in zone-table.ts) and `UTC` are accepted: an
// abbreviation (BST, IST, CST) names no zone, and Intl reads it as a legacy ICU id (BST as Dhaka, IST as India, EST
// as Panama), which is why Intl's own list and its resolution are not trusted here; tests/announcement/zones.test.ts
// checks the table against Intl.
import { COUNTRY_NAMES, COUNTRY_ZONES } from './zone-table.js';
import { nearest } from './suggest.js';
import { quoted } from './values.js';

/** zone -> country code, and the canonical names. */
const ZONE_COUNTRY: ReadonlyMap<string, string> = new Map(
  Object.entries(COUNTRY_ZONES).flatMap(([country, zones]) => zones.map((zone) => [zone, country] as const)),
);

/** The names an announcement may use: every zone of zone.tab, and UTC. */
export const CANONICAL_ZONES: readonly string[] = ['UTC', ...ZONE_COUNTRY.keys()];
const CANONICAL: ReadonlySet<string> = new Set(CANONICAL_ZONES);

export function isCanonicalZone(name: string): boolean {
  return CANONICAL.has(name);
}

/**
 * Abbreviations people write for a zone, with what each can mean. Most are ambiguous (IST: India, Ireland,
 * Israel), and none says whether summer time applies: the zone name does.
 */
export const ZONE_ABBREVIATIONS: Readonly<Record<string, readonly (readonly [zone: string, meaning: string])[]>> = {
  UT: [['UTC', 'Universal Time']],
  GMT: [['UTC', 'Greenwich Mean Time'], ['Europe/London', 'the time in the United Kingdom in winter']],
  BST: [['Europe/London', 'British Summer Time'], ['Asia/Dhaka', 'Bangladesh Standard Time']],
  IST: [['Asia/Kolkata', 'India Standard Time'], ['Europe/Dublin', 'Irish Standard Time'], ['Asia/Jerusalem', 'Israel Standard Time']],
  WET: [['Europe/Lisbon', 'Western European Time']],
  WEST: [['Europe/Lisbon', 'Western European Summer Time']],
  CET: [['Europe/Paris', 'Central European Time'], ['Europe/Berlin', 'Central European Time']],
  CEST: [['Europe/Paris', 'Central European Summer Time'], ['Europe/Berlin', 'Central European Summer Time']],
  MEZ: [['Europe/Berlin', 'Mitteleuropäische Zeit, Central European Time']],
  EET: [['Europe/Athens', 'Eastern European Time'], ['Africa/Cairo', 'Eastern European Time']],
  EEST: [['Europe/Athens', 'Eastern European Summer Time']],
  MSK: [['Europe/Moscow', 'Moscow Time']],
  EST: [['America/New_York', 'Eastern Standard Time in North America'], ['Australia/Sydney', 'Eastern Standard Time in Australia']],
  EDT: [['America/New_York', 'Eastern Daylight Time']],
  ET: [['America/New_York', 'Eastern Time']],
  CST: [['America/Chicago', 'Central Standard Time in North America'], ['Asia/Shanghai', 'China Standard Time'], ['America/Havana', 'Cuba Standard Time']],
  CDT: [['America/Chicago', 'Central Daylight Time']],
  CT: [['America/Chicago', 'Central Time']],
  MST: [['America/Denver', 'Mountain Standard Time'], ['America/Phoenix', 'Mountain Standard Time, no summer time']],
  MDT: [['America/Denver', 'Mountain Daylight Time']],
  PST: [['America/Los_Angeles', 'Pacific Standard Time'], ['Asia/Manila', 'Philippine Standard Time']],
  PDT: [['America/Los_Angeles', 'Pacific Daylight Time']],
  PT: [['America/Los_Angeles', 'Pacific Time']],
  AKST: [['America/Anchorage', 'Alaska Standard Time']],
  HST: [['Pacific/Honolulu', 'Hawaii Standard Time']],
  AST: [['America/Halifax', 'Atlantic Standard Time'], ['Asia/Riyadh', 'Arabia Standard Time']],
  ADT: [['America/Halifax', 'Atlantic Daylight Time']],
  NST: [['America/St_Johns', 'Newfoundland Standard Time']],
  BRT: [['America/Sao_Paulo', 'Brasília Time']],
  ART: [['America/Argentina/Buenos_Aires', 'Argentina Time']],
  CLT: [['America/Santiago', 'Chile Time']],
  COT: [['America/Bogota', 'Colombia Time']],
  PET: [['America/Lima', 'Peru Time']],
  WAT: [['Africa/Lagos', 'West Africa Time']],
  CAT: [['Africa/Maputo', 'Central Africa Time']],
  EAT: [['Africa/Nairobi', 'East Africa Time'], ['Africa/Addis_Ababa', 'East Africa Time']],
  SAST: [['Africa/Johannesburg', 'South Africa Standard Time']],
  GST: [['Asia/Dubai', 'Gulf Standard Time']],
  PKT: [['Asia/Karachi', 'Pakistan Standard Time']],
  NPT: [['Asia/Kathmandu', 'Nepal Time']],
  ICT: [['Asia/Bangkok', 'Indochina Time']],
  WIB: [['Asia/Jakarta', 'Western Indonesia Time']],
  SGT: [['Asia/Singapore', 'Singapore Time']],
  HKT: [['Asia/Hong_Kong', 'Hong Kong Time']],
  KST: [['Asia/Seoul', 'Korea Standard Time']],
  JST: [['Asia/Tokyo', 'Japan Standard Time']],
  AWST: [['Australia/Perth', 'Australian Western Standard Time']],
  ACST: [['Australia/Adelaide', 'Australian Central Standard Time']],
  AEST: [['Australia/Sydney', 'Australian Eastern Standard Time']],
  AEDT: [['Australia/Sydney', 'Australian Eastern Daylight Time']],
  NZST: [['Pacific/Auckland', 'New Zealand Standard Time']],
  NZDT: [['Pacific/Auckland', 'New Zealand Daylight Time']],
};

/**
 * Old or other names of a canonical zone that Intl resolves to something else, or not at all: the ICU quirks
 * (ICU still resolves Asia/Kolkata to Asia/Calcutta) and the UTC spellings. Other legacy links (US/Eastern, GB)
 * are resolved by Intl and the result checked against the table.
 */
export const OLD_ZONE_NAMES: Readonly<Record<string, string>> = {
  'Etc/UTC': 'UTC',
  'Etc/UCT': 'UTC',
  'Etc/Universal': 'UTC',
  'Etc/Zulu': 'UTC',
  'Etc/GMT': 'UTC',
  'Etc/Greenwich': 'UTC',
  UCT: 'UTC',
  Universal: 'UTC',
  Zulu: 'UTC',
  'Africa/Asmera': 'Africa/Asmara',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Catamarca': 'America/Argentina/Catamarca',
  'America/Cordoba': 'America/Argentina/Cordoba',
  'America/Jujuy': 'America/Argentina/Jujuy',
  'America/Mendoza': 'America/Argentina/Mendoza',
  'America/Coral_Harbour': 'America/Atikokan',
  'America/Godthab': 'America/Nuuk',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Louisville': 'America/Kentucky/Louisville',
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Europe/Kiev': 'Europe/Kyiv',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Truk': 'Pacific/Chuuk',
};

/** Cities where meetings are held whose zone is named after another city (the country has several zones). */
const CITY_ZONES: Readonly<Record<string, string>> = {
  washington: 'America/New_York',
  'washington_d.c.': 'America/New_York',
  'washington,_dc': 'America/New_York',
  boston: 'America/New_York',
  atlanta: 'America/New_York',
  miami: 'America/New_York',
  houston: 'America/Chicago',
  dallas: 'America/Chicago',
  austin: 'America/Chicago',
  san_francisco: 'America/Los_Angeles',
  seattle: 'America/Los_Angeles',
  montreal: 'America/Toronto',
  ottawa: 'America/Toronto',
  rio_de_janeiro: 'America/Sao_Paulo',
  brasilia: 'America/Sao_Paulo',
  canberra: 'Australia/Sydney',
  beijing: 'Asia/Shanghai',
  saint_petersburg: 'Europe/Moscow',
  st_petersburg: 'Europe/Moscow',
};

/** Where the meeting is, when the announcement says: it decides which zone an abbreviation or a made-up name meant. */
export interface ZoneContext {
  country?: string | undefined;
  city?: string | undefined;
}

/** "Addis Ababa", "addis_ababa", "Zürich" -> "addis_ababa", "zurich": how a place compares with a zone's location. */
function placeKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

const BY_LOCATION: ReadonlyMap<string, string> = new Map(
  CANONICAL_ZONES.filter((zone) => zone.includes('/')).map((zone) => [placeKey(zone.slice(zone.lastIndexOf('/') + 1)), zone] as const),
);

/** The zone of a city, when its name is a zone's location or a known exception. */
function zoneOfCity(city: string): string | undefined {
  const key = placeKey(city);
  return CITY_ZONES[key] ?? BY_LOCATION.get(key);
}

export interface VenueZone {
  /** The venue's zone, when it is known. */
  zone?: string;
  /** Otherwise the zones of the venue's country, when it has several. */
  choices?: readonly string[];
  /** "Geneva, CH": the venue as messages name it. */
  place: string;
  country?: string;
}

/** The zone of the venue, from its city and country: one zone, or the country's zones to choose from. */
export function venueZone(context: ZoneContext): VenueZone | null {
  const country = context.country && Object.hasOwn(COUNTRY_ZONES, context.country) ? context.country : undefined;
  const city = context.city?.trim() ? context.city.trim() : undefined;
  const place = [city, country].filter(Boolean).join(', ');
  const byCity = city ? zoneOfCity(city) : undefined;
  if (byCity && (!country || ZONE_COUNTRY.get(byCity) === country)) return { zone: byCity, place };
  if (!country) return null;
  const zones = COUNTRY_ZONES[country]!;
  return zones.length === 1 ? { zone: zones[0]!, place, country } : { choices: zones, place, country };
}

function countryName(code: string): string {
  return COUNTRY_NAMES[code] ?? code;
}

/** ": for a meeting in Geneva, CH write Europe/Zurich", or the venue country's zones to choose from. */
function venueAdvice(venue: VenueZone): string {
  if (venue.zone) return `; for a meeting in ${quotedPlace(venue.place)} write ${venue.zone}`;
  const shown = venue.choices!.slice(0, 4).join(', ');
  return `; ${countryName(venue.country ?? '')} has several time zones: write the one of the venue's city, e.g. ${shown}`;
}

function quotedPlace(place: string): string {
  return place.length > 60 ? `${place.slice(0, 60)}…` : place;
}

function listMeanings(meanings: readonly (readonly [string, string])[]): string {
  const parts = meanings.map(([zone, meaning]) => `${meaning} (${zone})`);
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} or ${parts[parts.length - 1]!}`;
}

/** The canonical name Intl resolves a legacy link to (US/Eastern -> America/New_York), if it is one. */
function linkTarget(name: string): string | undefined {
  if (Object.hasOwn(OLD_ZONE_NAMES, name)) return OLD_ZONE_NAMES[name];
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(name)) return undefined;
  let resolved: string;
  try {
    resolved = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
  const current = OLD_ZONE_NAMES[resolved] ?? resolved;
  return CANONICAL.has(current) && current !== name ? current : undefined;
}

const FORM = 'an IANA time zone name such as Europe/Zurich, America/New_York or UTC';

/**
 * Null for a name an announcement may use; otherwise why not, echoing the name, and what to write instead: the
 * venue's zone where the context names one, else the zone the name most likely meant.
 */
export function zoneProblem(name: string, context: ZoneContext = {}): string | null {
  if (CANONICAL.has(name)) return null;
  const shown = quoted(name);
  const venue = venueZone(context);
  const trimmed = name.trim();
  const upper = trimmed.toUpperCase();
  // Abbreviations first: Intl would read most of them as some legacy zone.
  const meanings = Object.hasOwn(ZONE_ABBREVIATIONS, upper) ? ZONE_ABBREVIATIONS[upper]! : undefined;
  if (meanings) {
    const what = `${shown} is an abbreviation, not a time zone name: it can mean ${listMeanings(meanings)}`;
    if (venue) return `${what}${venueAdvice(venue)}`;
    if (meanings.length === 1) return `${what}; write ${meanings[0]![0]}`;
    return `${what}; write the zone name of the place meant`;
  }
  if (/^(?:UTC|GMT|UT)?\s*[+\-\u2212]\s*\d{1,2}(?::?\d{2})?$/i.test(trimmed) || /^Etc\/GMT[+-]\d{1,2}$/.test(trimmed)) {
    const what = `${shown} is an offset from UTC, not a time zone name: a zone also knows when summer time starts and ends`;
    return venue ? `${what}${venueAdvice(venue)}` : `${what}; write the zone name of the place, e.g. Europe/Zurich, or UTC`;
  }
  const sameCase = CANONICAL_ZONES.find((zone) => zone.toLowerCase() === trimmed.toLowerCase());
  if (sameCase) return `${shown} is not written as the time zone's name: write ${sameCase}`;
  const link = linkTarget(trimmed);
  if (link) return `${shown} is an old name of a time zone: write ${link}`;
  // A city, on its own or under a made-up area: Addis Ababa, Africa/Addis Ababa, Europe/Geneva.
  const location = trimmed.slice(trimmed.lastIndexOf('/') + 1);
  const byCity = location ? zoneOfCity(location) : undefined;
  if (byCity) return `${shown} is not a known time zone; write ${byCity}`;
  if (venue) return `${shown} is not a known time zone${venueAdvice(venue)}`;
  const typo = trimmed.length <= 64 ? nearest(trimmed, CANONICAL_ZONES) : undefined;
  if (typo) return `${shown} is not a known time zone; did you mean ${typo}?`;
  return `${shown} is not a known time zone; expected ${FORM}`;
}
