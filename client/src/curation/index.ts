export { AccountBox } from './AccountBox';
export { CurationProvider, type ChangeSink } from './CurationContext';
export { catalogRecords } from './records';
export { RecordCuration } from './RecordCuration';
export { ReviewQueue } from './ReviewQueue';
export { canChange } from './roles';
export { SessionProvider, useSession } from './SessionContext';
export { NewEntityForm } from './NewEntityForm';
