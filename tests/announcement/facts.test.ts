// The derived facts rules read instead of parsing dates or reading offsets themselves.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ZoneClock } from '../../src/announcement/dates.js';
import { deriveFacts, documentFactsOf } from '../../src/announcement/facts.js';
import { AnnouncementSchemas } from '../../src/announcement/schema.js';
import { readV1AsV2 } from '../../src/announcement/versions.js';
import { ROOT } from '../helpers.js';

const WSIS = readFileSync(path.join(ROOT, 'fixtures/wsis-2005-informal-consultations.yaml'), 'utf8');
const at = { line: 1, column: 1, endLine: 1, endColumn: 1, path: '' };

/** Facts of the 2005 case with `change` applied to its parsed YAML. */
function factsOf(change: (doc: Record<string, any>) => void = () => {}, clock = new ZoneClock()) {
  const doc = parse(WSIS) as Record<string, any>;
  change(doc);
  return deriveFacts(readV1AsV2(new AnnouncementSchemas(clock).v1.parse(doc)), { asOf: '2005-04-20', locate: () => at, clock });
}

describe('derived facts', () => {
  it('count the days to the registration deadline, the documents and the decision', () => {
    const facts = factsOf((doc) => {
      doc.meeting.registration_deadline = '2005-04-29T17:00';
      doc.documents = [{ title: 'Draft', published: '2005-04-25' }, { title: 'Late', published: '2005-05-03' }];
    });
    expect(facts.registrationDeadline).toEqual({ date: '2005-04-29', days: 11, workingDays: 9, daysBeforeStart: 3 });
    expect(facts.documents).toEqual([
      { title: 'Draft', published: '2005-04-25', daysBeforeStart: 7 },
      { title: 'Late', published: '2005-05-03', daysBeforeStart: -1 },
    ]);
    expect(facts.lastDay).toEqual({ date: '2005-05-02', endKnown: true });
    expect(facts.decision).toEqual({ name: 'WSIS PrepCom-3', date: '2005-09-19', daysAfterMeeting: 140 });
    expect(factsOf().registrationDeadline).toBeNull();
  });

  it('take the latest start as the last day when a session has no length, and know a decision without a date', () => {
    const facts = factsOf((doc) => {
      delete doc.meeting.duration;
      delete doc.framework.feeds_into.date;
    });
    expect(facts.lastDay).toEqual({ date: '2005-05-02', endKnown: false });
    expect(facts.decision).toEqual({ name: 'WSIS PrepCom-3', date: null, daysAfterMeeting: null });
  });

  it('read each session on its own clock and in every invitee zone', () => {
    const facts = factsOf((doc) => {
      doc.invitees.regions = ['asia-pacific'];
    });
    const [session] = facts.sessions;
    expect(session!.clock).toEqual({ zone: 'Europe/Zurich', name: 'Europe/Zurich' });
    expect(session!.onClock).toMatchObject({ start: { date: '2005-05-02', time: '15:00' }, end: { time: '18:00' }, startMinute: 900, endMinute: 1080 });
    expect(session!.inZones.map((time) => time.zone)).toEqual(facts.inviteeZones);
    // Auckland is UTC+12 in May: 13:00-16:00 UTC is 01:00-04:00 the next day there.
    expect(session!.inZones.at(-1)).toEqual({
      zone: 'Pacific/Auckland',
      start: { date: '2005-05-03', time: '01:00', minuteOfDay: 60 },
      end: { date: '2005-05-03', time: '04:00', minuteOfDay: 240 },
      startMinute: 60,
      endMinute: 240,
    });
    // Tokyo (UTC+9): 22:00 to 01:00, past local midnight.
    expect(session!.inZones.find((time) => time.zone === 'Asia/Tokyo')).toMatchObject({ startMinute: 1320, endMinute: 1500 });
    const report = documentFactsOf(facts).sessions[0]!;
    expect(report.start).toBe('2005-05-02 15:00');
    expect(report.zones.at(-1)).toEqual({ zone: 'Pacific/Auckland', start: '2005-05-03 01:00', end: '2005-05-03 04:00', startMinute: 60, endMinute: 240 });
  });

  it('name a fixed offset as the clock of a session without a zone', () => {
    const facts = factsOf((doc) => {
      delete doc.meeting.timezone;
      doc.meeting.start = '2005-05-02T15:00-03:30';
    });
    expect(facts.sessions[0]!.clock).toEqual({ zone: -210, name: 'UTC-03:30' });
    expect(facts.sessions[0]!.onClock.start).toEqual({ date: '2005-05-02', time: '15:00', minuteOfDay: 900 });
  });

  it('read the same with a clock that has served other announcements', () => {
    const used = new ZoneClock();
    for (const zone of Intl.supportedValuesOf('timeZone')) used.offset(zone, Date.UTC(2005, 4, 2, 13));
    const change = (doc: Record<string, any>) => {
      doc.invitees.timezones = ['Australia/Lord_Howe', 'Asia/Kathmandu'];
    };
    const { clock: _used, announcement: _a, locate: _l, ...afterOthers } = factsOf(change, used);
    const { clock: _fresh, announcement: _b, locate: _m, ...alone } = factsOf(change);
    expect(afterOthers).toEqual(alone);
  });
});
