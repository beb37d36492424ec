// The facts the trafficking indicators read, per entity (records joined through their entities).

/** The state of the dealer that sold a purchase (the link may point either way). */
const DEALER_STATE = `(SELECT json_extract(d.fields, '$.state') FROM links s
    JOIN records d ON d.id IN (s.from_record, s.to_record) AND d.type = 'dealer'
    WHERE p.id IN (s.from_record, s.to_record) AND s.type IN ('sold', 'sold_at') LIMIT 1)`;

/**
 * Redeeming one's own pawned guns is property coming back, not an acquisition: the buying
 * indicators (multiple sale, high-demand repeats, far purchases) count purchases only.
 */
const NOT_REDEMPTION = `lower(coalesce(json_extract(p.fields, '$.paymentMethod'), '')) NOT LIKE '%redemption%'`;

/** Each purchase: its buyer entity, date, case, agency, firearm count and the dealer's state. */
export const PURCHASES = `
  SELECT mb.entity_id AS buyerId, eb.label AS buyer, p.id AS purchaseRecord, l.occurred_on AS date,
    c.number AS caseNumber, c.agency,
    (SELECT count(*) FROM links g WHERE g.from_record = p.id AND g.type = 'purchased'
       AND g.to_record IN (SELECT id FROM records WHERE type = 'firearm')) AS firearms,
    ${DEALER_STATE} AS dealerState
  FROM records p
  JOIN links l ON l.from_record = p.id AND l.type = 'purchased'
  JOIN records b ON b.id = l.to_record AND b.type = 'person'
  JOIN entity_members mb ON mb.record_id = b.id
  JOIN entities eb ON eb.id = mb.entity_id
  JOIN cases c ON c.id = p.case_id
  WHERE p.type = 'purchase' AND l.occurred_on IS NOT NULL AND ${NOT_REDEMPTION}`;

/** Each firearm bought in a purchase: the gun entity, its buyer entity, model fields and date. */
export const FIREARMS_BOUGHT = `
  SELECT mg.entity_id AS firearmId, eg.label AS firearm, mb.entity_id AS buyerId, eb.label AS buyer,
    l.occurred_on AS date, g.fields, c.number AS caseNumber,
    ${DEALER_STATE} AS dealerState
  FROM records p
  JOIN links l ON l.from_record = p.id AND l.type = 'purchased'
  JOIN records g ON g.id = l.to_record AND g.type = 'firearm'
  JOIN links lb ON lb.from_record = p.id AND lb.type = 'purchased'
  JOIN records b ON b.id = lb.to_record AND b.type = 'person'
  JOIN entity_members mg ON mg.record_id = g.id JOIN entities eg ON eg.id = mg.entity_id
  JOIN entity_members mb ON mb.record_id = b.id JOIN entities eb ON eb.id = mb.entity_id
  JOIN cases c ON c.id = p.case_id
  WHERE p.type = 'purchase' AND l.occurred_on IS NOT NULL AND ${NOT_REDEMPTION}`;

/**
 * Each recovery of the given firearm entities (a JSON array: only guns bought in a purchase
 * can show a time-to-crime or a far purchase): date, place, country and case.
 */
export const RECOVERIES = `
  SELECT mg.entity_id AS firearmId, coalesce(l.occurred_on, json_extract(r.fields, '$.date')) AS date,
    json_extract(r.fields, '$.place') AS place, json_extract(r.fields, '$.country') AS country,
    c.number AS caseNumber
  FROM links l
  JOIN records g ON g.id = l.from_record AND g.type = 'firearm'
  JOIN records r ON r.id = l.to_record AND r.type = 'recovery'
  JOIN entity_members mg ON mg.record_id = g.id
  JOIN cases c ON c.id = l.case_id
  WHERE l.type = 'recovered_in' AND mg.entity_id IN (SELECT value FROM json_each(?))`;

/**
 * Entities holding identifier-bearing records from cases of more than one agency. Only an
 * entity with a member that joined it (any reason but 'own') holds records of two cases, so
 * the pass starts from those (see bench:queries).
 */
export const CROSS_AGENCY = `
  WITH joined AS (SELECT DISTINCT entity_id AS id FROM entity_members WHERE reason <> 'own')
  SELECT e.id AS entityId, e.type, e.label, group_concat(DISTINCT c.agency) AS agencies,
    group_concat(DISTINCT c.number) AS cases,
    (SELECT group_concat(DISTINCT i.kind || ' ' || i.value) FROM record_identifiers i
       JOIN entity_members mi ON mi.record_id = i.record_id WHERE mi.entity_id = e.id) AS identifiers
  FROM joined j JOIN entities e ON e.id = j.id
  JOIN entity_members m ON m.entity_id = e.id
  JOIN records r ON r.id = m.record_id
  JOIN cases c ON c.id = r.case_id
  WHERE EXISTS (SELECT 1 FROM record_identifiers i WHERE i.record_id = r.id)
  GROUP BY e.id HAVING count(DISTINCT c.agency) >= ?
  ORDER BY count(DISTINCT c.agency) DESC, e.label`;
