import holidays from '@18f/us-federal-holidays';
import { describe, expect, it } from 'vitest';
import { federalHolidays, isFederalHoliday } from './federal-holidays.js';

/** Weekday (0 = Sunday) of a 'YYYY-MM-DD' key, computed independently with Date.UTC. */
const weekdayOf = (key: string): number => new Date(`${key}T00:00:00Z`).getUTCDay();

/**
 * The oracle's observed dates that fall in calendar year `year`. @18f/us-federal-holidays lists a Saturday
 * New Year's Day, observed on Dec 31, under the *next* year (its `allForYear(2022)` contains '2021-12-31'),
 * so take year y's own dates plus that entry from year y + 1.
 */
function oracleDates(year: number): string[] {
  const prefix = `${year}-`;
  return [...holidays.allForYear(year), ...holidays.allForYear(year + 1)]
    .map((h) => h.dateString)
    .filter((d) => d.startsWith(prefix))
    .sort();
}

describe('federalHolidays', () => {
  it('does match @18f/us-federal-holidays for every year 1990–2100 (and 1986–2198)', () => {
    // The oracle adds Juneteenth only from 2021, as the law does, but lists MLK Day in every year, even before
    // its first observance in 1986; from 1986 on both follow 5 U.S.C. 6103, so the comparison runs from 1986
    // to 2198 (2199 would need the oracle's 2200 list for its Dec 31), a superset of the required 1990–2100.
    for (let year = 1986; year <= 2198; year += 1) {
      expect(
        federalHolidays(year).map((h) => h.date),
        String(year),
      ).toEqual(oracleDates(year));
    }
  });

  it('does differ from the oracle before 1986 only where the law differs (MLK Day; Veterans Day 1971–1977)', () => {
    for (let year = 1971; year <= 1985; year += 1) {
      const oracle = oracleDates(year);
      const ours = federalHolidays(year).map((h) => h.date);
      const onlyOracle = oracle.filter((d) => !ours.includes(d));
      const onlyOurs = ours.filter((d) => !oracle.includes(d));
      // The oracle's extra date is its MLK Day: the third Monday of January.
      const mlk = holidays.allForYear(year).find((h) => h.name.startsWith('Birthday of Martin Luther King'));
      const veteransMoved = year <= 1977;
      const oracleVeterans = holidays.allForYear(year).find((h) => h.name === 'Veterans Day')?.dateString;
      expect(onlyOracle.sort(), String(year)).toEqual(
        [mlk?.dateString, ...(veteransMoved ? [oracleVeterans] : [])].sort(),
      );
      expect(onlyOurs.length, String(year)).toBe(veteransMoved ? 1 : 0);
      for (const d of onlyOurs) expect(d.slice(5, 7), d).toBe('10');
    }
  });

  it('does list the 2025 holidays published by OPM', () => {
    expect(federalHolidays(2025)).toEqual([
      { date: '2025-01-01', name: "New Year's Day" },
      { date: '2025-01-20', name: 'Birthday of Martin Luther King, Jr.' },
      { date: '2025-02-17', name: "Washington's Birthday" },
      { date: '2025-05-26', name: 'Memorial Day' },
      { date: '2025-06-19', name: 'Juneteenth National Independence Day' },
      { date: '2025-07-04', name: 'Independence Day' },
      { date: '2025-09-01', name: 'Labor Day' },
      { date: '2025-10-13', name: 'Columbus Day' },
      { date: '2025-11-11', name: 'Veterans Day' },
      { date: '2025-11-27', name: 'Thanksgiving Day' },
      { date: '2025-12-25', name: 'Christmas Day' },
    ]);
  });

  it('does put a Saturday New Year’s Day on Dec 31 of the previous year', () => {
    // 2022-01-01 was a Saturday.
    expect(weekdayOf('2022-01-01')).toBe(6);
    expect(federalHolidays(2021).at(-1)).toEqual({ date: '2021-12-31', name: "New Year's Day" });
    expect(federalHolidays(2022).some((h) => h.name === "New Year's Day")).toBe(false);
    expect(isFederalHoliday('2021-12-31')).toBe(true);
    expect(isFederalHoliday('2022-01-01')).toBe(false);
  });

  it('does move Saturday holidays to Friday and Sunday holidays to Monday', () => {
    // July 4, 2026 is a Saturday; Christmas 2022 was a Sunday; Juneteenth 2021 was a Saturday.
    expect(isFederalHoliday('2026-07-03')).toBe(true);
    expect(isFederalHoliday('2026-07-04')).toBe(false);
    expect(isFederalHoliday('2022-12-26')).toBe(true);
    expect(isFederalHoliday('2022-12-25')).toBe(false);
    expect(isFederalHoliday('2021-06-18')).toBe(true);
  });

  it('does observe every holiday on a weekday', () => {
    for (let year = 1971; year <= 2199; year += 1) {
      for (const { date } of federalHolidays(year)) {
        expect([1, 2, 3, 4, 5], date).toContain(weekdayOf(date));
        expect(date.startsWith(`${year}-`), date).toBe(true);
      }
    }
  });

  it('does start MLK Day in 1986 and Juneteenth in 2021', () => {
    const names = (year: number): string[] => federalHolidays(year).map((h) => h.name);
    expect(names(1985)).not.toContain('Birthday of Martin Luther King, Jr.');
    expect(federalHolidays(1986).find((h) => h.name === 'Birthday of Martin Luther King, Jr.')?.date).toBe(
      '1986-01-20',
    );
    expect(names(2020)).not.toContain('Juneteenth National Independence Day');
    expect(federalHolidays(2021).find((h) => h.name === 'Juneteenth National Independence Day')?.date).toBe(
      '2021-06-18',
    );
  });

  it('does observe Veterans Day on the fourth Monday in October in 1971–1977 (Uniform Monday Holiday Act)', () => {
    expect(isFederalHoliday('1975-10-27')).toBe(true);
    expect(isFederalHoliday('1975-11-11')).toBe(false);
    expect(isFederalHoliday('1978-11-10')).toBe(true); // Nov 11, 1978 was a Saturday
  });

  it('does leave out Inauguration Day', () => {
    expect(isFederalHoliday('2025-01-20')).toBe(true); // MLK Day, same date as the 2025 inauguration
    expect(isFederalHoliday('2021-01-20')).toBe(false);
  });

  it('does return the same frozen list on each call', () => {
    const list = federalHolidays(2030);
    expect(federalHolidays(2030)).toBe(list);
    expect(Object.isFrozen(list)).toBe(true);
  });

  it('does throw a RangeError naming the range outside 1971–2199', () => {
    expect(() => federalHolidays(1970)).toThrow(RangeError);
    expect(() => federalHolidays(2200)).toThrow(/1971–2199/);
    expect(() => federalHolidays(2024.5)).toThrow(RangeError);
    expect(() => isFederalHoliday('1970-12-25')).toThrow(/1971–2199/);
    expect(() => isFederalHoliday('2200-01-01')).toThrow(RangeError);
  });

  it('does throw a RangeError for a malformed or non-existent date key', () => {
    expect(() => isFederalHoliday('2024-7-4')).toThrow(RangeError);
    expect(() => isFederalHoliday('2023-02-29')).toThrow(RangeError);
    expect(() => isFederalHoliday('2024-13-01')).toThrow(RangeError);
  });
});
