export { buildTypeDefs } from './typeDefs';
export { queryResolvers } from './queryResolvers';
export { typeResolvers } from './typeResolvers';
export { createLoaders, type GraphQLContext } from './context';
export { formatError, ErrorCode } from './errors';
export { requestLimitsPlugin, type RequestLimits } from './limits/requestLimitsPlugin';
export { StoreSizes } from './limits/listSizes';
export { knownOperationTypes } from './limits/knownOperationTypes';
export { errorLogPlugin } from './errorLog';
