// Every claim cites exactly one source and each source counts the claims citing it (entity,
// figure and relation claims alike), so the sum over sources is the number of claims.
CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
CALL () { MATCH (:Entity)-[r]->() RETURN count(r) AS relations }
CALL () { MATCH (s:Source) RETURN count(s) AS sources, coalesce(sum(s.claimCount), 0) AS claims }
CALL () { MATCH (d:Dispute) RETURN count(d) AS disputes }
RETURN entities, relations, sources, claims, disputes
