export { ROLES, isRole, roleAtLeast, requireRole, type Role, type Viewer } from './roles';
export { AccountStore, AccountError, SESSION_IDLE_MS, SESSION_MAX_MS, type NewSession, type SessionViewer, type TokenInfo } from './AccountStore';
export { LoginLimiter, DEFAULT_LOGIN_LIMITS, type LoginLimits, type LoginAttempt } from './LoginLimiter';
export { MIN_PASSWORD_LENGTH, MAX_PASSWORD_LENGTH } from './passwords';
export { sameSecret } from './secrets';
