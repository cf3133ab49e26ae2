import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { SourceDocument } from './model';
import { MAX_DOCUMENT_CHARS } from './paragraphs';

/** The folder of documents beside a data set's files. */
export const DOCUMENTS_FOLDER = 'documents';

/** A file of a documents folder that cannot be attached: names the file and what is wrong. */
export class DocumentFileError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'DocumentFileError';
  }
}

/**
 * Every `<source id>.txt` of a folder as a document (other files are ignored), ordered by id;
 * [] when the folder does not exist. Text must be UTF-8 and at most MAX_DOCUMENT_CHARS long.
 */
export async function readDocumentFiles(directory: string): Promise<SourceDocument[]> {
  let names: string[];
  try {
    names = await readdir(directory);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const documents: SourceDocument[] = [];
  for (const name of names.filter((file) => file.endsWith('.txt')).sort()) {
    const bytes = await readFile(join(directory, name));
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new DocumentFileError(name, 'is not UTF-8 text');
    }
    if (text.length > MAX_DOCUMENT_CHARS) throw new DocumentFileError(name, `has ${text.length} characters; at most ${MAX_DOCUMENT_CHARS}`);
    documents.push({ id: name.slice(0, -'.txt'.length), text });
  }
  return documents;
}
