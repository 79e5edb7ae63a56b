// The real invitations of fixtures/real/ (format v2, each citing its sources at the top): for each, the status of
// every rule of the catalogue, with the arithmetic or the fact that decides it. The verdicts in words, and why
// either side would accept them: docs/research/real-invitations.md, "Verdicts on the real fixtures".
//
// `status` is what the tool says and what this test holds it to. Where a reader of the facts and the rule's page
// would expect another status, `fairer` names it: a suspected unfair verdict, kept green here so that a fix of the
// rule shows up as a failing row to update, not as silence.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CheckStatus, DocumentResult } from '../../src/engine/types.js';
import { lintText } from '../../src/index.js';
import { RULES } from '../../rules/index.js';
import { ROOT } from '../helpers.js';

const FOLDER = path.join(ROOT, 'fixtures/real');
const AS_OF = '2026-12-02'; // rules never read the clock: the day checked for is given
const linted = new Map<string, DocumentResult>();
function lint(name: string): DocumentResult {
  if (!linted.has(name)) linted.set(name, lintText(readFileSync(path.join(FOLDER, name), 'utf8'), { asOf: AS_OF, filePath: `fixtures/real/${name}` }).results[0]!);
  return linted.get(name)!;
}
const statusOf = (name: string, rule: string) => lint(name).criteria.find((criterion) => criterion.rule === rule)?.status;
const messages = (name: string, rule: string) => lint(name).findings.filter((finding) => finding.rule === rule).map((finding) => finding.message);

type Verdict = { status: CheckStatus; why: string; fairer?: CheckStatus };
const is = (status: CheckStatus, why: string, fairer?: CheckStatus): Verdict => ({ status, why, ...(fairer && { fairer }) });

// Shared reasons, for facts that decide the same rule the same way in several files.
const DRAFT = (start: string) => `no \`issued\` (the source gives none): read as a draft checked on ${AS_OF}, after the start ${start}`;
const NO_ISSUED_REVISION = (start: string) => `revision with no \`issued\`: dated ${AS_OF}, the day checked for, after the start ${start}`;
const FIRST = 'no `revision`: a first invitation, nothing changed';
const NO_LABELS = 'no `labels`: nothing claimed (the title is not read as a label)';
const NO_DOCS = 'no `documents` listed: silence about the papers is not a sign there are none';
const NO_LANGUAGES = 'no `languages` block';
const NO_A11Y = 'no `accessibility` block';
const NO_RECORDS = 'no `records` block';
const NO_FEE = 'no `admission.fee`';
const NO_DECISION = 'level not stated, so it applies; no `framework.feeds_into`';
const NO_FRAMEWORK = 'neither `mandated_process` nor `convened_within_mandate` stated';
const WITHIN_UNNAMED = '`convened_within_mandate: true` with its reference, but no `mandated_process` named';
const VENUE_REMOTE_UNSTATED = 'a venue and no `remote` block';
const NOBODY_REMOTE = 'venue with remote access not stated: nobody is known to join remotely (remote-access reports the gap)';
const NO_GROUPS = 'no `invitees.groups`, and not open to all';
const NO_REGIONS_VENUE = 'a venue, and no `invitees.regions` (nor both kinds of support offered)';
const ONLINE_NOBODY_TRAVELS = 'online: nobody travels';

const VERDICTS: Record<string, Record<string, Verdict>> = {
  'ecosoc-ngo-committee-hearing-2018.yaml': {
    'notice-period': is('fail', DRAFT('2018-06-22')),
    'remote-access': is('not-stated', VENUE_REMOTE_UNSTATED),
    'time-allotted': is('not-stated', '10:00-13:00 = 180 min of floor, but no participant count (3 min per intervention is no count)'),
    'stakeholder-self-selection': is('not-stated', 'accreditation names who may register, not who chooses; no groups, not open'),
    'framework-legitimacy': is('not-stated', WITHIN_UNNAMED),
    'format-clarity': is('not-stated', 'level and outcome not stated; the written submissions count as the interaction'),
    'honest-labels': is('pass', NO_LABELS),
    'early-engagement': is('not-stated', NO_DECISION),
    'documents-in-advance': is('not-stated', 'the concept note has no publication date, so no document is listed'),
    'fair-hours': is('not-applicable', NOBODY_REMOTE),
    'stakeholder-coverage': is('not-stated', NO_GROUPS),
    'language-access': is('not-stated', NO_LANGUAGES),
    'participation-support': is('not-stated', NO_REGIONS_VENUE),
    accessibility: is('not-stated', NO_A11Y),
    'records-and-feedback': is('not-stated', NO_RECORDS),
    'cost-barriers': is('not-stated', NO_FEE),
    'material-changes': is('pass', FIRST),
  },
  'icann50-public-forum-2014.yaml': {
    'notice-period': is('pass', '26 Jun - 12 May (the revision) = 45 days >= 28 hybrid (venue + remote speak)'),
    'remote-access': is('pass', 'venue with `remote.participation: speak` (chat, video hubs that can speak)'),
    'time-allotted': is('not-stated', '16:00-18:00 = 120 min, open, but how many are expected is not stated'),
    'stakeholder-self-selection': is('pass', '`admission.mode: open`: all members of the ICANN community'),
    'framework-legitimacy': is('not-stated', NO_FRAMEWORK),
    'format-clarity': is('not-stated', 'level, interaction and outcome all missing: three findings'),
    'honest-labels': is('pass', NO_LABELS),
    'early-engagement': is('not-applicable', '`feeds_into: none`: an open forum that feeds no single decision'),
    'documents-in-advance': is('not-stated', NO_DOCS),
    'fair-hours': is('not-stated', 'hybrid, but no `invitees.regions` or `timezones`'),
    'stakeholder-coverage': is('pass', '`admission.mode: open`'),
    'language-access': is('not-stated', NO_LANGUAGES),
    'participation-support': is('not-stated', NO_REGIONS_VENUE),
    accessibility: is('not-stated', NO_A11Y),
    'records-and-feedback': is('not-stated', 'no `records` block (a scribe feed is a channel, not a record)'),
    'cost-barriers': is('not-stated', NO_FEE),
    'material-changes': is('pass', 'changed: [duration] only (4 h to 2 h): no new notice needed'),
  },
  'ietf-mpls-interim-2025-changed.yaml': {
    'notice-period': is('fail', DRAFT('2025-02-18')),
    'remote-access': is('pass', 'online: everyone takes part remotely'),
    'time-allotted': is('not-stated', 'the session has a start (10:00) but no `duration` or `end`'),
    'stakeholder-self-selection': is('not-stated', 'no `admission`, no groups, not open'),
    'framework-legitimacy': is('not-stated', NO_FRAMEWORK),
    'format-clarity': is('not-stated', 'level, interaction and outcome all missing'),
    'honest-labels': is('pass', NO_LABELS),
    'early-engagement': is('not-stated', NO_DECISION),
    'documents-in-advance': is('not-stated', NO_DOCS),
    'fair-hours': is('not-stated', 'online, but no `invitees.regions` or `timezones`'),
    'stakeholder-coverage': is('not-stated', NO_GROUPS),
    'language-access': is('not-stated', NO_LANGUAGES),
    'participation-support': is('not-applicable', ONLINE_NOBODY_TRAVELS),
    accessibility: is('not-stated', NO_A11Y),
    'records-and-feedback': is('not-stated', NO_RECORDS),
    'cost-barriers': is('not-stated', NO_FEE),
    'material-changes': is('fail', `changed: [time] restarts the 14 days online; ${NO_ISSUED_REVISION('2025-02-18')}`),
  },
  'igf-2018-second-open-consultations.yaml': {
    'notice-period': is('fail', DRAFT('2018-07-11')),
    'remote-access': is('pass', 'venue with `remote.participation: speak` (online participants request the floor)'),
    'time-allotted': is('not-stated', 'three days (11-13 July) without clock hours'),
    'stakeholder-self-selection': is('pass', '`admission.mode: registration` with nobody selecting: all who register take part'),
    'framework-legitimacy': is('not-stated', NO_FRAMEWORK),
    'format-clarity': is('not-stated', 'level, interaction and outcome all missing'),
    'honest-labels': is('pass', NO_LABELS),
    'early-engagement': is('not-stated', NO_DECISION),
    'documents-in-advance': is('not-stated', NO_DOCS),
    'fair-hours': is('not-stated', 'hybrid, but no `invitees.regions` or `timezones` (nor clock hours)'),
    'stakeholder-coverage': is('pass', 'registration with no selection is open: "all interested stakeholders"'),
    'language-access': is('not-stated', NO_LANGUAGES),
    'participation-support': is('not-stated', NO_REGIONS_VENUE),
    accessibility: is('not-stated', NO_A11Y),
    'records-and-feedback': is('not-stated', NO_RECORDS),
    'cost-barriers': is('not-stated', NO_FEE),
    'material-changes': is('pass', FIRST),
  },
  'igf-2020-second-open-consultations-online.yaml': {
    'notice-period': is('fail', 'issued 8-14 Jun: 15 Jun - 8 Jun = 7 days < 14 online, even on the earliest day'),
    'remote-access': is('pass', 'online (`meeting.online: true`)'),
    'time-allotted': is('not-stated', 'five days (15-19 June) without clock hours'),
    'stakeholder-self-selection': is('not-stated', 'no `admission`, no groups, not open'),
    'framework-legitimacy': is('not-stated', NO_FRAMEWORK),
    'format-clarity': is('not-stated', 'level and outcome missing; questions in advance count as the interaction'),
    'honest-labels': is('pass', NO_LABELS),
    'early-engagement': is('not-stated', NO_DECISION),
    'documents-in-advance': is('not-stated', 'no `documents` listed (the agenda was not in the returned text)'),
    'fair-hours': is('not-stated', 'online, rotating, but no `invitees.regions` or `timezones` (nor clock hours)'),
    'stakeholder-coverage': is('not-stated', NO_GROUPS),
    'language-access': is('pass', 'regions not stated, but en + fr = 2 languages >= 2, and captioning besides'),
    'participation-support': is('not-applicable', ONLINE_NOBODY_TRAVELS),
    accessibility: is('not-stated', 'captioning stated; request contact, request date and remote platform not stated'),
    'records-and-feedback': is('fail', 'summary "next week": 19 Jun + P7D = 7 days > 2 online (3 days even on Monday 22 Jun)'),
    'cost-barriers': is('not-stated', NO_FEE),
    'material-changes': is('pass', FIRST),
  },
  'netmundial-2014.yaml': {
    'notice-period': is('pass', '23 Apr - 31 Jan = 82 days >= 28 hybrid; registration closes in Feb: 28 Feb - 31 Jan = 28 >= 14'),
    'remote-access': is('pass', 'venue with `remote.participation: speak` (hubs send text or audio)'),
    'time-allotted': is('not-stated', 'two days (23-24 April) without clock hours'),
    'stakeholder-self-selection': is('not-stated', 'the Executive Multistakeholder Committee selects; who names its members is not stated'),
    'framework-legitimacy': is('not-stated', '`self_constituted: true` with no `terms_of_reference`'),
    'format-clarity': is('not-stated', 'level and outcome missing; contributions and the comment period count as the interaction'),
    'honest-labels': is('pass', NO_LABELS),
    'early-engagement': is('not-stated', NO_DECISION),
    'documents-in-advance': is('not-stated', NO_DOCS),
    'fair-hours': is('not-stated', 'hybrid, but no `invitees.regions` or `timezones` (nor clock hours)'),
    'stakeholder-coverage': is('not-stated', 'expression of interest with a committee selecting: not open, and no groups'),
    'language-access': is('pass', 'regions not stated, but 7 interpreted languages >= 2'),
    'participation-support': is('not-stated', NO_REGIONS_VENUE),
    accessibility: is('not-stated', NO_A11Y),
    'records-and-feedback': is('not-stated', NO_RECORDS),
    'cost-barriers': is('not-stated', NO_FEE),
    'material-changes': is('pass', FIRST),
  },
  'un-hlm-ncds-hearing-2018.yaml': {
    'notice-period': is('fail', '5 Jul - 4 Jun = 31 days < 56 (a venue, no remote floor stated); registration 21 Jun - 4 Jun = 17 >= 14'),
    'remote-access': is('not-stated', VENUE_REMOTE_UNSTATED),
    'time-allotted': is('not-stated', 'a one-day meeting (5 July) without clock hours'),
    'stakeholder-self-selection': is('not-stated', 'accreditation (up to 5 per organisation) names who may come, not who chooses; no groups'),
    'framework-legitimacy': is('not-stated', WITHIN_UNNAMED),
    'format-clarity': is('not-stated', 'interaction stated (open-debate); level and outcome missing, the description quoted'),
    'honest-labels': is('pass', NO_LABELS),
    'early-engagement': is('pass', '27 Sep - 5 Jul = 84 days >= 42 before the High-Level Meeting'),
    'documents-in-advance': is('not-stated', 'the concept note "will be posted": no document listed'),
    'fair-hours': is('not-applicable', NOBODY_REMOTE),
    'stakeholder-coverage': is('not-stated', NO_GROUPS),
    'language-access': is('not-stated', NO_LANGUAGES),
    'participation-support': is('not-stated', NO_REGIONS_VENUE),
    accessibility: is('not-stated', NO_A11Y),
    'records-and-feedback': is('not-stated', NO_RECORDS),
    'cost-barriers': is('not-stated', NO_FEE),
    'material-changes': is('pass', FIRST),
  },
  'un-working-group-2024-in-person-only.yaml': {
    'notice-period': is('fail', DRAFT('2024-05-06')),
    'remote-access': is('fail', '`remote.participation: none` (Web-TV withdrawn): only those who reach New York take part'),
    'time-allotted': is('not-stated', 'five days (6-10 May) without clock hours'),
    'stakeholder-self-selection': is('pass', 'each government, NGO and IGO nominates its own delegates (a Note Verbale, a nomination letter): selection self'),
    'framework-legitimacy': is('not-stated', NO_FRAMEWORK),
    'format-clarity': is('not-stated', 'level, interaction and outcome all missing'),
    'honest-labels': is('pass', NO_LABELS),
    'early-engagement': is('not-stated', NO_DECISION),
    'documents-in-advance': is('not-stated', NO_DOCS),
    'fair-hours': is('not-applicable', 'nobody can join remotely (`participation: none`)'),
    'stakeholder-coverage': is('fail', 'registration is for the groups listed (invitees.open: false), and they leave out the private sector'),
    'language-access': is('not-stated', NO_LANGUAGES),
    'participation-support': is('not-stated', NO_REGIONS_VENUE),
    accessibility: is('not-stated', NO_A11Y),
    'records-and-feedback': is('not-stated', NO_RECORDS),
    'cost-barriers': is('not-stated', NO_FEE),
    'material-changes': is('fail', `changed: [mode] restarts the 56 days in person; ${NO_ISSUED_REVISION('2024-05-06')}`),
  },
  'unga-post2015-hearings-2015.yaml': {
    'notice-period': is('fail', DRAFT('2015-05-26')),
    'remote-access': is('fail', 'webcast only (`listen`) and the level is not stated: listening is enough only at inform'),
    'time-allotted': is('not-stated', '4 sessions x 180 min = 720 min of floor, but no participant count'),
    'stakeholder-self-selection': is('not-stated', 'the stakeholder Steering Committee selects; who names its members is not stated'),
    'framework-legitimacy': is('not-stated', WITHIN_UNNAMED),
    'format-clarity': is('not-stated', 'interaction stated (working-groups); level and outcome missing, the description quoted'),
    'honest-labels': is('pass', NO_LABELS),
    'early-engagement': is('pass', '25 Sep - 27 May = 121 days >= 42 before the Summit'),
    'documents-in-advance': is('not-stated', NO_DOCS),
    'fair-hours': is('not-applicable', 'webcast only: nobody takes the floor remotely'),
    'stakeholder-coverage': is('not-stated', 'nomination through a committee: not open, and no groups'),
    'language-access': is('not-stated', NO_LANGUAGES),
    'participation-support': is('not-stated', NO_REGIONS_VENUE),
    accessibility: is('not-stated', NO_A11Y),
    'records-and-feedback': is('not-stated', NO_RECORDS),
    'cost-barriers': is('not-stated', NO_FEE),
    'material-changes': is('pass', FIRST),
  },
  'w3c-rdf-validation-2013.yaml': {
    'notice-period': is('fail', `${DRAFT('2013-09-10')} (papers were due 7 Jul: the call gave >= 65 days)`),
    'remote-access': is('not-stated', VENUE_REMOTE_UNSTATED),
    'time-allotted': is('not-stated', 'two days (10-11 September) without clock hours'),
    'stakeholder-self-selection': is('not-stated', 'the Program Committee selects by paper; who names its members is not stated'),
    'framework-legitimacy': is('not-stated', NO_FRAMEWORK),
    'format-clarity': is('not-stated', 'level and outcome missing; position papers count as the interaction'),
    'honest-labels': is('pass', NO_LABELS),
    'early-engagement': is('not-stated', NO_DECISION),
    'documents-in-advance': is('pass', 'programme 14 Jul: 10 Sep - 14 Jul = 58 days >= 14 for a venue'),
    'fair-hours': is('not-applicable', NOBODY_REMOTE),
    'stakeholder-coverage': is('not-stated', '`invitees.open: false` and no groups'),
    'language-access': is('not-stated', 'en only, no captioning: 1 < 2, and the regions are not stated'),
    'participation-support': is('not-stated', NO_REGIONS_VENUE),
    accessibility: is('not-stated', NO_A11Y),
    'records-and-feedback': is('not-stated', 'minutes and a report promised; by when, feedback and acknowledgement of papers not stated'),
    'cost-barriers': is('pass', '`admission.fee: 0`: "There is no fee to participate."'),
    'material-changes': is('pass', FIRST),
  },
};

const FILES = readdirSync(FOLDER).filter((name) => name.endsWith('.yaml')).sort();
const RULE_IDS = RULES.map((rule) => rule.meta.id);
const ROWS = Object.entries(VERDICTS).flatMap(([file, table]) =>
  Object.entries(table).map(([rule, verdict]) => ({
    name: `${file.replace(/\.yaml$/, '')} › ${rule}: ${verdict.status}, ${verdict.why}${verdict.fairer ? ` (suspected unfair: ${verdict.fairer} expected)` : ''}`,
    file,
    rule,
    verdict,
  })),
);

describe('real invitations in fixtures/real', () => {
  it('every file has a table, and every table covers exactly the rules of the catalogue', () => {
    expect(Object.keys(VERDICTS).sort()).toEqual(FILES);
    for (const [file, table] of Object.entries(VERDICTS)) expect(Object.keys(table).sort(), file).toEqual([...RULE_IDS].sort());
  });

  it.each(FILES)('%s is valid format v2, and its criteria are the catalogue', (name) => {
    const result = lint(name);
    expect(result.findings.filter((finding) => finding.rule === 'syntax' || finding.rule === 'schema')).toEqual([]);
    expect(result.criteria.map((criterion) => criterion.rule)).toEqual(RULE_IDS);
    // Silence is never a pass: nothing a source leaves out makes a criterion pass.
    expect(result.criteria.map((criterion) => criterion.status)).toContain('not-stated');
  });

  it.each(ROWS)('$name', ({ file, rule, verdict }) => {
    expect(statusOf(file, rule)).toBe(verdict.status);
  });
});

describe('real invitations: the messages that carry the arithmetic', () => {
  it('IGF 2020: issued some day of 8-14 June for an online meeting on 15 June: 15 - 8 = 7 days, under 14 even at the earliest', () => {
    expect(messages('igf-2020-second-open-consultations-online.yaml', 'notice-period')).toEqual([
      'announced 7 days before an online meeting on 2020-06-15 (issued between 2020-06-08 and 2020-06-14: too late even on its first day); at least 14 are needed',
    ]);
  });

  it('IGF 2020: a summary "next week", read as 7 days, after an online meeting that ends on 19 June; 2 are allowed', () => {
    expect(messages('igf-2020-second-open-consultations-online.yaml', 'records-and-feedback')).toContain(
      'the record is published 7 days after an online meeting ending on 2020-06-19; at most 2 are allowed',
    );
  });

  it('UN HLM on NCDs 2018: issued 4 June for 5 July, 31 days, under the 56 of a venue whose remote access is not stated', () => {
    expect(messages('un-hlm-ncds-hearing-2018.yaml', 'notice-period')).toEqual([
      'announced 31 days before a meeting at a venue (remote access not stated) on 2018-07-05; at least 56 are needed',
    ]);
  });

  it('NETmundial 2014: self-constituted, no terms of reference stated; a committee whose naming is not stated', () => {
    expect(statusOf('netmundial-2014.yaml', 'framework-legitimacy')).toBe('not-stated');
    expect(statusOf('netmundial-2014.yaml', 'stakeholder-self-selection')).toBe('not-stated');
    expect(messages('netmundial-2014.yaml', 'stakeholder-self-selection')[0]).toContain('but the invitation does not say who names its members');
  });

  it('a meeting already held with no issue date says so once, and never counts registration days backwards', () => {
    expect(messages('w3c-rdf-validation-2013.yaml', 'notice-period')).toEqual([
      'the meeting started on 2013-09-10, before 2026-12-02, the day this draft is checked for (it has no `issued` date)',
    ]);
  });

  it('UN working group 2024: the revision withdrew Web-TV, so remote access fails', () => {
    expect(statusOf('un-working-group-2024-in-person-only.yaml', 'remote-access')).toBe('fail');
    expect(messages('un-working-group-2024-in-person-only.yaml', 'remote-access')).toEqual(['no remote participation: only those who can reach New York can take part']);
  });
});
