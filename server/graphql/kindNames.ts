// A kind is named once, in kinds.json, in PascalCase ("PublicBody"): that name is its GraphQL
// object type and its Neo4j label; its EntityKind enum value is the same words in UPPER_SNAKE.

/** "PublicBody" → "PUBLIC_BODY". */
export function kindEnumValue(kind: string): string {
  return kind.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
}

/** The EntityKind enum's values mapped to the kinds the stores hold (Apollo's enum resolver). */
export function kindEnumMap(kinds: readonly { kind: string }[]): Record<string, string> {
  return Object.fromEntries(kinds.map(({ kind }) => [kindEnumValue(kind), kind]));
}
