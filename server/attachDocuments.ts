import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readConfig } from './config';
import { attachDocument } from './curation';
import { readDocumentFiles, splitParagraphs } from './documents';
import { changeStoreOf } from './graphql';
import { openStore, type GraphStore } from './store';
import type { ChangeStore } from './store/ChangeStore';

// `npm run data:documents -- --from DIR`: attaches every `<source id>.txt` of a folder to its
// source, as changes recorded in the history (embedded: the state database under STATE_DIR;
// Neo4j: with NEO4J_URI and the other Neo4j settings, like the server). A document whose
// paragraphs are already attached is left alone, so running it twice changes nothing.

export interface AttachSummary {
  attached: string[];
  unchanged: string[];
}

/** Attaches each document of `directory`; stops at the first refused one (naming it and why). */
export async function attachDocumentsFrom(store: GraphStore & ChangeStore, directory: string, options: { author: string; reason: string }): Promise<AttachSummary> {
  const documents = await readDocumentFiles(directory);
  if (documents.length === 0) throw new Error(`${directory} holds no <source id>.txt file`);
  const summary: AttachSummary = { attached: [], unchanged: [] };
  for (const document of documents) {
    const paragraphs = splitParagraphs(document.text);
    const [info] = await store.documents([document.id]);
    if (info && info.paragraphCount === paragraphs.length) {
      const [stored = []] = await store.paragraphs([{ sourceId: document.id, from: 1, to: info.paragraphCount }]);
      if (stored.every((paragraph, index) => paragraph.text === paragraphs[index])) {
        summary.unchanged.push(document.id);
        continue;
      }
    }
    try {
      const { draft } = await attachDocument({ store, author: options.author }, { source: document.id, text: document.text }, options.reason);
      await store.commit(draft);
    } catch (error) {
      throw new Error(`${document.id}.txt: ${(error as Error).message}`, { cause: error });
    }
    summary.attached.push(document.id);
  }
  return summary;
}

if (process.argv[1] === import.meta.filename) {
  const { values } = parseArgs({ args: process.argv.slice(2), options: { from: { type: 'string' }, author: { type: 'string' }, reason: { type: 'string' } }, strict: true });
  if (typeof values.from !== 'string' || values.from === '') {
    console.error('Usage: npm run data:documents -- --from DIR [--author NAME] [--reason TEXT]   (reads DATA_DIR and STATE_DIR, or NEO4J_URI, like the server)');
    process.exit(2);
  }
  const directory = resolve(values.from);
  const config = readConfig(process.env, []);
  const { store } = await openStore({ dataDir: config.dataDir, neo4j: config.neo4j, stateDir: config.stateDir });
  const changes = changeStoreOf(store);
  try {
    if (!changes) throw new Error('this store takes no changes');
    const summary = await attachDocumentsFrom(store as GraphStore & ChangeStore, directory, {
      author: values.author ?? 'data:documents',
      reason: values.reason ?? `attached from ${directory}`,
    });
    console.log(`Attached ${summary.attached.length} document(s)${summary.attached.length ? `: ${summary.attached.join(', ')}` : ''}; ${summary.unchanged.length} already attached.`);
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 1;
  } finally {
    await store.close();
  }
}
