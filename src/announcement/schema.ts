// The announcement format v1: the single source of its field names, value sets, types and JSON Schema.
// It validates only; derived values (instants, minutes, zones) are computed in facts.ts.
import * as z from 'zod';
import { toInstant } from './dates.js';
import { countryProblem, languageProblem } from './words.js';
import { zoneProblem } from './zones.js';
import {
  isIanaTimeZone,
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

const session = z
  .strictObject({
    start: isoDateTime().describe('When the session starts: local time at the meeting, or with an offset.'),
    duration: duration().optional().describe('How long the session lasts (3h, 90m, PT1H30M); or give `end`.'),
    end: isoDateTime().optional().describe('When the session ends; or give `duration`.'),
  })
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

const meeting = z
  .strictObject({
    start: isoDateTime().optional().describe('When the meeting starts (one session); read in `timezone` unless it has an offset.'),
    duration: duration().optional().describe('How long the single session lasts; or give `end`.'),
    end: isoDateTime().optional().describe('When the single session ends; or give `duration`.'),
    sessions: z.array(session).min(1).optional().describe('Several sessions, instead of start/duration.'),
    timezone: timeZone().optional().describe('IANA time zone of the meeting; required when a time has no offset.'),
    venue: venue.optional(),
    online: z.literal(true).optional().describe('true: the meeting has no physical venue.'),
    registration_deadline: isoDateOrDateTime().optional().describe('Last day to register. Read by notice-period.'),
  })
  .superRefine((value, ctx) => {
    if (value.sessions && (value.start || value.duration || value.end)) {
      ctx.addIssue({ code: 'custom', path: ['sessions'], message: 'give either `sessions` or `start` with `duration`/`end`, not both' });
    }
    if (!value.sessions && !value.start) {
      ctx.addIssue({ code: 'custom', path: [], message: 'the meeting needs `start` (with `duration` or `end`) or `sessions`' });
    }
    if (!value.start && (value.duration || value.end) && !value.sessions) {
      ctx.addIssue({ code: 'custom', path: [], message: '`duration` and `end` need a `start`' });
    }
    const single = value.sessions ? value.sessions.map((s, i) => ({ ...s, path: ['sessions', i] })) : [{ ...value, path: [] }];
    const zone = value.timezone && isIanaTimeZone(value.timezone) ? value.timezone : null;
    // Whether a start or end, as written, has no offset (one that does not parse has none either).
    let withoutOffset = false;
    for (const s of single) {
      if (s.duration && s.end) {
        ctx.addIssue({ code: 'custom', path: [...s.path, 'end'], message: 'give either `duration` or `end`, not both' });
      }
      const start = s.start ? parseDateTime(s.start) : null;
      const end = s.end ? parseDateTime(s.end) : null;
      if ((typeof s.start === 'string' && start?.offsetMinutes === undefined) || (typeof s.end === 'string' && end?.offsetMinutes === undefined)) {
        withoutOffset = true;
      }
      if (start && end && toInstant(end, zone) <= toInstant(start, zone)) {
        ctx.addIssue({ code: 'custom', path: [...s.path, 'end'], message: `the end ${s.end} is not after the start ${s.start}` });
      }
    }
    if (value.venue && value.online) {
      ctx.addIssue({ code: 'custom', path: ['online'], message: 'give either `venue` or `online: true`, not both' });
    }
    if (!value.venue && !value.online) {
      ctx.addIssue({ code: 'custom', path: [], message: 'the meeting needs a `venue` (city and country) or `online: true`' });
    }
    if (!value.timezone && withoutOffset) {
      ctx.addIssue({
        code: 'custom',
        path: [],
        message: 'a time without an offset needs `timezone` (an IANA name such as Europe/Zurich)',
      });
    }
  })
  // The JSON Schema form of the checks above that it can express (the superRefine stays the reference).
  .meta({
    allOf: [
      { oneOf: [{ required: ['start'] }, { required: ['sessions'] }] },
      { oneOf: [{ required: ['venue'] }, { required: ['online'] }] },
      { not: { required: ['duration', 'end'] } },
    ],
    dependencies: { sessions: { not: { anyOf: [{ required: ['duration'] }, { required: ['end'] }] } } },
  })
  .describe('When and where the meeting takes place. Read by notice-period, time-allotted, fair-hours and others.');

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

export const announcementSchema = z
  .strictObject({
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
    remote: z
      .strictObject({
        participation: z
          .enum(PARTICIPATION)
          .describe('none: no remote access; listen: webcast or recording only; speak: remote participants can take the floor.'),
        channels: z.array(text()).optional().describe('e.g. video-conference, webcast, remote-hubs, text-chat, phone.'),
      })
      .optional()
      .describe('How people who are not in the room take part. Read by remote-access and fair-hours.'),
    invitees: z
      .strictObject({
        description: text().optional().describe('How the invitation describes who is invited, as written.'),
        open: z.boolean().optional().describe('true: anyone may register and attend.'),
        expected: z.number().int().min(1).optional().describe('Expected number of participants. Read by time-allotted.'),
        regions: z.array(z.enum(REGIONS)).optional().describe('Where invitees are based. Read by fair-hours and language-access.'),
        timezones: z.array(timeZone()).optional().describe('Explicit invitee time zones, in addition to those of `regions`.'),
        groups: z.array(group).optional().describe('One entry per stakeholder group invited.'),
      })
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
    framework: z
      .strictObject({
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
      })
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
    languages: z
      .strictObject({
        working: z.array(languageCode()).optional().describe('Working languages, ISO 639-1.'),
        interpretation: z.array(languageCode()).optional().describe('Languages interpreted into, ISO 639-1.'),
        captioning: z.boolean().optional().describe('Real-time captioning or transcription.'),
      })
      .optional()
      .describe('Languages of the meeting. Read by language-access.'),
    support: z
      .strictObject({
        travel_funding: z.boolean().optional().describe('Funding for participants who could not otherwise come.'),
        visa_letters: z.boolean().optional().describe('Invitation letters for visa applications.'),
      })
      .optional()
      .describe('Support for participants. Read by participation-support.'),
    labels: z
      .array(text())
      .optional()
      .describe('How the convener characterises the meeting, as written. Read by honest-labels.'),
  })
  .meta({ title: 'invitelint announcement, format v1' })
  .describe('A meeting announcement, invitelint format v1.');

export type Announcement = z.infer<typeof announcementSchema>;
export type Region = (typeof REGIONS)[number];
export type Stakeholder = (typeof STAKEHOLDERS)[number];
export type Level = (typeof LEVELS)[number];
