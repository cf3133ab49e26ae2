import { parseArgs } from 'node:util';
import { CHANGE_LOG_SIZE, CHANGE_LOG_TARGET_MS, measureChangeLogStartup } from './changeLogStartup';
import { SEED_DIR } from './config';

// What a change log adds to embedded start-up, alone (npm run bench measures it on the seed).
//   node --import tsx bench/startupWithChanges.ts [--changes 10000] [--runs 5] [--data DIR]

const { values } = parseArgs({ options: { changes: { type: 'string' }, runs: { type: 'string' }, data: { type: 'string' } } });
const changes = Number(values.changes ?? CHANGE_LOG_SIZE);
const runs = Number(values.runs ?? 5);
if (!Number.isInteger(changes) || changes < 1) throw new Error(`--changes: "${values.changes}" is not a positive whole number`);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs: "${values.runs}" is not a positive whole number`);

const ms = (value: number) => `${Math.round(value)} ms`.padStart(8);
const result = await measureChangeLogStartup(values.data ?? SEED_DIR, changes, runs);
console.log(`median of ${runs} fresh processes each:          process start → store   createEmbeddedStore   entities`);
console.log(`  no changes                                    ${ms(result.withoutMs)}              ${ms(result.createStoreWithoutMs)}   ${result.entitiesWithout}`);
console.log(`  ${`${changes} changes`.padEnd(44)}  ${ms(result.withMs)}              ${ms(result.createStoreWithMs)}   ${result.entitiesWith}`);
const added = result.withMs - result.withoutMs;
console.log(`added by the change log: ${Math.round(added)} ms (target: at most ${CHANGE_LOG_TARGET_MS} ms for ${CHANGE_LOG_SIZE}): ${added <= CHANGE_LOG_TARGET_MS ? 'met' : 'MISSED'}`);
