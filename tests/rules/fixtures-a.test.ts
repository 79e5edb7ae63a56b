// Each fixture, read as a whole: the criteria it shows, and that it shows nothing else by accident.
import { describe, expect, it } from 'vitest';
import { findingsOf, fixture, lintOne, PASSING, statusOf, WSIS_2005 } from '../helpers.js';

const RULES = ['notice-period', 'remote-access', 'time-allotted', 'stakeholder-self-selection', 'framework-legitimacy', 'format-clarity', 'early-engagement'];

const EXPECTED: Record<string, Record<string, string>> = {
  [PASSING]: {
    'notice-period': 'pass', 'remote-access': 'pass', 'time-allotted': 'pass', 'stakeholder-self-selection': 'pass',
    'framework-legitimacy': 'pass', 'format-clarity': 'pass', 'early-engagement': 'pass',
  },
  // rules.md / announcement-format.md: the 2005 case fails the five core criteria and format clarity.
  [WSIS_2005]: {
    'notice-period': 'fail', 'remote-access': 'fail', 'time-allotted': 'fail', 'stakeholder-self-selection': 'fail',
    'framework-legitimacy': 'fail', 'format-clarity': 'not-stated', 'early-engagement': 'pass',
  },
  'failing/agenda-longer-than-meeting.yaml': {
    'notice-period': 'pass', 'remote-access': 'pass', 'time-allotted': 'fail', 'stakeholder-self-selection': 'pass',
    'framework-legitimacy': 'pass', 'format-clarity': 'pass', 'early-engagement': 'pass',
  },
  'failing/consultation-twelve-days-before-decision.yaml': {
    'notice-period': 'pass', 'remote-access': 'pass', 'time-allotted': 'pass', 'stakeholder-self-selection': 'pass',
    'framework-legitimacy': 'pass', 'format-clarity': 'pass', 'early-engagement': 'fail',
  },
  'open-registration-no-count.yaml': {
    'notice-period': 'pass', 'remote-access': 'pass', 'time-allotted': 'not-stated', 'stakeholder-self-selection': 'pass',
    'framework-legitimacy': 'pass', 'format-clarity': 'pass', 'early-engagement': 'pass',
  },
};

describe('fixtures, criterion by criterion', () => {
  it.each(Object.entries(EXPECTED))('%s', (name, expected) => {
    const result = lintOne(fixture(name));
    const statuses = Object.fromEntries(RULES.map((rule) => [rule, statusOf(result, rule)]));
    expect(statuses).toEqual(expected);
  });

  it('reports the 2005 case with one finding per fact, format clarity three times', () => {
    const result = lintOne(fixture(WSIS_2005));
    expect(RULES.map((rule) => findingsOf(result, rule).length)).toEqual([1, 1, 1, 2, 1, 3, 0]);
    for (const finding of result.findings) {
      expect(finding.message).not.toBe('');
      expect(finding.source).toBeTruthy();
      expect(finding.remedy).toBeTruthy();
      expect(finding.line).toBeGreaterThan(0);
    }
  });
});
