import { testRule } from '../../tests/test-rule.js';
import rule from './index.js';

// BASES.hybrid: 13:00-16:00 in Geneva on 2026-03-16, invitees from Europe and Africa (four zones).
const LOS_ANGELES = 'invitees: { regions: [europe], timezones: [America/Los_Angeles] }';
const AUCKLAND = 'invitees: { regions: [europe], timezones: [Pacific/Auckland] }';
const NEW_YORK = 'invitees: { regions: [europe], timezones: [America/New_York] }';

testRule({
  rule,
  asOf: '2026-01-05',
  accept: [
    { description: 'global invitees at 13:00: no start suits every zone, and this is the fairest there is', yaml: 'invitees: { regions: [global] }' },
    { description: 'a series that rotates its hours, at 09:00 for global invitees', yaml: 'format_version: 2\nlanguages: { captioning: ~ }\ninvitees: { regions: [global] }\nmeeting: { start: 2026-03-16T09:00, registration_deadline: ~, series: { rotation: true } }' },
    { description: 'the hybrid base', base: 'hybrid' },
    { description: 'the online base', base: 'online' },
    { description: 'only explicit zones, all in the window', yaml: 'invitees: { regions: ~, timezones: [Asia/Kolkata] }' },
    // The United States moved to summer time on 8 March 2026, Europe only on 29 March.
    { description: 'Los Angeles at 06:00 PDT after the US change', yaml: `${LOS_ANGELES}\nmeeting: { start: 2026-03-16T14:00 }` },
    // Europe left summer time on 25 October 2026, the United States only on 1 November.
    { description: 'New York at 06:00 EDT after the European change', yaml: `${NEW_YORK}\nmeeting: { start: 2026-10-26T11:00 }` },
    // New Zealand left summer time on 5 April 2026, a week after Europe entered it.
    { description: 'Auckland ending at 24:00 NZST after its change', yaml: `${AUCKLAND}\nmeeting: { start: 2026-04-07T11:00 }` },
    { description: 'Auckland ending exactly at midnight', yaml: `${AUCKLAND}\nmeeting: { start: 2026-03-16T09:00 }` },
    { description: 'nobody can join remotely', yaml: 'remote: { participation: none }', status: 'not-applicable' },
    { description: 'remote participants can only listen', yaml: 'remote: { participation: listen }', status: 'not-applicable' },
    { description: 'the 2005 consultation: nobody could join remotely', fixture: 'wsis-2005-informal-consultations.yaml', status: 'not-applicable' },
  ],
  reject: [
    {
      description: 'Los Angeles at 05:00 PST before the US change: each zone outside with its local times, and the starts that fit',
      yaml: `${LOS_ANGELES}\nmeeting: { start: 2026-03-02T14:00 }`,
      status: 'fail',
      // Los Angeles needs 14:00 UTC or later; Moscow needs the end by 21:00 UTC.
      message: 'the meeting (14:00–17:00 Europe/Zurich on 2026-03-02) falls outside 06:00–24:00 local time in 1 of 4 invitee zones: America/Los_Angeles 05:00–08:00',
      line: 9, column: 3, endLine: 9, endColumn: 26, path: 'meeting.start',
      remedy: 'start it between 15:00 and 19:00 Europe/Zurich time, which is within 06:00–24:00 in every invitee zone',
      severity: 'warn',
      evidence: { earliest: '06:00', latest: '24:00', zonesChecked: 4, zonesOutside: ['America/Los_Angeles 05:00–08:00'] },
    },
    {
      description: 'a remedy across a daylight-saving change on the day itself',
      // 8 March 2026: Los Angeles moved from UTC-8 to UTC-7 at 10:00 UTC, two hours before the meeting.
      yaml: `${LOS_ANGELES}\nmeeting: { start: 2026-03-08T13:00 }`,
      status: 'fail',
      message: 'the meeting (13:00–16:00 Europe/Zurich on 2026-03-08) falls outside 06:00–24:00 local time in 1 of 4 invitee zones: America/Los_Angeles 05:00–08:00',
      line: 9, column: 3, endLine: 9, endColumn: 26, path: 'meeting.start',
      remedy: 'start it between 14:00 and 19:00 Europe/Zurich time, which is within 06:00–24:00 in every invitee zone',
      evidence: { zonesOutside: ['America/Los_Angeles 05:00–08:00'] },
    },
    {
      description: 'New York at 05:00 EDT before the European change',
      yaml: `${NEW_YORK}\nmeeting: { start: 2026-10-19T11:00 }`,
      status: 'fail',
      message: 'the meeting (11:00–14:00 Europe/Zurich on 2026-10-19) falls outside 06:00–24:00 local time in 1 of 4 invitee zones: America/New_York 05:00–08:00',
      line: 9, column: 3, endLine: 9, endColumn: 26, path: 'meeting.start',
      remedy: 'start it between 12:00 and 20:00 Europe/Zurich time, which is within 06:00–24:00 in every invitee zone',
    },
    {
      description: 'Auckland crossing midnight NZDT before its change',
      yaml: `${AUCKLAND}\nmeeting: { start: 2026-03-31T11:00 }`,
      status: 'fail',
      message: 'the meeting (11:00–14:00 Europe/Zurich on 2026-03-31) falls outside 06:00–24:00 local time in 1 of 4 invitee zones: Pacific/Auckland 22:00–01:00 (2026-03-31 to 2026-04-01)',
      line: 9, column: 3, endLine: 9, endColumn: 26, path: 'meeting.start',
      remedy: 'start it between 07:00 and 10:00 or between 19:00 and 20:00 Europe/Zurich time, which is within 06:00–24:00 in every invitee zone',
    },
    {
      description: 'Auckland crossing local midnight: both dates shown',
      yaml: `${AUCKLAND}\nmeeting: { start: 2026-03-16T10:00 }`,
      status: 'fail',
      message: 'the meeting (10:00–13:00 Europe/Zurich on 2026-03-16) falls outside 06:00–24:00 local time in 1 of 4 invitee zones: Pacific/Auckland 22:00–01:00 (2026-03-16 to 2026-03-17)',
      line: 9, column: 3, endLine: 9, endColumn: 26, path: 'meeting.start',
      remedy: 'start it between 07:00 and 09:00 or between 18:00 and 19:00 Europe/Zurich time, which is within 06:00–24:00 in every invitee zone',
      evidence: { zonesOutside: ['Pacific/Auckland 22:00–01:00 (2026-03-16 to 2026-03-17)'] },
    },
    {
      description: 'Tokyo: the local date shown where it differs from the meeting day',
      yaml: 'invitees: { regions: ~, timezones: [Asia/Tokyo] }\nmeeting: { start: 2026-03-16T19:00 }',
      status: 'fail',
      message: 'the meeting (19:00–22:00 Europe/Zurich on 2026-03-16) falls outside 06:00–24:00 local time in 1 of 1 invitee zones: Asia/Tokyo 03:00–06:00 on 2026-03-17',
      line: 9, column: 3, endLine: 9, endColumn: 26, path: 'meeting.start',
      remedy: 'start it between 00:00 and 13:00 or between 22:00 and 23:45 Europe/Zurich time, which is within 06:00–24:00 in every invitee zone',
      evidence: { zonesOutside: ['Asia/Tokyo 03:00–06:00 on 2026-03-17'] },
    },
    {
      description: 'global invitees at 09:00: no start suits every zone, and 13:00 is the fairest',
      yaml: 'invitees: { regions: [global] }\nmeeting: { start: 2026-03-16T09:00 }',
      status: 'fail',
      message: 'the meeting (09:00–12:00 Europe/Zurich on 2026-03-16) falls outside 06:00–24:00 local time in 6 of 22 invitee zones: America/Mexico_City 02:00–05:00, America/Bogota 03:00–06:00, America/Sao_Paulo 05:00–08:00, America/Los_Angeles 01:00–04:00, America/Chicago 03:00–06:00, America/New_York 04:00–07:00',
      line: 9, column: 3, endLine: 9, endColumn: 26, path: 'meeting.start',
      remedy: 'no start on 2026-03-16 is within 06:00–24:00 in every invitee zone; the fairest is 13:00 Europe/Zurich time, which leaves 3 zones outside (360 minutes in all) instead of 6 (900 minutes)',
      evidence: { zonesChecked: 22, fairestStart: '13:00', fairestZonesOutside: 3 },
    },
    {
      description: 'a session of a series at 09:00 is also told to rotate the times across the series',
      yaml: 'format_version: 2\nlanguages: { captioning: ~ }\ninvitees: { regions: [global] }\nmeeting: { start: 2026-03-16T09:00, registration_deadline: ~, series: { name: Open consultations 2026 } }',
      status: 'fail',
      message: 'the meeting (09:00–12:00 Europe/Zurich on 2026-03-16) falls outside 06:00–24:00 local time in 6 of 22 invitee zones: America/Mexico_City 02:00–05:00, America/Bogota 03:00–06:00, America/Sao_Paulo 05:00–08:00, America/Los_Angeles 01:00–04:00, America/Chicago 03:00–06:00, America/New_York 04:00–07:00',
      line: 9, column: 3, endLine: 9, endColumn: 26, path: 'meeting.start',
      remedy: 'no start on 2026-03-16 is within 06:00–24:00 in every invitee zone; the fairest is 13:00 Europe/Zurich time, which leaves 3 zones outside (360 minutes in all) instead of 6 (900 minutes), or rotate the times across the series so that the same zones do not always take the unsociable hours',
    },
    {
      description: 'no duration: silence is not a pass',
      yaml: 'invitees: { regions: [global] }\nmeeting: { duration: ~ }',
      status: 'not-stated',
      message: 'the length of the meeting is not stated, so nobody can tell whether it ends at a fair hour in every invitee zone',
      line: 9, column: 3, endLine: 9, endColumn: 26, path: 'meeting.start',
      remedy: 'give the session a `duration` (e.g. 2h) or an `end`',
    },
    {
      description: 'each session of a meeting on its own',
      yaml: `${AUCKLAND}
meeting:
  start: ~
  duration: ~
  sessions:
    - { start: 2026-03-16T09:00, duration: 2h }
    - { start: 2026-03-17T12:00, duration: 2h }`,
      status: 'fail',
      message: 'session 2 (12:00–14:00 Europe/Zurich on 2026-03-17) falls outside 06:00–24:00 local time in 1 of 4 invitee zones: Pacific/Auckland 00:00–02:00 on 2026-03-18',
      line: 14, column: 9, endLine: 14, endColumn: 32, path: 'meeting.sessions[1].start',
      remedy: 'start it between 07:00 and 10:00 or between 18:00 and 20:00 Europe/Zurich time, which is within 06:00–24:00 in every invitee zone',
    },
    {
      description: 'a start with an offset and no meeting zone',
      yaml: `${LOS_ANGELES}\nmeeting: { timezone: ~, start: 2026-03-02T14:00+01:00 }`,
      status: 'fail',
      message: 'the meeting (14:00–17:00 UTC+01:00 on 2026-03-02) falls outside 06:00–24:00 local time in 1 of 4 invitee zones: America/Los_Angeles 05:00–08:00',
      line: 9, column: 3, endLine: 9, endColumn: 32, path: 'meeting.start',
      remedy: 'start it between 15:00 and 19:00 UTC+01:00 time, which is within 06:00–24:00 in every invitee zone',
    },
    {
      description: 'its window from the options: 15:00-18:00 in Nairobi and Moscow is outside 07:00-17:00',
      options: { earliest: '07:00', latest: '17:00' },
      status: 'fail',
      message: 'the meeting (13:00–16:00 Europe/Zurich on 2026-03-16) falls outside 07:00–17:00 local time in 2 of 7 invitee zones: Europe/Moscow 15:00–18:00, Africa/Nairobi 15:00–18:00',
      line: 9, column: 3, endLine: 9, endColumn: 26, path: 'meeting.start',
      remedy: 'start it between 08:00 and 12:00 Europe/Zurich time, which is within 07:00–17:00 in every invitee zone',
      evidence: { zonesOutside: ['Europe/Moscow 15:00–18:00', 'Africa/Nairobi 15:00–18:00'] },
    },
    {
      description: 'no regions or zones for the invitees',
      yaml: 'invitees: { regions: ~ }',
      status: 'not-stated',
      message: 'where the invitees are is not stated, so nobody can tell whether the hours suit those who join remotely',
      line: 17, column: 1, endLine: 17, endColumn: 10, path: 'invitees.regions',
      remedy: 'state `invitees.regions` or `invitees.timezones`',
    },
  ],
  invalidOptions: [
    { description: 'a window that ends before it starts', options: { earliest: '22:00', latest: '06:00' }, message: 'config: rules.fair-hours.latest: `earliest` must be before `latest`' },
    { description: 'a time that is not a clock time', options: { latest: '25:00' }, message: 'config.rules.fair-hours[1].latest: expected a time of day in the form HH:MM, from 00:00 to 24:00' },
  ],
});
