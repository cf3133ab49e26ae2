export { compareText } from './compareText';
