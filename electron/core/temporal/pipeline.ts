// The one ordered pipeline: every recognizer, most specific first. Overlaps are settled afterwards:
// the longest span wins, and on equal length the recognizer that comes first here.
import type { Recognizer } from './recognizer';
import { bareMonths, monthWeeks } from './recognizers/bare-months';
import { bareYears } from './recognizers/bare-years';
import { eraDecades, eraRanges, eraYears } from './recognizers/bc-ad';
import { centuries, decades } from './recognizers/decades-centuries';
import { pluralsOf, vagueDurations } from './recognizers/bare-plurals';
import { annualResults, durations, longAdjectives, unitFractions } from './recognizers/durations';
import { compoundDurations, halfStretches } from './recognizers/compound-durations';
import { explicitDates } from './recognizers/explicit-dates';
import { fiscalYears, quarterShorthand } from './recognizers/fiscal-shorthand';
import { holidays, weekends } from './recognizers/holidays';
import { periodEdges, shortYears } from './recognizers/period-edges';
import { halves, monthSpanQuarters, namedQuarters, ordinalQuarters, seasons } from './recognizers/periods';
import { dayFirstRanges, dayLists, dayRanges, monthRanges, yearlessDayRanges, yearlessMonthRanges, yearRanges } from './recognizers/ranges';
import { latestPeriods, reportingWeeks, reportingYears, yearAgoPeriods, yearPeriods, yearsEnded } from './recognizers/reporting-periods';
import { anaphoricTimes, refs } from './recognizers/refs';
import { anaphoricDays, deicticDays, genericNights, midParts, nthDays, ordinalDays, partOfDates, partsOfDay, someDays, tradingDays, weeksOf } from './recognizers/relative-days';
import { namedPeriods, unitBeforeAfter, unitsAgo } from './recognizers/relative-periods';
import { sets } from './recognizers/sets';
import { spelledDecades, spelledYears } from './recognizers/spelled-years';
import { stretches } from './recognizers/stretches';
import { militaryTimes, times } from './recognizers/times';
import { weekdays } from './recognizers/weekdays';

export const PIPELINE: readonly Recognizer[] = [
  dayLists,
  yearlessMonthRanges,
  yearlessDayRanges,
  dayRanges,
  dayFirstRanges,
  monthRanges,
  yearRanges,
  eraRanges,
  explicitDates,
  partOfDates,
  weeksOf,
  times,
  militaryTimes,
  eraYears,
  eraDecades,
  centuries,
  decades,
  spelledDecades,
  spelledYears,
  yearAgoPeriods,
  yearPeriods,
  latestPeriods,
  yearsEnded,
  reportingYears,
  reportingWeeks,
  ordinalQuarters,
  monthSpanQuarters,
  namedQuarters,
  quarterShorthand,
  fiscalYears,
  halves,
  seasons,
  holidays,
  periodEdges,
  weekends,
  unitsAgo,
  namedPeriods,
  unitBeforeAfter,
  deicticDays,
  anaphoricDays,
  tradingDays,
  partsOfDay,
  midParts,
  genericNights,
  ordinalDays,
  nthDays,
  someDays,
  sets,
  compoundDurations,
  halfStretches,
  durations,
  unitFractions,
  longAdjectives,
  vagueDurations,
  annualResults,
  stretches,
  pluralsOf,
  weekdays,
  monthWeeks,
  bareMonths,
  bareYears,
  shortYears,
  refs,
  anaphoricTimes,
];
