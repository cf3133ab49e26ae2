export { createEmbeddedStore } from './EmbeddedStore';
