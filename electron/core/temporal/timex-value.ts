// The TIMEX3 values this engine writes: a check for tests and for consumers of stored values.
const DATE = '(?:BC)?[\\dX]{2,4}(?:-(?:[\\dX]{2}|W[\\dX]{2}|Q[1-4X]|H[12X]|SP|SU|FA|WI)(?:-(?:[\\dX]{2}|WE|[1-7X]))?)?(?:T(?:\\d{2}(?::\\d{2}(?::\\d{2})?)?Z?|MO|AF|EV|NI|DT))?';
const DURATION = 'P(?:[\\dX.]+(?:CE|[YMWDQ]))+(?:T(?:[\\dX.]+[HMS])+)?|PT(?:[\\dX.]+[HMS])+';
const VALUE = new RegExp(`^(?:PRESENT_REF|PAST_REF|FUTURE_REF|${DATE}|${DURATION})$`);

/** True when `v` is a TIMEX3 value of a form we produce (e.g. 2024-10-04, 198, 2021-W21, P2Y, PRESENT_REF). */
export const isTimexValue = (v: string): boolean => VALUE.test(v);
