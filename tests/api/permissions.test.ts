import { EMBEDDED_BACKEND } from './curationServer';
import { describePermissionsHttp } from './permissionsHttp';

describePermissionsHttp(EMBEDDED_BACKEND);
