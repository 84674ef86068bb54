import { i18n } from '#i18n';
import { formatRoute } from '../../domain/panel-route';
import type { PlanLink } from '../../domain/plan-types';

interface Props {
  link: PlanLink;
  onOpen: (link: PlanLink) => void;
}

/** "Why this helps": a real link to the guide section (the hash route), opened in place. */
export function WhyLink({ link, onOpen }: Props) {
  const href = formatRoute({ view: 'guide', sectionId: link.sectionId, ...(link.anchor ? { anchor: link.anchor } : {}) });
  return (
    <a
      href={href}
      class="today-why"
      onClick={(event) => {
        event.preventDefault();
        onOpen(link);
      }}
    >
      {i18n.t('plan.why', [link.label])}
    </a>
  );
}
