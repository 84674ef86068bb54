import { i18n } from '#i18n';
import { formatRoute } from '../../domain/panel-route';

interface Props {
  onOpen: () => void;
}

/** On the plan's journal day: a real link to the journal, opened with the form ready to write. */
export function PlanJournalLink({ onOpen }: Props) {
  return (
    <a
      href={formatRoute({ view: 'journal', compose: true })}
      class="today-why plan-journal-link"
      onClick={(event) => {
        event.preventDefault();
        onOpen();
      }}
    >
      {i18n.t('journal.openFromPlan')}
    </a>
  );
}
