export { createEmbeddedStore, type EmbeddedGraphStore } from './EmbeddedStore';
