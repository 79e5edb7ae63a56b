import * as z from 'zod';
import type { Facts, YamlPath } from '../../src/announcement/facts.js';
import { defineRule } from '../../src/engine/define.js';
import type { CheckStatus, FindingDraft } from '../../src/engine/types.js';
import page from './README.md?raw';

const options = z.strictObject({
  minFloorShare: z
    .number()
    .min(0)
    .max(1)
    .default(0.5)
    .describe("Least share of the meeting open to participants' interventions (the agenda's floor items)."),
  minutesPerParticipant: z
    .number()
    .min(0)
    .default(5)
    .describe('Least floor minutes per participant: a short statement and time to respond.'),
});

const STATEMENTS = 'ICANN public forums and NETmundial (2014): statements of 2 to 3 minutes, and time to respond';
const DEBATE =
  'Civil Society Bureau intervention (2 May 2005): "the limited time frame of 3 hours leaves little room for an extensive debate"';

/** 300 -> "5h", 270 -> "4h30m", 45 -> "45m". */
function hoursAndMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return hours === 0 ? `${rest}m` : rest === 0 ? `${hours}h` : `${hours}h${rest}m`;
}

/** Rounds down to one decimal, so that 4.99 minutes never reads as 5. */
function oneDecimal(value: number): string {
  return String(Math.floor(value * 10) / 10);
}

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
    sources: [{ title: STATEMENTS }, { title: DEBATE }],
  },
  page,
  check(facts: Facts, opts) {
    const { announcement } = facts;
    const meetingMinutes = facts.meetingMinutes;
    if (meetingMinutes === null) {
      const untimed = facts.sessions.filter((session) => session.minutes === null);
      const [first] = untimed as [Facts['sessions'][number]];
      const days = untimed.filter((session) => !session.timed);
      // One missing fact, one finding: the first session without a length, with the count of the others.
      const others = untimed.length > 1 ? ` (nor of ${untimed.length - 1} more session${untimed.length > 2 ? 's' : ''})` : '';
      return {
        status: 'not-stated',
        findings: [
          {
            message: first.timed
              ? `the length of the meeting is not stated (no \`duration\` or \`end\`)${others}, so the time for participants cannot be checked`
              : `the clock hours of the session on ${first.startLocal.date} are not stated${others}, so the time for participants cannot be checked`,
            at: facts.locate(first.timed ? [...first.path, 'duration'] : [...first.path, 'date']),
            evidence: { sessions: facts.sessions.length, untimedSessions: untimed.length, daysWithoutHours: days.length },
            remedy: first.timed ? 'give the session a `duration` (e.g. 3h) or an `end`' : 'give each session its `start` and `duration` (or `end`)',
            source: STATEMENTS,
          },
        ],
      };
    }

    const findings: FindingDraft[] = [];
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
        message: `the agenda adds up to ${agendaMinutes} minutes, ${agendaMinutes - meetingMinutes} more than the ${meetingMinutes}-minute meeting`,
        at: facts.locate(['agenda']),
        evidence,
        remedy: `cut ${agendaMinutes - meetingMinutes} minutes from the agenda, or make the meeting ${agendaMinutes} minutes long (${hoursAndMinutes(agendaMinutes)})`,
        source: DEBATE,
      });
    }

    if (floorShare < opts.minFloorShare) {
      const neededFloor = Math.ceil(opts.minFloorShare * meetingMinutes);
      status = 'fail';
      findings.push({
        message: `${floorMinutes} of ${meetingMinutes} minutes (${Math.floor(floorShare * 100)}%) are open to participants' interventions; at least ${Math.round(opts.minFloorShare * 100)}% are needed`,
        at: floorAt(),
        evidence,
        remedy: `open at least ${neededFloor} of the ${meetingMinutes} minutes to the floor (${neededFloor - floorMinutes} more)`,
        source: DEBATE,
      });
    }

    if (participants === null) {
      // Silence is not a pass: an open meeting still says how many it expects, or how many seats it has.
      if (status === 'pass') status = 'not-stated';
      findings.push({
        message: open
          ? `the meeting is open, but how many are expected is not stated, so the ${floorMinutes} minutes of floor cannot be checked against ${opts.minutesPerParticipant} minutes per participant`
          : `the number of participants is not stated, so the ${floorMinutes} minutes of floor cannot be checked against ${opts.minutesPerParticipant} minutes per participant`,
        at: facts.locate(['invitees', 'expected']),
        evidence,
        remedy: 'state how many are expected (`invitees.expected`) or the seats (`admission.seats`, or `seats` for every group)',
        source: STATEMENTS,
      });
    } else if (floorMinutes < participants.count * opts.minutesPerParticipant) {
      const neededFloor = Math.ceil(participants.count * opts.minutesPerParticipant);
      const neededMeeting = meetingMinutes + (neededFloor - floorMinutes);
      const maxParticipants = opts.minutesPerParticipant > 0 ? Math.floor(floorMinutes / opts.minutesPerParticipant) : participants.count;
      const lengthRemedy = agenda
        ? `add ${neededFloor - floorMinutes} minutes of floor time (a meeting of ${neededMeeting} minutes, ${hoursAndMinutes(neededMeeting)})`
        : `make the meeting ${neededMeeting} minutes long (${hoursAndMinutes(neededMeeting)})`;
      status = 'fail';
      findings.push({
        message: `${floorMinutes} minutes of floor for ${participants.count} participants is ${oneDecimal(floorMinutes / participants.count)} minutes each; ${opts.minutesPerParticipant} are needed`,
        at: floorAt(),
        evidence,
        remedy: `${lengthRemedy}, or plan for at most ${maxParticipants} participants`,
        source: STATEMENTS,
      });
    }
    return { status, findings };
  },
});
