export { createEmbeddedStore, type EmbeddedStoreOptions } from './CuratedStore';
