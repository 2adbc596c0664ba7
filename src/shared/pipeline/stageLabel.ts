import type { OpportunityStage } from '../domain/opportunity.ts';
import type { OpportunityStagesValue } from '../domain/setting.ts';

/**
 * The label the company gave a stage in the UI language (`zh…` reads the Chinese label, anything
 * else the English), falling back to the other language; undefined when the setting has none,
 * so the caller shows its built-in translation.
 */
export function stageLabel(
  stage: OpportunityStage,
  setting: OpportunityStagesValue | undefined,
  language: string,
): string | undefined {
  const label = setting?.stages.find((item) => item.stage === stage)?.label;
  if (label === undefined) return undefined;
  const [preferred, other] = language.toLowerCase().startsWith('zh')
    ? [label.zh, label.en]
    : [label.en, label.zh];
  return preferred.trim() || other.trim() || undefined;
}
