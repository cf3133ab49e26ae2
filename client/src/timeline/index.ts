export { dayToIso, isoToDay, layoutBars, makeScale, yearTicks, type TimeScale, type TimelineBar, type TimelineSpan } from './layoutTimeline';
