// A burst of edits through the embedded store's own code, as a process of its own, for the
// durability test (until curation's GraphQL mutations exist, this is the entry point that
// writes). Opens the data set and STATE_DIR as the server does, then renames the data set's
// entities in turn, one committed change after another, and after each commit returns prints
// `ACK <change id> <entity id> <version> <name>`: what the test may hold it to. It writes until
// it is killed.
import { loadDataset } from '../../server/dataset';
import { createEmbeddedStore } from '../../server/store/embedded';

const dataDir = process.env.DATA_DIR;
const stateDir = process.env.STATE_DIR;
if (!dataDir || !stateDir) throw new Error('changeWriter.ts needs DATA_DIR and STATE_DIR');

const store = await createEmbeddedStore(await loadDataset(dataDir), { stateDir });
const ids = (await store.listEntities({ first: 1_000 })).items.map((entity) => entity.id);
console.log('WRITING');
for (let index = 0; ; index++) {
  const id = ids[index % ids.length] as string;
  const [before] = await store.entitiesByIds([id]);
  if (!before) throw new Error(`${id} vanished`);
  const after = { ...before, name: `Durable name ${index}`, version: before.version + 1 };
  const change = await store.commit({
    operation: 'updateEntity',
    author: 'durability-test',
    reason: `burst edit ${index}`,
    records: [{ kind: 'entity', id, before, after }],
    revertOf: null,
  });
  console.log(`ACK ${change.id} ${id} ${after.version} ${after.name}`);
}
