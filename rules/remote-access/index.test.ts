import { testRule } from '../../tests/test-rule.js';
import rule from './index.js';

const WSIS_2005 = 'wsis-2005-informal-consultations.yaml';

testRule({
  rule,
  asOf: '2026-01-05',
  accept: [
    { description: 'a hybrid meeting where remote participants can speak', base: 'hybrid' },
    { description: 'an online meeting with no remote block', base: 'online', yaml: 'remote: ~' },
    { description: 'listening only at an inform meeting', yaml: 'remote: { participation: listen }\nformat: { level: inform }' },
    { description: 'listening at a consult meeting when configured to be enough', yaml: 'remote: { participation: listen }', options: { allowListenForLevels: ['inform', 'consult'] } },
  ],
  reject: [
    {
      description: 'the 2005 consultation: no remote participation, only those in Geneva',
      fixture: WSIS_2005,
      status: 'fail',
      message: 'no remote participation: only those who can reach Geneva can take part',
      line: 19, column: 3, endLine: 19, endColumn: 22, path: 'remote.participation',
      remedy: 'let remote participants take the floor (`remote.participation: speak`, by video-conference or remote hubs)',
      severity: 'error',
      evidence: { mode: 'in-person', participation: 'none', city: 'Geneva' },
      source: 'IESG',
    },
    {
      description: 'a webcast at a consult meeting: not a seat at the table',
      yaml: 'remote: { participation: listen }',
      status: 'fail',
      message: 'remote participants can only listen (webcast or recording) to a meeting at level consult; they cannot take the floor, which is enough only at inform',
      line: 15, column: 3, endLine: 15, endColumn: 24, path: 'remote.participation',
      remedy: 'let remote participants take the floor (`remote.participation: speak`, by video-conference or remote hubs)',
    },
    {
      description: 'listening only, level not stated',
      yaml: 'remote: { participation: listen }\nformat: { level: ~ }',
      status: 'fail',
      message: 'remote participants can only listen (webcast or recording), and the participation level is not stated; listening is enough only at inform',
      line: 15, column: 3, endLine: 15, endColumn: 24, path: 'remote.participation',
      remedy: 'let remote participants take the floor (`remote.participation: speak`, by video-conference or remote hubs)',
    },
    {
      description: 'nobody can join remotely',
      yaml: 'remote: { participation: none }',
      status: 'fail',
      message: 'no remote participation: only those who can reach Geneva can take part',
      line: 15, column: 3, endLine: 15, endColumn: 22, path: 'remote.participation',
      remedy: 'let remote participants take the floor (`remote.participation: speak`, by video-conference or remote hubs)',
    },
    {
      description: 'nobody can join remotely an in-person briefing, even at level inform',
      base: 'inPerson',
      status: 'fail',
      message: 'no remote participation: only those who can reach Geneva can take part',
      line: 14, column: 3, endLine: 14, endColumn: 22, path: 'remote.participation',
      remedy: 'let remote participants take the floor (`remote.participation: speak`, by video-conference or remote hubs)',
    },
    {
      description: 'a venue and no remote block: pointed at the document mapping',
      yaml: 'remote: ~',
      status: 'not-stated',
      message: 'the announcement does not say whether people who cannot travel to Geneva can take part remotely',
      line: 2, column: 1, endLine: 2, endColumn: 15, path: 'remote',
      remedy: 'state `remote.participation` (none, listen or speak); `speak`, with channels such as video-conference or remote hubs, passes',
    },
  ],
});
