import { createLanguageService } from '../../../server/src/language-service';
import { toPlain } from '../../../server/src/rules/common/plain';
import { toUpdateClientInput } from '../aws/normalise';
import type { UserPoolClient } from '../aws/data';

export interface LocalClient {
  /** For the picker: logical id or client name. */
  label: string;
  clientId?: string;
  clientName?: string;
  definition: Record<string, unknown>;
}


/** The app client definitions in a local JSON/YAML/CloudFormation file. */
export function findLocalClients(uri: string, text: string): LocalClient[] {
  const doc = createLanguageService().update(uri, text);
  return doc.resources
    .filter((r) => r.kind === 'app-client' && r.props)
    .map((r) => {
      const definition = toPlain(r.props) as Record<string, unknown>;
      const clientId = typeof definition.ClientId === 'string' ? definition.ClientId : undefined;
      const clientName = typeof definition.ClientName === 'string' ? definition.ClientName : undefined;
      return { label: r.logicalId ?? clientName ?? clientId ?? 'app client', clientId, clientName, definition };
    });
}

/** The local definition that describes the live client: same ClientId, else same ClientName, else the only one. */
export function matchLocalClient(candidates: LocalClient[], live: UserPoolClient): LocalClient | undefined {
  return candidates.find((c) => c.clientId && c.clientId === live.ClientId)
    ?? candidates.find((c) => c.clientName && c.clientName === live.ClientName)
    ?? (candidates.length === 1 ? candidates[0] : undefined);
}

/** Both sides of Compare with Local File as UpdateUserPoolClient inputs for the same pool and client. */
export function compareTexts(live: UserPoolClient, local: LocalClient): { live: string; local: string } {
  const ids = { UserPoolId: live.UserPoolId, ClientId: live.ClientId };
  const show = (v: Record<string, unknown>) => `${JSON.stringify(v, null, 4)}\n`;
  return { live: show(toUpdateClientInput(live as Record<string, unknown>, ids)), local: show(toUpdateClientInput(local.definition, ids)) };
}
