// A TZID as an IANA zone: IANA names are kept (and checked), Outlook's Windows names are mapped with the
// windows-iana table, choosing the zone of the venue's country when a name covers several countries.
import { findIanaAliases, WINDOWS_TO_IANA_MAP } from 'windows-iana';
import { isCanonicalZone, OLD_ZONE_NAMES, venueZone } from '../announcement/zones.js';

export type ZoneAnswer =
  | { zone: string; how: 'iana' | 'windows' | 'windows-country' }
  | { zone: null; candidates: string[] };

/**
 * The canonical IANA name (the only names the format accepts) of a zone name: itself, its current name
 * (Asia/Calcutta -> Asia/Kolkata), or the canonical one among its aliases in the windows-iana table.
 */
function canonicalOf(name: string): string | undefined {
  if (isCanonicalZone(name)) return name;
  const current = Object.hasOwn(OLD_ZONE_NAMES, name) ? OLD_ZONE_NAMES[name] : undefined;
  if (current && isCanonicalZone(current)) return current;
  return findIanaAliases(name).find(isCanonicalZone);
}

/** The canonical name of the first of a Windows table entry's zones that has one. */
function knownZone(zones: readonly string[]): string | undefined {
  for (const zone of zones) {
    const canonical = canonicalOf(zone);
    if (canonical) return canonical;
  }
  return undefined;
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
  const named = trimmed.includes('/') || trimmed === 'UTC' ? canonicalOf(trimmed) : undefined;
  if (named) return { zone: named, how: 'iana' };
  const tail = /([A-Za-z]+\/[A-Za-z_+-]+(?:\/[A-Za-z_+-]+)?)$/.exec(trimmed)?.[1];
  const tailZone = tail && trimmed.startsWith('/') ? canonicalOf(tail) : undefined;
  if (tailZone) return { zone: tailZone, how: 'iana' };
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

/** The venue's zone: its city's, or its country's when the country has one (CH: Europe/Zurich); else null. */
export function venueZoneOf(country: string, city: string | null): string | null {
  return venueZone({ country, ...(city !== null && { city }) })?.zone ?? null;
}
