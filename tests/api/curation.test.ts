import { EMBEDDED_BACKEND } from './curationServer';
import { describeCurationHttp } from './curationHttp';

describeCurationHttp(EMBEDDED_BACKEND);
