export { describeDate, formatDate, formatDateShort, sameDays, shortDay, type DateWords, type Precision } from './describeDate';
