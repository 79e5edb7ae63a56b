// The announcement formats v1 and v2: the single source of their field names, value sets, types and JSON Schemas.
// They validate only; derived values (instants, minutes, zones) are computed in facts.ts. Format v2 keeps every
// v1 field and adds the facts real invitations state (docs/format.md); a v1 document is read as a v2 one.
import * as z from 'zod';
import { ZoneClock } from './dates.js';
import { countryProblem, languageProblem } from './words.js';
import { zoneProblem } from './zones.js';
import { englishProblemMessage, type CrossFieldId, type ProblemArgs } from './messages.js';
import {
  isIanaTimeZone,
  parseMonth,
  quoted,
  parseDateOrDateTime,
  parseDateTime,
  parseDurationMinutes,
  parsePlainDate,
} from './values.js';

export const DATE_FORM = 'a date in the form YYYY-MM-DD, e.g. 2005-05-02';
export const DATETIME_FORM =
  'a date and time in the form YYYY-MM-DDTHH:MM, e.g. 2005-05-02T15:00 (local time at the meeting) or 2005-05-02T15:00+02:00';
export const DATE_OR_DATETIME_FORM = 'a date (2005-04-18) or a date and time (2005-04-18T09:00+02:00)';
export const DURATION_FORM = 'a duration with a unit: 3h, 90m, 1h30m or PT3H';
export const ZONE_FORM = 'an IANA time zone name, e.g. Europe/Zurich or America/New_York';

// What JSON Schema can say about each value form (`invitelint schema`): the shape, not calendar validity or
// zone names, which only the refinements below check. Editors show the pattern's failure and the examples.
const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';
const TIME_PATTERN = 'T\\d{2}:\\d{2}(:\\d{2})?(Z|[+-]\\d{2}:\\d{2})?';
const DATETIME_PATTERN = `^\\d{4}-\\d{2}-\\d{2}${TIME_PATTERN}$`;
const DATE_OR_DATETIME_PATTERN = `^\\d{4}-\\d{2}-\\d{2}(${TIME_PATTERN})?$`;
const DURATION_PATTERN = '^(P(?=\\d|T\\d)(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+S)?)?|(?=\\d)(\\d+h)?(\\d+m)?)$';
const ZONE_PATTERN = '^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$';

const formMessage = (form: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? undefined : `expected ${form}`;

function formatted(
  form: string,
  accepts: (text: string) => boolean,
  invalid: (text: string) => string,
  jsonSchema: { pattern: string; examples: string[] },
) {
  return z
    .string({ error: formMessage(form) })
    .refine(accepts, { error: (issue) => invalid(String(issue.input)) })
    .meta(jsonSchema);
}

const isoDate = () =>
  formatted(
    DATE_FORM,
    (text) => parsePlainDate(text) !== null,
    (text) =>
      /^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text} is not a day of the calendar` : `expected ${DATE_FORM}, got ${quoted(text)}`,
    { pattern: DATE_PATTERN, examples: ['2005-05-02'] },
  );

/** `2005-05-02 15:00`: the date and time are there, the `T` between them is not. */
function missingT(text: string): string | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})[ \t]+(\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})?)$/.exec(text.trim());
  return match ? `${quoted(text)}: the T between the date and the time is missing; write ${match[1]}T${match[2]}` : undefined;
}

const isoDateTime = () =>
  formatted(
    DATETIME_FORM,
    (text) => parseDateTime(text) !== null,
    (text) =>
      missingT(text) ??
      (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(text)
        ? `${text} is not a valid date and time`
        : `expected ${DATETIME_FORM}, got ${quoted(text)}`),
    { pattern: DATETIME_PATTERN, examples: ['2005-05-02T15:00', '2005-05-02T15:00+02:00'] },
  );

const isoDateOrDateTime = () =>
  formatted(
    DATE_OR_DATETIME_FORM,
    (text) => parseDateOrDateTime(text) !== null,
    (text) =>
      missingT(text) ??
      (/^\d{4}-\d{2}-\d{2}$/.test(text)
        ? `${text} is not a day of the calendar`
        : /^\d{4}-\d{2}-\d{2}/.test(text)
        ? `${text} is not a valid date and time; expected ${DATE_OR_DATETIME_FORM}`
        : `expected ${DATE_OR_DATETIME_FORM}, got ${quoted(text)}`),
    { pattern: DATE_OR_DATETIME_PATTERN, examples: ['2005-04-18', '2005-04-18T09:00+02:00'] },
  );

function unitHint(minutes: string): string {
  const count = Number(minutes);
  return count % 60 === 0 && count > 0
    ? `write ${count}m or ${count / 60}h (or PT${count / 60}H)`
    : `write ${count}m (or PT${count}M)`;
}

const duration = () =>
  z
    .string({
      error: (issue) =>
        typeof issue.input === 'number'
          ? `a duration needs a unit: ${unitHint(String(issue.input))}`
          : issue.input === undefined
            ? undefined
            : `expected ${DURATION_FORM}`,
    })
    .refine((text) => (parseDurationMinutes(text) ?? 0) > 0, {
      error: (issue) => {
        const text = String(issue.input);
        return /^\d+$/.test(text)
          ? `a duration needs a unit: ${unitHint(text)}`
          : parseDurationMinutes(text) === 0
            ? 'a duration must be longer than zero'
            : `expected ${DURATION_FORM}, got ${quoted(text)}`;
      },
    })
    .meta({ pattern: DURATION_PATTERN, examples: ['3h', '90m', '1h30m', 'PT3H'] });

/**
 * A zone name: canonical IANA names and UTC only (zones.ts). The issue carries `params.zone`, so that the loader
 * can word it again with the venue's city and country, which this field alone does not know.
 */
const timeZone = () =>
  z
    .string({ error: formMessage(ZONE_FORM) })
    .refine((text) => zoneProblem(text) === null, { params: { zone: true }, error: (issue) => zoneProblem(String(issue.input)) ?? undefined })
    .meta({ pattern: ZONE_PATTERN, examples: ['Europe/Zurich', 'America/New_York'] });

const text = () => z.string().min(1, { error: 'must not be empty' });

export const REGIONS = [
  'global',
  'africa',
  'arab-states',
  'asia-pacific',
  'europe',
  'latin-america-caribbean',
  'north-america',
] as const;

export const STAKEHOLDERS = [
  'governments',
  'private-sector',
  'civil-society',
  'international-organizations',
  'technical-community',
  'academia',
  'parliamentarians',
  'local-authorities',
] as const;

export const SELECTIONS = ['open', 'self', 'focal-point', 'convener'] as const;
export const PARTICIPATION = ['none', 'listen', 'speak'] as const;
export const LEVELS = ['inform', 'consult', 'involve', 'collaborate', 'empower'] as const;
export const INTERACTIONS = [
  'briefing',
  'statements',
  'open-debate',
  'q-and-a',
  'working-groups',
  'negotiation',
  'written-input',
] as const;

const languageCode = () =>
  z.string().regex(/^[a-z]{2}$/, {
    error: (issue) => (typeof issue.input === 'string' ? languageProblem(issue.input) : 'expected an ISO 639-1 language code in lower case, e.g. en, fr, es'),
  });

interface MeetingInput {
  date?: string | undefined;
  start?: string | undefined;
  duration?: string | undefined;
  end?: string | undefined;
  sessions?: { date?: string | undefined; start?: string | undefined; duration?: string | undefined; end?: string | undefined }[] | undefined;
  timezone?: string | undefined;
  venue?: unknown;
  online?: true | undefined;
}

/**
 * A problem across fields, as a custom issue that carries its message id and values (the loader names the field;
 * messages.ts words it in each locale).
 */
function addProblem<Id extends CrossFieldId>(ctx: z.core.$RefinementCtx<unknown>, path: (string | number)[], messageId: Id, values: Omit<ProblemArgs[Id], 'field'>): void {
  const evidence = { field: null, ...values } as ProblemArgs[Id];
  ctx.addIssue({ code: 'custom', path, message: englishProblemMessage(messageId, evidence), params: { messageId, evidence: values } });
}

/** The checks on `meeting` that JSON Schema cannot express; `days` is true in format v2, where a session may be a day. */
function checkMeeting(value: MeetingInput, ctx: z.core.$RefinementCtx<unknown>, days: boolean, clock: ZoneClock): void {
  if (value.sessions && (value.start || value.duration || value.end || value.date)) addProblem(ctx, ['sessions'], 'sessions-and-start', { days });
  if (!value.sessions && !value.start && !value.date) addProblem(ctx, [], 'meeting-needs-time', { days });
  const single = value.sessions ? value.sessions.map((s, i) => ({ ...s, path: ['sessions', i] })) : [{ ...value, path: [] as (string | number)[] }];
  const zone = value.timezone && isIanaTimeZone(value.timezone) ? value.timezone : null;
  // Whether a start or end, as written, has no offset (one that does not parse has none either).
  let withoutOffset = false;
  for (const s of single) {
    if (s.duration && s.end) addProblem(ctx, [...s.path, 'end'], 'duration-and-end', {});
    if (!s.start && (s.duration || s.end)) addProblem(ctx, s.path, 'duration-needs-start', {});
    if (days && s.path.length && !s.start && !s.date) addProblem(ctx, s.path, 'session-needs-start-or-date', {});
    const start = s.start ? parseDateTime(s.start) : null;
    const end = s.end ? parseDateTime(s.end) : null;
    if ((typeof s.start === 'string' && start?.offsetMinutes === undefined) || (typeof s.end === 'string' && end?.offsetMinutes === undefined)) {
      withoutOffset = true;
    }
    if (start && end && clock.toInstant(end, zone) <= clock.toInstant(start, zone)) {
      addProblem(ctx, [...s.path, 'end'], 'end-before-start', { start: s.start!, end: s.end! });
    }
    if (start && s.date && parsePlainDate(s.date) && s.start!.slice(0, 10) !== s.date) {
      addProblem(ctx, [...s.path, 'date'], 'date-not-start-day', { date: s.date, start: s.start! });
    }
  }
  if (value.venue && value.online) addProblem(ctx, ['online'], 'venue-and-online', {});
  if (!value.venue && !value.online) addProblem(ctx, [], 'meeting-needs-place', {});
  if (!value.timezone && withoutOffset) addProblem(ctx, [], 'time-needs-zone', {});
}

const MEETING_DESCRIPTION = 'When and where the meeting takes place. Read by notice-period, time-allotted, fair-hours and others.';

// ---------------------------------------------------------------------------------------------------------------
// The value forms and value sets format v2 adds. Format v2 (docs/format.md) is every v1 field, three of them moved
// to a better home, and the facts real invitations state that v1 could not (docs/research/format-v2-proposal.md
// gives the case behind each).

export const MONTH_FORM = 'a month in the form YYYY-MM, e.g. 2013-12';
export const PARTIAL_DATE_FORM = 'a date (2013-12-02), a date and time (2013-12-02T09:00+01:00), a month (2013-12) or a range {from: 2013-12-01, to: 2013-12-15}';

const isoMonth = () =>
  formatted(MONTH_FORM, (text) => parseMonth(text) !== null, (text) => `expected ${MONTH_FORM}, got "${text}"`, {
    pattern: '^\\d{4}-(0[1-9]|1[0-2])$',
    examples: ['2013-12'],
  });

const dateRange = () =>
  z
    .strictObject({
      from: isoDate().describe('The earliest day it can be.'),
      to: isoDate().describe('The latest day it can be.'),
    })
    .refine((range) => parsePlainDate(range.from) === null || parsePlainDate(range.to) === null || range.from <= range.to, {
      error: (issue) => {
        const range = issue.input as { from: string; to: string };
        return `the range ends (${range.to}) before it begins (${range.from})`;
      },
    })
    .describe('Some day in this range, when the source gives no single day ("next week", "the first half of April").');

/** A day known exactly (a date, a date and time), only to the month, or only to a range of days. */
const partialDate = () =>
  z
    .union([isoDateOrDateTime(), isoMonth(), dateRange()], {
      error: (issue) =>
        typeof issue.input === 'string'
          ? /^\d{4}-\d{2}$/.test(issue.input)
            ? `${issue.input} is not a month of the calendar`
            : /^\d{4}-\d{2}-\d{2}/.test(issue.input)
              ? `${issue.input} is not a valid date; expected ${PARTIAL_DATE_FORM}`
              : `expected ${PARTIAL_DATE_FORM}, got "${issue.input}"`
          : `expected ${PARTIAL_DATE_FORM}`,
    });

export const ADMISSION_MODES = ['open', 'registration', 'accreditation', 'expression-of-interest', 'nomination', 'invitation'] as const;
export const SELECTORS = ['convener', 'committee', 'focal-points', 'self-nomination', 'first-come'] as const;
export const COMPOSITIONS = ['multistakeholder', 'stakeholder-steering', 'convener-advisory', 'experts'] as const;
export const NAMED_BY = ['each-group', 'convener', 'mixed'] as const;
export const INPUT_KINDS = ['written-contribution', 'comment-period', 'position-paper', 'questions-in-advance', 'questionnaire'] as const;
export const INTERVENTIONS = ['text', 'audio', 'video', 'chat', 'email', 'pre-recorded', 'read-out'] as const;
export const ROLES = ['participant', 'observer', 'negotiator', 'speaker'] as const;
export const REVISION_KINDS = ['changed', 'postponed', 'cancelled'] as const;
export const CHANGES = ['date', 'time', 'duration', 'venue', 'mode', 'agenda', 'admission'] as const;

const count = (what: string) => z.number().int().min(0).describe(what);

// ---------------------------------------------------------------------------------------------------------------
// The schemas are built when an owner (a linter: AnnouncementSchemas below) first asks for a version, not when the
// module loads: building both cost a one-file run some 15 ms, and most runs read one version.

/** Format v1, and the parts of it format v2 builds on. `clock` reads the zone offsets the checks across fields need. */
function formatV1(clock: ZoneClock) {
  const sessionTimes = {
    start: isoDateTime().describe('When the session starts: local time at the meeting, or with an offset.'),
    duration: duration().optional().describe('How long the session lasts (3h, 90m, PT1H30M); or give `end`.'),
    end: isoDateTime().optional().describe('When the session ends; or give `duration`.'),
  };

  const sessionV1 = z
    .strictObject(sessionTimes)
    .meta({ not: { required: ['duration', 'end'] } })
    .describe('One session of the meeting.');

  const venue = z
    .strictObject({
      name: text().optional().describe('The venue, e.g. Palais des Nations.'),
      city: text().describe('The city of the venue.'),
      country: z
        .string()
        .regex(/^[A-Z]{2}$/, {
          error: (issue) => (typeof issue.input === 'string' ? countryProblem(issue.input) : 'expected an ISO 3166-1 alpha-2 country code in capitals, e.g. CH'),
        })
        .describe('ISO 3166-1 alpha-2 country code, e.g. CH.'),
    })
    .describe('The physical venue (or set `online: true`).');

  const meetingFields = {
    start: isoDateTime().optional().describe('When the meeting starts (one session); read in `timezone` unless it has an offset.'),
    duration: duration().optional().describe('How long the single session lasts; or give `end`.'),
    end: isoDateTime().optional().describe('When the single session ends; or give `duration`.'),
    sessions: z.array(sessionV1).min(1).optional().describe('Several sessions, instead of start/duration.'),
    timezone: timeZone().optional().describe('IANA time zone of the meeting; required when a time has no offset.'),
    venue: venue.optional(),
    online: z.literal(true).optional().describe('true: the meeting has no physical venue.'),
  };

  const meeting = z
    .strictObject({
      ...meetingFields,
      registration_deadline: isoDateOrDateTime().optional().describe('Last day to register. Read by notice-period.'),
    })
    .superRefine((value, ctx) => checkMeeting(value, ctx, false, clock))
    // The JSON Schema form of the checks above that it can express (the superRefine stays the reference).
    .meta({
      allOf: [
        { oneOf: [{ required: ['start'] }, { required: ['sessions'] }] },
        { oneOf: [{ required: ['venue'] }, { required: ['online'] }] },
        { not: { required: ['duration', 'end'] } },
      ],
      dependencies: { sessions: { not: { anyOf: [{ required: ['duration'] }, { required: ['end'] }] } } },
    })
    .describe(MEETING_DESCRIPTION);

  const group = z
    .strictObject({
      stakeholder: z.enum(STAKEHOLDERS).describe('The stakeholder group invited.'),
      selection: z
        .enum(SELECTIONS)
        .optional()
        .describe('How its participants are chosen: open, self (by the group), focal-point, or convener (picked by the convener).'),
      focal_point: text().optional().describe("The group's own recognised coordinating body, if it has one."),
      seats: z.number().int().min(0).optional().describe('Seats for this group.'),
    })
    .describe('A stakeholder group invited. Read by stakeholder-self-selection and stakeholder-coverage.');

  const remoteV1 = z.strictObject({
      participation: z
        .enum(PARTICIPATION)
        .describe('none: no remote access; listen: webcast or recording only; speak: remote participants can take the floor.'),
      channels: z.array(text()).optional().describe('e.g. video-conference, webcast, remote-hubs, text-chat, phone.'),
  });

  const inviteesV1 = z.strictObject({
      description: text().optional().describe('How the invitation describes who is invited, as written.'),
      open: z.boolean().optional().describe('true: anyone may register and attend.'),
      expected: z.number().int().min(1).optional().describe('Expected number of participants. Read by time-allotted.'),
      regions: z.array(z.enum(REGIONS)).optional().describe('Where invitees are based. Read by fair-hours and language-access.'),
      timezones: z.array(timeZone()).optional().describe('Explicit invitee time zones, in addition to those of `regions`.'),
      groups: z.array(group).optional().describe('One entry per stakeholder group invited.'),
  });

  const frameworkV1 = z.strictObject({
      subject: text().optional().describe('What is being decided or discussed.'),
      mandated_process: text().optional().describe('The process or body that holds the mandate on the subject.'),
      convened_within_mandate: z
        .boolean()
        .optional()
        .describe('true: convened by that process or at its explicit request.'),
      mandate_reference: text().optional().describe('The decision, resolution or letter that gives this meeting its mandate.'),
      feeds_into: z
        .strictObject({
          name: text().describe('The decision point the input is for.'),
          date: isoDate().optional().describe('When that decision is taken. Read by early-engagement.'),
        })
        .optional()
        .describe('The decision point the input is for, and when it is taken. Read by early-engagement.'),
  });

  const languagesV1 = z.strictObject({
      working: z.array(languageCode()).optional().describe('Working languages, ISO 639-1.'),
      interpretation: z.array(languageCode()).optional().describe('Languages interpreted into, ISO 639-1.'),
      captioning: z.boolean().optional().describe('Real-time captioning or transcription.'),
  });

  const supportV1 = z.strictObject({
      travel_funding: z.boolean().optional().describe('Funding for participants who could not otherwise come.'),
      visa_letters: z.boolean().optional().describe('Invitation letters for visa applications.'),
  });

  const announcementFields = {
    format_version: z.literal(1).optional().describe('The format version: 1.'),
    title: text().describe('What the meeting is called in the invitation.'),
    convener: z
      .strictObject({
        name: text().describe('Who issues the invitation.'),
        within: text().optional().describe('The body or process under whose authority the convener acts.'),
      })
      .describe('Who convenes the meeting.'),
    issued: isoDateOrDateTime()
      .optional()
      .describe('When the invitation reached the invitees. Absent in a draft: read as the --as-of date. Read by notice-period.'),
    meeting,
    remote: remoteV1
      .optional()
      .describe('How people who are not in the room take part. Read by remote-access and fair-hours.'),
    invitees: inviteesV1
      .optional()
      .describe('Who is invited and how they are chosen.'),
    format: z
      .strictObject({
        level: z.enum(LEVELS).optional().describe("What participants' input can do: inform, consult, involve, collaborate, empower."),
        interaction: z.enum(INTERACTIONS).optional().describe('How the time in the room is used.'),
        description: text().optional().describe('The format as the invitation words it, e.g. "reviewing comments".'),
        outcome: text().optional().describe('What the meeting produces and what happens to the input.'),
      })
      .optional()
      .describe('What kind of interaction to expect. Read by format-clarity.'),
    agenda: z
      .array(
        z.strictObject({
          item: text().describe('The agenda item.'),
          minutes: z.number().int().min(0).describe('Minutes allotted.'),
          floor: z.boolean().optional().describe("true (default): time open to participants' interventions."),
        })
        .describe('An agenda item.'),
      )
      .optional()
      .describe('The agenda, with minutes per item. Read by time-allotted.'),
    framework: frameworkV1
      .optional()
      .describe('Under which mandate the meeting is held. Read by framework-legitimacy and early-engagement.'),
    documents: z
      .array(
        z.strictObject({
          title: text().describe('The document.'),
          published: isoDate().describe('When invitees could read it.'),
          url: text().optional().describe('Where to read it.'),
        })
        .describe('A background document.'),
      )
      .optional()
      .describe('Background documents. Read by documents-in-advance.'),
    languages: languagesV1
      .optional()
      .describe('Languages of the meeting. Read by language-access.'),
    support: supportV1
      .optional()
      .describe('Support for participants. Read by participation-support.'),
    labels: z
      .array(text())
      .optional()
      .describe('How the convener characterises the meeting, as written. Read by honest-labels.'),
  };

  const announcement = z
    .strictObject(announcementFields)
    .meta({ title: 'invitelint announcement, format v1' })
    .describe('A meeting announcement, invitelint format v1.');
  return { announcement, sessionTimes, venue, meetingFields, group, remoteV1, inviteesV1, frameworkV1, languagesV1, supportV1, announcementFields };
}

type FormatV1 = ReturnType<typeof formatV1>;

/** Format v2, made of format v1's parts. */
function formatV2(v1: FormatV1, clock: ZoneClock) {
  const { sessionTimes, venue, meetingFields, group, remoteV1, inviteesV1, frameworkV1, languagesV1, supportV1, announcementFields } = v1;
  /** Format v2: a session may be a day without clock hours (`date`), and may have a name. */
  const sessionV2 = z
    .strictObject({
      name: text().optional().describe('What the session is called, e.g. "Open consultations" or "Roundtable 1".'),
      date: isoDate().optional().describe('The day of a session whose clock hours are not stated; rules that need the hours say so.'),
      ...sessionTimes,
      start: sessionTimes.start.optional(),
      status: z.enum(['resumed']).optional().describe('resumed: the session resumes an earlier, suspended one.'),
      interpretation: z.array(languageCode()).optional().describe('Languages interpreted into in this session, when they differ from the meeting.'),
    })
    .meta({ not: { required: ['duration', 'end'] }, anyOf: [{ required: ['start'] }, { required: ['date'] }] })
    .describe('One session of the meeting: a start (with duration or end), or only the day.');


  const meetingV2 = z
    .strictObject({
      ...meetingFields,
      date: isoDate().optional().describe('The day of a one-day meeting whose clock hours are not stated (instead of `start`).'),
      sessions: z.array(sessionV2).min(1).optional().describe('Several sessions, instead of start/duration: each a start or a day.'),
      part_of: z
        .strictObject({
          name: text().describe('The larger meeting, e.g. "ICANN50".'),
          start: isoDate().optional().describe('Its first day.'),
          end: isoDate().optional().describe('Its last day.'),
        })
        .optional()
        .describe('The larger meeting this one is held within (a public forum within a conference).'),
      series: z
        .strictObject({
          name: text().optional().describe('The series, e.g. "IGF 2020 open consultations".'),
          rotation: z.boolean().optional().describe('true: the clock times rotate across the series, so no region always gets the night. Read by fair-hours.'),
        })
        .optional()
        .describe('The series this meeting is one of.'),
    })
    .superRefine((value, ctx) => checkMeeting(value, ctx, true, clock))
    .meta({
      allOf: [
        { oneOf: [{ required: ['start'] }, { required: ['date'] }, { required: ['sessions'] }] },
        { oneOf: [{ required: ['venue'] }, { required: ['online'] }] },
        { not: { required: ['duration', 'end'] } },
      ],
      dependencies: { sessions: { not: { anyOf: [{ required: ['duration'] }, { required: ['end'] }, { required: ['date'] }] } } },
    })
    .describe(MEETING_DESCRIPTION);

  const { captioning: _captioning, ...languagesV1Shape } = languagesV1.shape;
  void _captioning;

  const groupV2 = z
    .strictObject({
      ...group.shape,
      admission_document: text().optional().describe('What the group must present to be admitted, e.g. "a Note Verbale from the Permanent Mission".'),
      access: z
        .array(
          z
            .strictObject({
              sessions: z.array(text()).min(1).optional().describe('The sessions (by name) this entry is about; absent: all.'),
              role: z.enum(ROLES).optional().describe('participant, observer, negotiator or speaker.'),
              may_speak: z.union([z.boolean(), z.literal('preference')], { error: 'expected true, false or preference' }).optional()
                .describe('Whether the group may take the floor; preference: it speaks before others.'),
              may_stay_in_drafting: z.boolean().optional().describe('false: the group must leave when drafting begins ("talk and walk").'),
            })
            .describe('What the group may do in some or all sessions.'),
        )
        .optional()
        .describe('Access per session: who has the floor, who may stay. Read by time-allotted.'),
    })
    .describe(group.description ?? 'A stakeholder group invited.');

  const announcementFieldsV2 = {
    ...announcementFields,
    format_version: z.literal(2).describe('The format version: 2.'),
    issued: partialDate()
      .optional()
      .describe('When the invitation reached the invitees: a day, or a month or range when the source gives no day. Absent in a draft: read as the --as-of date. Read by notice-period.'),
    meeting: meetingV2,
    revision: z
      .strictObject({
        kind: z.enum(REVISION_KINDS).describe('changed, postponed or cancelled.'),
        number: count('The revision number (iCalendar SEQUENCE): 1 for the first change.').optional(),
        of_issued: partialDate().optional().describe('When the earlier version of the invitation was issued.'),
        changed: z.array(z.enum(CHANGES)).min(1).optional().describe('What is different from the earlier version.'),
        previous: z
          .strictObject({
            start: isoDateOrDateTime().optional().describe('The earlier start.'),
            venue: venue.optional(),
            online: z.literal(true).optional().describe('The earlier version was online only.'),
            remote: z
              .strictObject({
                participation: z.enum(PARTICIPATION).optional().describe('The earlier remote participation.'),
                channels: z.array(text()).optional().describe('The earlier remote channels.'),
              })
              .optional()
              .describe('The earlier remote access, when the change is of mode.'),
          })
          .optional()
          .describe('The earlier values, as stated.'),
      })
      .optional()
      .describe('This invitation revises an earlier one: `issued` is the date of this revision. Read by material-changes and notice-period.'),
    remote: z
      .strictObject({
        ...remoteV1.shape,
        participation: remoteV1.shape.participation.optional(),
        webcast: z.boolean().optional().describe('The meeting is webcast live.'),
        interventions: z.array(z.enum(INTERVENTIONS)).optional().describe('How remote participants can intervene: text, audio, video, chat, email, pre-recorded, read-out.'),
        registration_required: z.boolean().optional().describe('Remote participants must register beforehand to take the floor.'),
        hubs: z
          .strictObject({
            count: count('How many remote hubs.').optional(),
            can_speak: z.boolean().optional().describe('Hubs can take the floor.'),
            selected_by: text().optional().describe('Who selects the hubs.'),
          })
          .optional()
          .describe('Remote hubs: local gatherings that follow and join the meeting.'),
      })
      .optional()
      .describe('How people who are not in the room take part. Read by remote-access and fair-hours.'),
    admission: z
      .strictObject({
        mode: z.enum(ADMISSION_MODES).optional().describe('open, registration, accreditation, expression-of-interest, nomination or invitation.'),
        opens: partialDate().optional().describe('When registration or applications open: a day, or a month or range when no day is stated.'),
        closes: partialDate().optional().describe('When registration or applications close (its latest possible day counts). Read by notice-period.'),
        accreditation: z
          .strictObject({
            body: text().describe('Whose accreditation is needed, e.g. "ECOSOC consultative status".'),
            deadline: isoDate().optional().describe('The last day to apply for it.'),
            alternatives: z.array(text()).optional().describe('Other accepted accreditations.'),
          })
          .optional()
          .describe('The accreditation participants need.'),
        seats: count('Seats in all.').optional(),
        per_organization: count('Most participants per organisation.').optional(),
        also_required: text().optional().describe('Anything else participants need, e.g. "a UN grounds pass".'),
        selection: z
          .strictObject({
            by: z.enum(SELECTORS).describe('Who decides who takes part: convener, committee, focal-points, self-nomination, first-come.'),
            committee: z
              .strictObject({
                name: text().optional().describe('The committee, e.g. "Programme Committee".'),
                composition: z.enum(COMPOSITIONS).optional().describe('multistakeholder, stakeholder-steering, convener-advisory or experts.'),
                named_by: z.enum(NAMED_BY).optional().describe('Who names its members: each-group (each stakeholder group names its own), convener, or mixed. Read by stakeholder-self-selection.'),
              })
              .optional()
              .describe('The selection committee.'),
            criteria: z.array(text()).optional().describe('The criteria stated, e.g. "regional and gender balance".'),
          })
          .optional()
          .describe('Who selects participants when seats are allocated. Read by stakeholder-self-selection.'),
        fee: z.number().min(0).optional().describe('The registration fee; 0 when participation is free. Read by cost-barriers.'),
        fee_currency: z.string().regex(/^[A-Z]{3}$/, { error: 'expected an ISO 4217 currency code in capitals, e.g. CHF, USD' }).optional().describe('ISO 4217 code of the fee, e.g. CHF.'),
        fee_waived_for: z.array(z.union([z.enum(STAKEHOLDERS), z.literal('remote')], { error: `expected a stakeholder group (${STAKEHOLDERS.join(', ')}) or remote` })).optional()
          .describe('Who does not pay the fee: stakeholder groups, or remote participants.'),
      })
      .optional()
      .describe('How people are admitted and who selects them. Read by stakeholder-self-selection, stakeholder-coverage and notice-period.'),
    inputs: z
      .array(
        z
          .strictObject({
            kind: z.enum(INPUT_KINDS).describe('written-contribution, comment-period, position-paper, questions-in-advance or questionnaire.'),
            on: text().optional().describe('What the input is on, e.g. "the zero draft of the outcome document".'),
            opens: partialDate().optional().describe('When input can first be sent.'),
            closes: partialDate().optional().describe('The deadline for input.'),
            published: z.union([z.boolean(), z.literal('may')], { error: 'expected true, false or may' }).optional().describe('Whether contributions are published (may: at the convener\'s discretion).'),
          })
          .describe('A way to take part in writing.'),
      )
      .optional()
      .describe('Written input and comment periods: participation routes besides the meeting. Read by format-clarity and early-engagement.'),
    floor: z
      .strictObject({
        minutes_per_intervention: count('Minutes each speaker has.').optional(),
        follow_up_minutes: count('Minutes for a follow-up intervention.').optional(),
        discussion_minutes: count('Most minutes of open discussion.').optional(),
        turns_per_speaker: count('How many times one speaker may take the floor.').optional(),
        convener_reply_minutes: count('Minutes the convener takes to reply.').optional(),
        rotation: z.enum(['stakeholder-groups', 'none']).optional().describe('stakeholder-groups: the floor rotates between groups.'),
        remote_slots_per_round: count('Remote speakers per round of speakers.').optional(),
        queue: text().optional().describe('How to ask for the floor, e.g. "electronic queue".'),
      })
      .optional()
      .describe('Speaking slots: how the floor is shared. Read by time-allotted.'),
    invitees: z
      .strictObject({
        ...inviteesV1.shape,
        groups: z.array(groupV2).optional().describe('One entry per stakeholder group invited.'),
      })
      .optional()
      .describe('Who is invited. How they are admitted and selected is under `admission`.'),
    framework: z
      .strictObject({
        ...frameworkV1.shape,
        feeds_into: z
          .union(
            [
              z.literal('none'),
              z.strictObject({
                name: text().describe('The decision point the input is for.'),
                date: isoDate().optional().describe('When that decision is taken. Read by early-engagement.'),
              }),
            ],
            { error: 'expected none, or the decision point as {name, date}' },
          )
          .optional()
          .describe('The decision point the input is for, and when it is taken; none for an open forum that feeds no single decision. Read by early-engagement.'),
        self_constituted: z.boolean().optional().describe('true: the process constituted itself, outside any body with a mandate (as NETmundial did). Read by framework-legitimacy.'),
        terms_of_reference: z
          .strictObject({
            url: text().optional().describe('Where the terms of reference are published.'),
            published: isoDate().optional().describe('When they were published.'),
            adopted_by: text().optional().describe('Who adopted them.'),
          })
          .optional()
          .describe('The public terms of reference of a self-constituted process. Read by framework-legitimacy.'),
      })
      .optional()
      .describe('Under which mandate the meeting is held. Read by framework-legitimacy and early-engagement.'),
    languages: z
      .strictObject(languagesV1Shape)
      .optional()
      .describe('Languages of the meeting. Read by language-access.'),
    accessibility: z
      .strictObject({
        request_by: isoDateOrDateTime().optional().describe('The last day to ask for an accommodation.'),
        request_contact: text().optional().describe('Whom to ask for an accommodation.'),
        venue_accessible: z.boolean().optional().describe('The venue is accessible to wheelchair users.'),
        sign_language: z.array(text()).optional().describe('Sign languages interpreted into, e.g. [International Sign].'),
        captioning: z.boolean().optional().describe('Real-time captioning or transcription. Read by language-access.'),
        documents_accessible: z.boolean().optional().describe('Documents are published in accessible formats.'),
        remote_platform_accessible: z.boolean().optional().describe('The remote platform works with assistive technology.'),
      })
      .optional()
      .describe('Access for persons with disabilities. Read by accessibility and language-access.'),
    records: z
      .strictObject({
        minutes: z.boolean().optional().describe('Minutes are taken and published.'),
        summary: z.boolean().optional().describe("A summary (chair's summary, report) is published."),
        recording: z.boolean().optional().describe('The meeting is recorded and the recording published.'),
        published_within: duration().optional().describe('How soon after the meeting the record is published, e.g. P14D.'),
        published_by: isoDate().optional().describe('The day by which the record is published.'),
        acknowledgement: z.boolean().optional().describe('Contributions are acknowledged.'),
        feedback: text().optional().describe('How input will be reflected, as written.'),
      })
      .optional()
      .describe('What record is kept and how input is reflected. Read by records-and-feedback.'),
    support: z
      .strictObject({
        ...supportV1.shape,
        travel_funding: z.union([z.boolean(), z.literal('limited')], { error: 'expected true, false or limited' }).optional()
          .describe('Funding for participants who could not otherwise come; limited: a few fellowships.'),
        eligible: z.array(text()).optional().describe('Who may receive the funding, as written.'),
      })
      .optional()
      .describe('Support for participants. Read by participation-support and cost-barriers.'),
  };


  return z
    .strictObject(announcementFieldsV2)
    .meta({ title: 'invitelint announcement, format v2' })
    .describe('A meeting announcement, invitelint format v2.');
}

/** The fields format v2 moved, v1 path -> v2 path: for the message that meets an old name, for reading v1, for `migrate`. */
export const MOVED_IN_V2 = [
  { from: ['meeting', 'registration_deadline'], to: ['admission', 'closes'] },
  { from: ['languages', 'captioning'], to: ['accessibility', 'captioning'] },
] as const;

export type AnnouncementSchemaV1 = FormatV1['announcement'];
export type AnnouncementSchemaV2 = ReturnType<typeof formatV2>;

/**
 * The announcement schemas of one owner, each version built when it is first asked for. A linter owns one, with
 * its clock, so that the checks across fields read zone offsets from the clock its rules use; two owners share
 * nothing, and nothing here changes with what ran before.
 */
export class AnnouncementSchemas {
  readonly clock: ZoneClock;
  #v1: FormatV1 | undefined;
  #v2: AnnouncementSchemaV2 | undefined;

  constructor(clock: ZoneClock = new ZoneClock()) {
    this.clock = clock;
  }

  get v1(): AnnouncementSchemaV1 {
    return this.#formatV1().announcement;
  }

  get v2(): AnnouncementSchemaV2 {
    return (this.#v2 ??= formatV2(this.#formatV1(), this.clock));
  }

  /** The schema a document's `format_version` selects: 2, or v1 when it is 1, absent or anything else. */
  for(version: unknown): AnnouncementSchemaV1 | AnnouncementSchemaV2 {
    return version === 2 ? this.v2 : this.v1;
  }

  #formatV1(): FormatV1 {
    return (this.#v1 ??= formatV1(this.clock));
  }
}

/** What the rules read: a v2 announcement. A v1 document is read as one, its moved fields in their v2 homes (versions.ts). */
export type Announcement = Omit<z.output<AnnouncementSchemaV2>, 'format_version'> & { format_version?: 1 | 2 | undefined };

export type AnnouncementV1 = z.infer<AnnouncementSchemaV1>;
export type Region = (typeof REGIONS)[number];
export type Stakeholder = (typeof STAKEHOLDERS)[number];
export type Level = (typeof LEVELS)[number];
