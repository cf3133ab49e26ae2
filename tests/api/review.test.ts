import { EMBEDDED_BACKEND } from './curationServer';
import { describeReviewHttp } from './reviewHttp';

describeReviewHttp(EMBEDDED_BACKEND);
