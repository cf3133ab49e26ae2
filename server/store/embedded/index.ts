export { createEmbeddedStore, type EmbeddedGraphStore, type EmbeddedStoreOptions } from './CuratedStore';
