import { i18n } from '#i18n';
import type { PlanCaution } from '../../domain/plan-types';

interface Props {
  caution: PlanCaution;
  /** Where space is short (a list of habits, a picker) the caution's opening words stand for it. */
  short?: boolean;
}

/** The guide's own caution beside a task that names medicines or supplements, quoted and marked as the guide's. */
export function PlanCautionNote({ caution, short = false }: Props) {
  return (
    <p class="callout callout-caution today-caution" role="note" aria-label={i18n.t('plan.cautionLabel')}>
      {short ? i18n.t('plan.cautionShort', [caution.short]) : i18n.t('plan.caution', [caution.full])}
    </p>
  );
}
