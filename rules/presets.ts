// Presets as data (docs/rules.md, "Presets"): each sets severities and options over the rules' defaults, in the
// order `extends` lists them. A preset sets only what its row names, so presets combine: `[strict, w3c]` is
// every rule an error with W3C's notice periods. `recommended` sets every rule's severity back to the one its
// own metadata gives, so a new rule needs no line here unless a norm-based preset sets it.
import type { Preset } from '../src/engine/types.js';

export const PRESETS: readonly Preset[] = [
  {
    name: 'recommended',
    description: "Each rule at its default severity (error for the five core rules, format-clarity, honest-labels and early-engagement; warn for the rest) and default options.",
    sources: ['invitelint rules.md, version 1'],
    ruleDefaults: true,
    rules: {},
  },
  {
    name: 'strict',
    description: 'Every rule an error; 8 weeks notice for hybrid meetings too, also after a material change; fair hours 08:00 to 23:00.',
    sources: ['W3C Process Document (8 weeks for face-to-face meetings)', 'W3C guide "Organizing a distributed meeting"'],
    allRules: { severity: 'error' },
    rules: {
      'notice-period': { options: { hybridDays: 56 } },
      'material-changes': { options: { hybridDays: 56 } },
      'fair-hours': { options: { earliest: '08:00', latest: '23:00' } },
    },
  },
  {
    name: 'w3c',
    description: 'W3C Process: 8 weeks notice for face-to-face (in person and hybrid) meetings, 1 week for online, also after a material change; agenda 2 weeks before face-to-face, 24 hours before online.',
    sources: ['W3C Process Document, section on meetings'],
    rules: {
      'notice-period': { options: { inPersonDays: 56, hybridDays: 56, onlineDays: 7 } },
      'material-changes': { options: { inPersonDays: 56, hybridDays: 56, onlineDays: 7 } },
      'documents-in-advance': { options: { inPersonDays: 14, onlineDays: 1 } },
    },
  },
  {
    name: 'ietf',
    description: 'IESG statement on interim meetings: 4 weeks notice for face-to-face, 2 weeks for virtual, also after a material change; agenda 2 weeks / 1 week before.',
    sources: ['IESG Statement on Interim Meetings (2008, revised 2016)'],
    rules: {
      'notice-period': { options: { inPersonDays: 28, hybridDays: 28, onlineDays: 14 } },
      'material-changes': { options: { inPersonDays: 28, hybridDays: 28, onlineDays: 14 } },
      'documents-in-advance': { options: { inPersonDays: 14, onlineDays: 7 } },
    },
  },
  {
    name: 'ec-2002',
    description: 'European Commission minimum standards for consultation: 20 working days notice for meetings, whatever the mode.',
    sources: ['European Commission COM(2002) 704, minimum standard D'],
    rules: {
      'notice-period': { options: { workingDays: true, inPersonDays: 20, hybridDays: 20, onlineDays: 20 } },
    },
  },
  {
    name: 'un',
    description: 'United Nations practice: documents six weeks before the meeting; the six official languages.',
    sources: ['UN six-week rule for pre-session documents', 'UN General Assembly: six official languages'],
    rules: {
      'documents-in-advance': { options: { inPersonDays: 42, onlineDays: 42 } },
      'language-access': { options: { minLanguages: 6 } },
    },
  },
];
