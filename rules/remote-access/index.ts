import * as z from 'zod';
import type { Facts } from '../../src/announcement/facts.js';
import { LEVELS } from '../../src/announcement/schema.js';
import { defineRule } from '../../src/engine/define.js';
import readPage from './README.md?lazy';
import { messages, translations } from './messages.js';

const options = () =>
  z.strictObject({
    allowListenForLevels: z
      .array(z.enum(LEVELS))
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
    defaults: { allowListenForLevels: ['inform'] },
    sources: [
      { title: IESG },
      { title: IGF },
      { title: ITU },
    ],
  },
  get page() {
    return readPage();
  },
  messages,
  translations,
  check(facts: Facts, opts) {
    const { announcement, mode } = facts;
    if (mode === 'online') return { status: 'pass', findings: [] };

    const venue = announcement.meeting.venue;
    const level = announcement.format?.level ?? null;
    const remote = announcement.remote;
    const evidence = { mode, city: venue?.city ?? null, participation: remote?.participation ?? null, level };

    if (!remote?.participation) {
      return {
        status: 'not-stated',
        findings: [
          {
            messageId: 'participation-not-stated',
            at: facts.locate(remote ? ['remote', 'participation'] : ['remote']),
            evidence,
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
            messageId: 'no-remote-participation',
            at,
            evidence,
            source: IESG,
          },
        ],
      };
    }

    // listen: a webcast lets people watch a meeting, which is enough only when the meeting informs.
    if (level !== null && opts.allowListenForLevels.includes(level)) return { status: 'pass', findings: [] };
    const listenEvidence = { ...evidence, allowListenForLevels: opts.allowListenForLevels };
    return {
      status: 'fail',
      findings: [
        level === null
          ? { messageId: 'listen-only-level-not-stated', at, evidence: listenEvidence, source: ITU }
          : { messageId: 'listen-only', at, evidence: { ...listenEvidence, level }, source: ITU },
      ],
    };
  },
});
