export { openStateDatabase, STATE_DATABASE_FILE, type StateDatabase } from './openStateDatabase';
