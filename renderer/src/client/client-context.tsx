// Makes the client available to hooks without importing a global.
import { createContext, useContext, type ReactNode } from 'react';
import type { WorkbenchClient } from '../../../shared/contract/host';

const ClientContext = createContext<WorkbenchClient | null>(null);

export function ClientProvider({ client, children }: { client: WorkbenchClient; children: ReactNode }) {
  return <ClientContext.Provider value={client}>{children}</ClientContext.Provider>;
}

export function useClient(): WorkbenchClient {
  const client = useContext(ClientContext);
  if (!client) throw new Error('useClient must be used inside <ClientProvider>.');
  return client;
}
