// Local times through the real binary: a time the clocks show twice reads as the first of the two, whatever the
// time zone of the machine that runs the command (TZDate's answer changed with it).
import { describe, expect, it } from 'vitest';
import { PASSING, runCli, variant } from '../helpers.js';

describe('local times', () => {
  // 2026-10-25: clocks in Zurich go back from 03:00 summer time to 02:00, so 02:30 comes twice.
  const repeated = variant(PASSING, { 'meeting.start': '2026-10-25T02:30', 'invitees.timezones': ['America/New_York', 'Asia/Tokyo'] });

  it('read a repeated 02:30 as the first, in summer time, on any machine', () => {
    const reports = ['UTC', 'Europe/Paris', 'America/New_York', 'Asia/Kolkata'].map((tz) => {
      const run = runCli(['-f', 'json', '--as-of', '2026-09-01', '-'], { input: repeated, env: { TZ: tz } });
      expect(run.stderr, tz).toBe('');
      return run.stdout;
    });
    for (const report of reports.slice(1)) expect(report).toBe(reports[0]);
    const fairHours = JSON.parse(reports[0]!).results[0].findings.find((finding: { rule: string }) => finding.rule === 'fair-hours');
    // 02:30 summer time is 00:30 UTC: 01:30 in London; three hours later, Zurich is back on winter time (04:30).
    expect(fairHours.message).toContain('the meeting (02:30–04:30 Europe/Zurich on 2026-10-25)');
    expect(fairHours.message).toContain('Europe/London 01:30–03:30');
  });
});
