// Positions of fields: a present field spans its key and value; a missing one points at the key line of its
// nearest present parent only (not the parent's whole block), or at the first key when nothing of it is there.
// Columns count from 1; a line's \r is no part of it; the end column is one past the last character.
import { describe, expect, it } from 'vitest';
import { loadAnnouncements } from '../../src/announcement/load.js';

const TEXT = [
  'format_version: 1', // 1
  'title: A meeting', // 2
  'meeting:', // 3
  '  start: 2026-05-02T15:00', // 4
  '  timezone: Europe/Zurich', // 5
  '  venue: { city: Geneva,', // 6
  '    country: CH }', // 7
  'invitees:', // 8
  '  groups:', // 9
  '    - stakeholder: civil-society', // 10
  '      selection: open', // 11
  '    - stakeholder: private-sector', // 12
  '',
  '',
].join('\r\n');

const at = (path: (string | number)[]) => {
  const { line, column, endLine, endColumn } = loadAnnouncements(TEXT)[0]!.locate(path);
  return [line, column, endLine, endColumn];
};

describe('locate', () => {
  it('spans a present field from its key to the end of its value', () => {
    expect(at(['title'])).toEqual([2, 1, 2, 17]);
    expect(at(['meeting', 'venue'])).toEqual([6, 3, 7, 18]);
    expect(at(['invitees', 'groups', 1])).toEqual([12, 7, 12, 34]);
    expect(at(['meeting'])).toEqual([3, 1, 7, 18]);
  });

  it('points a missing field at the key line of its nearest present parent', () => {
    expect(at(['meeting', 'duration'])).toEqual([3, 1, 3, 9]);
    expect(at(['meeting', 'venue', 'room'])).toEqual([6, 3, 6, 25]);
    expect(at(['invitees', 'groups', 0, 'focal_point'])).toEqual([10, 7, 10, 33]);
    expect(at(['invitees', 'groups', 5, 'selection'])).toEqual([9, 3, 9, 10]);
    expect(at(['invitees', 'expected'])).toEqual([8, 1, 8, 10]);
  });

  it('points a missing top-level field at the first key, and the document at its whole range', () => {
    expect(at(['remote'])).toEqual([1, 1, 1, 15]);
    expect(at(['remote', 'participation'])).toEqual([1, 1, 1, 15]);
    expect(at([])).toEqual([1, 1, 12, 34]);
  });
});
