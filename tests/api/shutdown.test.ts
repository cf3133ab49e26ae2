import { describe } from 'vitest';
import { TINY_FIXTURE } from '../contract/storeContract';
import { itShutsDownCleanly, startServerProcess } from './serverProcess';

describe('shutdown of the server on the embedded store', () => {
  itShutsDownCleanly(() => startServerProcess({ DATA_DIR: TINY_FIXTURE }));
});
