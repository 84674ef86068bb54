/**
 * The code of the side panel's Today and journal views, built as a chunk of its own: a panel opening on the guide
 * (its default view) evaluates none of it before its first frame. app/panel.tsx requests it at once when the panel
 * opens on Today or the journal, and otherwise when the page is idle after its first frame, before anyone could
 * switch views.
 */
import type { ComponentProps } from 'preact';
import { BackupReminderNotice } from '../components/data/BackupReminderNotice';
import { TodayCard } from '../components/today/TodayCard';
import { TodayLogs } from '../components/today/TodayLogs';
import { TodayView } from '../components/today/TodayView';

export { JournalSlot } from '../components/journal/JournalSlot';
export { startBrowserJournal } from './journal';

interface TodayPanelProps {
  card: ComponentProps<typeof TodayCard>;
  logs: ComponentProps<typeof TodayLogs>;
  backup: ComponentProps<typeof BackupReminderNotice>;
}

/** Today: the plan's card, the day's logs, and below them the export reminder. */
export function TodayPanel({ card, logs, backup }: TodayPanelProps) {
  return (
    <>
      <TodayView card={<TodayCard {...card} />} logs={<TodayLogs {...logs} />} />
      {/* Below the day's content: it appears when idle, and must never push a button from under a pointer. */}
      <BackupReminderNotice {...backup} />
    </>
  );
}
