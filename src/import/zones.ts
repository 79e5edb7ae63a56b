// A TZID as an IANA zone: IANA names are kept (and checked), Outlook's Windows names are mapped with the
// windows-iana table, choosing the zone of the venue's country when a name covers several countries.
import { WINDOWS_TO_IANA_MAP } from 'windows-iana';
import { isIanaTimeZone } from '../announcement/values.js';

export type ZoneAnswer =
  | { zone: string; how: 'iana' | 'windows' | 'windows-country' }
  | { zone: null; candidates: string[] };

/** An IANA name in the form people write (Area/Location, or UTC), which this runtime knows. */
function isRegionZone(name: string): boolean {
  return (name.includes('/') || name === 'UTC') && !/^Etc\/GMT[+-]/.test(name) && isIanaTimeZone(name);
}

/** The first of a Windows table entry's zones that this runtime knows. */
function knownZone(zones: readonly string[]): string | undefined {
  return zones.find(isRegionZone);
}

/** Whether `tzid` is a Windows zone name the table knows (so it may be quoted in a comment). */
export function isWindowsZoneName(tzid: string): boolean {
  return WINDOWS_TO_IANA_MAP.some((entry) => entry.windowsName === tzid);
}

/**
 * The IANA zone of a TZID. Some producers prefix IANA names with a path of their own
 * (`/mozilla.org/20050126_1/Europe/Berlin`, `/citadel.org/.../Europe/Berlin`): the trailing Area/Location is used.
 */
export function ianaZoneOf(tzid: string, country: string | null): ZoneAnswer {
  const trimmed = tzid.trim().replace(/^"|"$/g, '');
  if (isRegionZone(trimmed)) return { zone: trimmed, how: 'iana' };
  const tail = /([A-Za-z]+\/[A-Za-z_+-]+(?:\/[A-Za-z_+-]+)?)$/.exec(trimmed)?.[1];
  if (tail && trimmed.startsWith('/') && isRegionZone(tail)) return { zone: tail, how: 'iana' };
  const entries = WINDOWS_TO_IANA_MAP.filter((entry) => entry.windowsName === trimmed);
  if (entries.length === 0) return { zone: null, candidates: [] };
  if (country) {
    const own = entries.find((entry) => entry.territory === country);
    const zone = own && knownZone(own.iana);
    if (zone) return { zone, how: 'windows-country' };
  }
  const candidates = [...new Set(entries.filter((entry) => entry.territory !== '001' && entry.territory !== 'ZZ').map((entry) => knownZone(entry.iana)).filter((zone): zone is string => zone !== undefined))];
  if (candidates.length === 1) return { zone: candidates[0]!, how: 'windows' };
  const fallback = entries.find((entry) => entry.territory === '001');
  const main = fallback && knownZone(fallback.iana);
  return { zone: null, candidates: main ? [main, ...candidates.filter((zone) => zone !== main)] : candidates };
}

/**
 * The zone of a country that has one table entry (CH: Europe/Zurich; DE: Europe/Berlin, whose entry also lists
 * Busingen, a zone with the same clock); null for a country with several (US) or none.
 */
export function onlyZoneOf(country: string): string | null {
  const entries = WINDOWS_TO_IANA_MAP.filter((entry) => entry.territory === country);
  return entries.length === 1 ? (knownZone(entries[0]!.iana) ?? null) : null;
}
