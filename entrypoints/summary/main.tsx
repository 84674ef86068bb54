import { render } from 'preact';
import '../../components/styles.css';
import '../../components/summary/summary.css';
import plan from 'virtual:plan';
import { builtInSymptomName } from '../../components/log/symptom-names';
import { SummaryPage } from '../../components/summary/SummaryPage';
import { startSummaryPage } from '../../models/summary-page';

void startSummaryPage(builtInSymptomName).then(({ model, nameOf }) =>
  render(
    <SummaryPage
      model={model}
      names={{ symptom: nameOf, habit: (id) => plan.habits.find((habit) => habit.id === id)?.text ?? id }}
      onPrint={() => window.print()}
    />,
    document.getElementById('app')!,
  ),
);
