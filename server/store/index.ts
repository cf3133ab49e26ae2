export type * from './GraphStore';
export { openStore, type OpenedStore } from './openStore';
export { StoreUnavailableError, BadInputError } from './errors';
export { encodeCursor, decodeCursor } from './cursor';
