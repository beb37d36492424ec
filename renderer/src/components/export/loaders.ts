// Whole lists for export: the panels show a page, the file holds everything.
import type { WorkbenchClient } from '../../../../shared/contract/host';
import type { AuditEntry } from '../../../../shared/contract/matching-model';
import type { CaseConnection } from '../../../../shared/contract/model';
import { scopeInput } from '../../data/queries';

/** The largest page the contract allows. */
const PAGE = 1000;

export async function allConnections(
  client: WorkbenchClient,
  caseIds: number[] | null,
): Promise<CaseConnection[]> {
  const out: CaseConnection[] = [];
  for (;;) {
    const page = await client.call('connections.list', {
      ...scopeInput(caseIds),
      limit: PAGE,
      offset: out.length,
    });
    out.push(...page.connections);
    if (page.connections.length === 0 || out.length >= page.total) return out;
  }
}

export async function allAuditEntries(client: WorkbenchClient): Promise<AuditEntry[]> {
  const out: AuditEntry[] = [];
  for (;;) {
    const page = await client.call('audit.list', { limit: PAGE, offset: out.length });
    out.push(...page.entries);
    if (page.entries.length === 0 || out.length >= page.total) return out;
  }
}
