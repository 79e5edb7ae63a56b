import * as z from 'zod';
import type { Facts, YamlPath } from '../../src/announcement/facts.js';
import { defineRule } from '../../src/engine/define.js';
import type { CheckStatus, FindingDraft } from '../../src/engine/types.js';
import readPage from './README.md?lazy';
import { messages, translations, type Args } from './messages.js';

const options = () =>
  z.strictObject({
    minFloorShare: z
      .number()
      .min(0)
      .max(1)
      .describe("Least share of the meeting open to participants' interventions (the agenda's floor items)."),
    minutesPerParticipant: z
      .number()
      .min(0)
      .describe('Least floor minutes per participant: a short statement and time to respond.'),
  });

const STATEMENTS = 'ICANN public forums and NETmundial (2014): statements of 2 to 3 minutes, and time to respond';
const DEBATE =
  'Civil Society Bureau intervention (2 May 2005): "the limited time frame of 3 hours leaves little room for an extensive debate"';

/**
 * How many share the floor: `invitees.expected`, else `admission.seats` (format v2), else the seats of every group.
 * Groups that may not take the floor in any session (format v2 `access`, e.g. observers who only listen) do not
 * share the floor time, so their seats are not counted.
 */
function participantsOf(announcement: Facts['announcement']): { count: number; from: 'expected' | 'seats' | 'admission.seats' } | null {
  const invitees = announcement.invitees;
  if (invitees?.expected !== undefined) return { count: invitees.expected, from: 'expected' };
  if (announcement.admission?.seats !== undefined) return { count: announcement.admission.seats, from: 'admission.seats' };
  const groups = (invitees?.groups ?? []).filter((group) => !(group.access?.length && group.access.every((entry) => entry.may_speak === false)));
  // A partial sum of seats would undercount the room and pass a crowded meeting: every group must give its seats.
  if (groups.length > 0 && groups.every((group) => group.seats !== undefined)) {
    return { count: groups.reduce((sum, group) => sum + (group.seats ?? 0), 0), from: 'seats' };
  }
  return null;
}

function durationPath(facts: Facts): YamlPath {
  const { meeting } = facts.announcement;
  if (meeting.sessions) return ['meeting', 'sessions'];
  return meeting.end !== undefined ? ['meeting', 'end'] : ['meeting', 'duration'];
}

export default defineRule({
  meta: {
    id: 'time-allotted',
    criterion: 'Time allotted',
    description:
      'The time lets participants be heard and answer each other: at least half of it open to the floor, and 5 minutes of floor per participant.',
    severity: 'error',
    options,
    defaults: { minFloorShare: 0.5, minutesPerParticipant: 5 },
    sources: [{ title: STATEMENTS }, { title: DEBATE }],
  },
  get page() {
    return readPage();
  },
  messages,
  translations,
  check(facts: Facts, opts) {
    const { announcement } = facts;
    const meetingMinutes = facts.meetingMinutes;
    if (meetingMinutes === null) {
      const untimed = facts.sessions.filter((session) => session.minutes === null);
      const [first] = untimed as [Facts['sessions'][number]];
      const days = untimed.filter((session) => !session.timed);
      // One missing fact, one finding: the first session without a length, with the count of the others.
      const evidence = { sessions: facts.sessions.length, untimedSessions: untimed.length, daysWithoutHours: days.length };
      return {
        status: 'not-stated',
        findings: [
          first.timed
            ? { messageId: 'length-not-stated', at: facts.locate([...first.path, 'duration']), evidence, source: STATEMENTS }
            : { messageId: 'hours-not-stated', at: facts.locate([...first.path, 'date']), evidence: { ...evidence, date: first.startLocal.date }, source: STATEMENTS },
        ],
      };
    }

    const findings: FindingDraft<Args>[] = [];
    let status: CheckStatus = 'pass';
    const agenda = announcement.agenda?.length ? announcement.agenda : null;
    const agendaMinutes = agenda ? agenda.reduce((sum, item) => sum + item.minutes, 0) : null;
    const floorMinutes = agenda ? agenda.filter((item) => item.floor !== false).reduce((sum, item) => sum + item.minutes, 0) : meetingMinutes;
    const floorShare = meetingMinutes > 0 ? floorMinutes / meetingMinutes : 0;
    const floorAt = () => facts.locate(agenda ? ['agenda'] : durationPath(facts));
    const participants = participantsOf(announcement);
    const open = facts.open.value === true;
    const evidence = {
      meetingMinutes,
      agendaMinutes,
      floorMinutes,
      floorShare: Math.round(floorShare * 1000) / 1000,
      minFloorShare: opts.minFloorShare,
      participants: participants?.count ?? null,
      participantsFrom: participants?.from ?? null,
      open,
      minutesPerParticipant: participants && participants.count > 0 ? Math.round((floorMinutes / participants.count) * 100) / 100 : null,
      requiredMinutesPerParticipant: opts.minutesPerParticipant,
    };

    if (agendaMinutes !== null && agendaMinutes > meetingMinutes) {
      status = 'fail';
      findings.push({
        messageId: 'agenda-too-long',
        at: facts.locate(['agenda']),
        evidence,
        source: DEBATE,
      });
    }

    if (floorShare < opts.minFloorShare) {
      const neededFloor = Math.ceil(opts.minFloorShare * meetingMinutes);
      status = 'fail';
      findings.push({
        messageId: 'floor-share-too-small',
        at: floorAt(),
        evidence: { ...evidence, floorPercent: Math.floor(floorShare * 100), neededFloor },
        source: DEBATE,
      });
    }

    if (participants === null) {
      // Silence is not a pass: an open meeting still says how many it expects, or how many seats it has.
      if (status === 'pass') status = 'not-stated';
      findings.push({
        messageId: open ? 'open-expected-not-stated' : 'participants-not-stated',
        at: facts.locate(['invitees', 'expected']),
        evidence,
        source: STATEMENTS,
      });
    } else if (floorMinutes < participants.count * opts.minutesPerParticipant) {
      const neededFloor = Math.ceil(participants.count * opts.minutesPerParticipant);
      const neededMeeting = meetingMinutes + (neededFloor - floorMinutes);
      const maxParticipants = opts.minutesPerParticipant > 0 ? Math.floor(floorMinutes / opts.minutesPerParticipant) : participants.count;
      status = 'fail';
      findings.push({
        messageId: 'floor-per-participant-too-small',
        at: floorAt(),
        evidence: { ...evidence, participants: participants.count, neededFloor, neededMeeting, maxParticipants },
        source: STATEMENTS,
      });
    }
    return { status, findings };
  },
});
