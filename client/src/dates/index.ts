export { describeDate, formatDate, formatDateShort, shortDay, type DateWords, type Precision } from './describeDate';
