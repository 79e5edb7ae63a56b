// A report in French or Spanish renders every finding again from its message id and evidence (src/report/localize.ts).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index.js';
import { lintText } from '../../src/index.js';
import { localizeReport } from '../../src/report/localize.js';
import { ROOT } from '../helpers.js';

const WSIS = readFileSync(path.join(ROOT, 'fixtures/wsis-2005-informal-consultations.yaml'), 'utf8');
const report = lintText(WSIS, { asOf: '2026-12-02', filePath: 'wsis.yaml' });

describe('localizeReport', () => {
  it('leaves an English report as the engine made it', () => {
    expect(localizeReport(report, RULES, 'en')).toBe(report);
  });

  it('renders notice-period in French and Spanish from the same evidence', () => {
    const message = (locale: 'fr' | 'es') => localizeReport(report, RULES, locale).results[0]!.findings.find((finding) => finding.rule === 'notice-period')!;
    expect(message('fr').message).toBe('annoncée 14 jours avant une réunion en présentiel le 2 mai 2005 ; il en faut au moins 56');
    expect(message('es').message).toBe('anunciada 14 días antes de una reunión presencial el 2 de mayo de 2005; se necesitan al menos 56');
    expect(message('fr').messageId).toBe('announced-late');
    expect(message('fr').evidence).toEqual(report.results[0]!.findings.find((finding) => finding.rule === 'notice-period')!.evidence);
  });
});
