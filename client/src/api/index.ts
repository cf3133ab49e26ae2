export { ApiError, createRequest, type GraphQLRequest, type HeaderSource, type RequestOptions } from './client';
export { EVIDENCE_LIMIT, loadKnowledge, loadRaisedConcerns } from './loadKnowledge';
export { loadClaims, loadGraph, type AllClaims, type LoadedGraph, type RelationClaims } from './loadGraph';
export * from './operations';
export type * from './types';
export { createAuthClient, ROLES, type Account, type AuthClient, type Role } from './auth';
export * from './curationOperations';
export type * from './curationTypes';
