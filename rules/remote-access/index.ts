import * as z from 'zod';
import type { Facts } from '../../src/announcement/facts.js';
import { LEVELS } from '../../src/announcement/schema.js';
import { defineRule } from '../../src/engine/define.js';
import page from './README.md?raw';

const options = z.strictObject({
  allowListenForLevels: z
    .array(z.enum(LEVELS))
    .default(['inform'])
    .describe('Participation levels at which listening only (a webcast or recording) is enough.'),
});

const IESG = 'IESG (2016): remote participation is a requirement for face-to-face IETF meetings';
const IGF = 'IGF remote hubs: remote participants can request the floor';
const ITU = 'ITU-T A-Suppl. 4: "physical with webcast" is not "physical with remote participation"';

export default defineRule({
  meta: {
    id: 'remote-access',
    criterion: 'Remote access',
    description: 'Someone who cannot travel to the venue can take part and take the floor, not only watch.',
    severity: 'error',
    options,
    sources: [
      { title: IESG },
      { title: IGF },
      { title: ITU },
    ],
  },
  page,
  check(facts: Facts, opts) {
    const { announcement, mode } = facts;
    if (mode === 'online') return { status: 'pass', findings: [] };

    const venue = announcement.meeting.venue;
    const place = venue?.city ?? 'the venue';
    const level = announcement.format?.level ?? null;
    const remote = announcement.remote;
    const evidence = { mode, city: venue?.city ?? null, participation: remote?.participation ?? null, level };

    if (!remote?.participation) {
      return {
        status: 'not-stated',
        findings: [
          {
            message: `the announcement does not say whether people who cannot travel to ${place} can take part remotely`,
            at: facts.locate(remote ? ['remote', 'participation'] : ['remote']),
            evidence,
            remedy: 'state `remote.participation` (none, listen or speak); `speak`, with channels such as video-conference or remote hubs, passes',
            source: IESG,
          },
        ],
      };
    }

    if (remote.participation === 'speak') return { status: 'pass', findings: [] };
    const at = facts.locate(['remote', 'participation']);
    if (remote.participation === 'none') {
      return {
        status: 'fail',
        findings: [
          {
            message: `no remote participation: only those who can reach ${place} can take part`,
            at,
            evidence,
            remedy: 'let remote participants take the floor (`remote.participation: speak`, by video-conference or remote hubs)',
            source: IESG,
          },
        ],
      };
    }

    // listen: a webcast lets people watch a meeting, which is enough only when the meeting informs.
    if (level !== null && opts.allowListenForLevels.includes(level)) return { status: 'pass', findings: [] };
    const allowed = opts.allowListenForLevels.join(', ') || 'no level';
    return {
      status: 'fail',
      findings: [
        {
          message:
            level === null
              ? `remote participants can only listen (webcast or recording), and the participation level is not stated; listening is enough only at ${allowed}`
              : `remote participants can only listen (webcast or recording) to a meeting at level ${level}; they cannot take the floor, which is enough only at ${allowed}`,
          at,
          evidence: { ...evidence, allowListenForLevels: opts.allowListenForLevels },
          remedy: 'let remote participants take the floor (`remote.participation: speak`, by video-conference or remote hubs)',
          source: ITU,
        },
      ],
    };
  },
});
