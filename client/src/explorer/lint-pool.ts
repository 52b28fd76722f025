import { createLanguageService } from '../../../server/src/language-service';
import type { Problem } from '../../../server/src/rules/types';
import { LIVE_SUPPRESSED_RULES, snapshotDocuments, type ConfigDocument, type PoolSnapshot } from '../aws/snapshot';

export interface LintedDocument {
  uri: string;
  document: ConfigDocument;
  problems: Problem[];
}

/**
 * Runs the rule engine over a pool's describe outputs as one workspace: the pool, its resource servers and domains
 * are indexed first, so every client is checked against the pool's real scopes and tier. No `vscode` here.
 */
export function lintSnapshot(snapshot: PoolSnapshot, uriOf: (doc: ConfigDocument) => string, onRuleError?: (ruleId: string, error: unknown) => void): LintedDocument[] {
  const service = createLanguageService({ onRuleError });
  const docs = snapshotDocuments(snapshot).map((document) => ({ uri: uriOf(document), document }));
  for (const d of docs) service.update(d.uri, d.document.text, 'json');
  return docs.map((d) => ({ ...d, problems: service.validate(d.uri).filter((p) => !LIVE_SUPPRESSED_RULES.has(p.ruleId)) }));
}

/** `<scheme>://<region>/<poolId>/<path>`: the stable identifier of one live document. */
export function liveUri(scheme: string, region: string, poolId: string, doc: ConfigDocument): string {
  return `${scheme}://${region}/${poolId}/${doc.path}`;
}
