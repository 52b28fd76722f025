import { createLanguageService } from '../../server/src/language-service';

export interface CaseResult {
  /** What threw, if anything did (a rule that throws is reported through onRuleError, and counts too). */
  error?: string;
  ms: number;
}

/** Runs one document through everything a keystroke reaches: parse + detect + all rules + completion + hover. */
export function runCase(text: string, hint: 'json' | 'yaml', probes: number[]): CaseResult {
  const start = performance.now();
  const ruleErrors: string[] = [];
  try {
    const service = createLanguageService({ onRuleError: (id, e) => ruleErrors.push(`${id}: ${e instanceof Error ? e.stack : String(e)}`) });
    const uri = `file:///fuzz/doc.${hint}`;
    service.update(uri, text, hint);
    service.validate(uri);
    for (const offset of probes) {
      service.complete(uri, Math.min(offset, text.length));
      service.hover(uri, Math.min(offset, text.length));
    }
  } catch (e) {
    return { error: e instanceof Error ? (e.stack ?? e.message) : String(e), ms: performance.now() - start };
  }
  return { error: ruleErrors[0], ms: performance.now() - start };
}
