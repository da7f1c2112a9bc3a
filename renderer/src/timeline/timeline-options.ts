// vis-timeline's options, in one place: limits, UTC axis with BC-aware labels, tooltips.
import moment from 'moment';
import type { TimelineOptions } from 'vis-timeline/peer';
import { MAX_MS, MIN_MS, ZOOM_MAX_MS, ZOOM_MIN_MS, axisLabel } from './deep-time';

/** Options set once when the timeline is created; the window comes separately. */
export function timelineOptions(start: Date, end: Date): TimelineOptions {
  return {
    start,
    end,
    height: '100%',
    // Calendar steps in UTC: our dates are UTC days, and local midnight would put "1 Jan" in December.
    moment: (date: moment.MomentInput) => moment(date).utc(),
    format: {
      minorLabels: (date, scale) => axisLabel(date, scale, false),
      majorLabels: (date, scale) => axisLabel(date, scale, true),
    },
    min: new Date(MIN_MS),
    max: new Date(MAX_MS),
    zoomMin: ZOOM_MIN_MS,
    zoomMax: ZOOM_MAX_MS,
    stack: true,
    selectable: true,
    multiselect: false,
    showCurrentTime: false,
    verticalScroll: true,
    orientation: { axis: 'bottom', item: 'bottom' },
    margin: { item: { horizontal: 4, vertical: 4 }, axis: 4 },
    groupOrder: 'order',
    tooltip: { followMouse: true, overflowMethod: 'cap', delay: 150 },
    // Content and titles are escaped by us (items.ts); keep vis-timeline's XSS filter on as well.
    xss: { disabled: false },
  };
}
