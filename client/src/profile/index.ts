export { kindRegistry, pluralList, periodYears, shapeIconPath, type KindInfo, type KindRegistry, type DatasetInfo } from './kinds';
export { ProfileProvider, useProfile, type DatasetProfile } from './ProfileContext';
