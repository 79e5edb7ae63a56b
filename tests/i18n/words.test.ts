// How each locale writes dates, counts, lists and durations (src/i18n/words.ts).
import { describe, expect, it } from 'vitest';
import { localeOfTag } from '../../src/i18n/locale.js';
import { wordsFor } from '../../src/i18n/words.js';

const en = wordsFor('en');
const fr = wordsFor('fr');
const es = wordsFor('es');

describe('dates as each locale writes them', () => {
  it('English keeps the ISO date of the announcement; French and Spanish write the month out', () => {
    expect(en.date('2005-05-02')).toBe('2005-05-02');
    expect(fr.date('2005-05-02')).toBe('2 mai 2005');
    expect(es.date('2005-05-02')).toBe('2 de mayo de 2005');
  });

  it('French writes the first of the month as 1er', () => {
    expect(fr.date('2005-05-01')).toBe('1er mai 2005');
    expect(es.date('2005-05-01')).toBe('1 de mayo de 2005');
  });

  it('months, date-times and times', () => {
    expect(fr.month('2013-12')).toBe('décembre 2013');
    expect(es.month('2013-12')).toBe('diciembre de 2013');
    expect(fr.dateTime('2005-05-02 15:00')).toBe('2 mai 2005 à 15 h 00');
    expect(es.dateTime('2005-05-02T15:00')).toBe('2 de mayo de 2005, a las 15:00');
    expect(en.dateTime('2005-05-02T15:00')).toBe('2005-05-02 15:00');
  });

  it('a value that is not a date is written as it is', () => {
    expect(fr.date('not a date')).toBe('not a date');
    expect(es.date('2005-13-01')).toBe('2005-13-01');
  });
});

describe('counts, lists and durations', () => {
  it('French counts 0 and 1 as singular, Spanish and English only 1', () => {
    const day = { one: 'jour', other: 'jours' };
    expect([0, 1, 2].map((n) => fr.count(n, day))).toEqual(['0 jour', '1 jour', '2 jours']);
    expect([0, 1, 2].map((n) => es.count(n, { one: 'día', other: 'días' }))).toEqual(['0 días', '1 día', '2 días']);
  });

  it('numbers have the locale separators', () => {
    expect(fr.number(10000)).toBe('10\u202f000');
    expect(es.number(10000)).toBe('10.000');
    expect(en.number(10000)).toBe('10000');
  });

  it('lists end with the locale word for or and and', () => {
    expect(fr.or(['a', 'b', 'c'])).toBe('a, b ou c');
    expect(es.or(['a', 'b'])).toBe('a o b');
    expect(fr.and(['a', 'b', 'c'])).toBe('a, b et c');
    expect(es.and(['a', 'b', 'c'])).toBe('a, b y c');
  });

  it('durations are written by hand', () => {
    expect(fr.duration(180)).toBe('3 heures');
    expect(fr.duration(90)).toBe('1 h 30');
    expect(es.duration(60)).toBe('1 hora');
    expect(es.duration(45)).toBe('45 minutos');
    expect(en.duration(180)).toBe('3 hours');
    expect(en.duration(61)).toBe('1 hour 1 minute');
  });
});

describe('locale of a browser language tag', () => {
  it('takes the language and ignores the region', () => {
    expect(localeOfTag('fr-CH')).toBe('fr');
    expect(localeOfTag('es-419')).toBe('es');
    expect(localeOfTag('en')).toBe('en');
    expect(localeOfTag('de-DE')).toBeNull();
  });
});
