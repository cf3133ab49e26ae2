export type * from './model';
export { MAX_DOCUMENT_CHARS, splitParagraphs, paragraphsIn } from './paragraphs';
export { LOCATOR_PATTERN, LOCATOR_MESSAGE, parseLocator, locatorProblem } from './locator';
export { paragraphWords, documentSearchWords, markWords } from './markWords';
export { readDocumentFiles, DocumentFileError, DOCUMENTS_FOLDER } from './readDocumentFiles';
export { citationsIn, sortCitations } from './citations';
export { NameIndex, type NamedEntity, type NameMatch } from './nameIndex';
export { findMentions } from './mentions';
export { CandidateCache } from './candidateNames';
