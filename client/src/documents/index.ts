export { ReaderProvider, useReader, type ReaderTarget } from './ReaderContext';
