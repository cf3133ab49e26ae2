import { loadDataset } from '../../server/dataset';
import { createEmbeddedStore } from '../../server/store/embedded';
import { describeChangeContract } from './changeContract';
import { describeDocumentContract } from './documentContract';
import { loadHarbour } from './harbourFixture';
import { describeOtherInquiryContract } from './otherInquiryContract';
import { describeRotherhamFacts, ROTHERHAM_SEED } from './rotherhamFacts';
import { describeStoreContract, TINY_FIXTURE } from './storeContract';

const openEmbedded = (directory: string) => async () => {
  const dataset = await loadDataset(directory);
  return { store: await createEmbeddedStore(dataset), dataset };
};

describeStoreContract('embedded', openEmbedded(TINY_FIXTURE));
describeRotherhamFacts('embedded', openEmbedded(ROTHERHAM_SEED));
describeChangeContract('embedded', openEmbedded(TINY_FIXTURE));
describeDocumentContract('embedded', openEmbedded(TINY_FIXTURE), openEmbedded(ROTHERHAM_SEED));
describeOtherInquiryContract('embedded', async () => {
  const dataset = await loadHarbour();
  return { store: await createEmbeddedStore(dataset), dataset };
});
