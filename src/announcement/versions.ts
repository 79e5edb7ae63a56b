// Reading format v1 as format v2. Rules read one shape, v2's: a v1 document's moved fields (MOVED_IN_V2) are put in
// their v2 homes, and positions asked for at a v2 path are found where the v1 document wrote the field.
import { MOVED_IN_V2, type Announcement, type AnnouncementV1 } from './schema.js';
import type { Locate, YamlPath } from './facts.js';

type Data = Record<string, unknown>;

const isData = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A validated v1 announcement as the rules read it: the same facts, the moved ones under their v2 names. */
export function readV1AsV2(v1: AnnouncementV1): Announcement {
  const out: Data = { ...v1 };
  for (const { from, to } of MOVED_IN_V2) {
    const [parent, key] = from;
    const source = out[parent];
    if (!isData(source) || !(key in source)) continue;
    const { [key]: value, ...rest } = source;
    out[parent] = rest;
    const [home, field] = to;
    out[home] = { ...(isData(out[home]) ? out[home] : {}), [field]: value };
  }
  return out as Announcement;
}

/** The path a field has in a v1 document, for its v2 path: `admission.closes` -> `meeting.registration_deadline`. */
export function v1PathOf(path: YamlPath): YamlPath {
  for (const { from, to } of MOVED_IN_V2) {
    if (path[0] === to[0] && path[1] === to[1]) return [...from, ...path.slice(2)];
  }
  return path;
}

/** A v1 document's locator, asked with v2 paths. */
export function v1Locator(locate: Locate): Locate {
  return (path) => {
    const moved = v1PathOf(path);
    return moved === path ? locate(path) : { ...locate(moved) };
  };
}
