import { render } from 'preact';
import { effect } from '@preact/signals';
import guide from 'virtual:guide';
import '../../components/styles.css';
import '../../components/app/panel.css';
import '../../components/guide/guide.css';
import { PanelApp } from '../../components/app/PanelApp';
import { GuideView } from '../../components/guide/GuideView';
import { createRouterModel } from '../../models/router-model';
import { createGuideModel } from '../../models/guide-model';
import { panelViewItem, readingProgressItem } from '../../storage/items';

async function main() {
  const guideModel = createGuideModel(guide, readingProgressItem);
  const [lastView] = await Promise.all([panelViewItem.get(), guideModel.load()]);
  const router = createRouterModel(window, { view: lastView });

  // A deep link (#/guide/<id>/<anchor>) opens that section; the hash follows the section being read.
  effect(() => {
    const { view, sectionId, anchor } = router.route.value;
    if (view === 'guide' && sectionId && (sectionId !== guideModel.current.peek().id || anchor)) {
      guideModel.open(sectionId, { anchor });
    }
  });
  effect(() => {
    const sectionId = guideModel.current.value.id;
    if (router.route.peek().view === 'guide' && router.route.peek().sectionId !== sectionId) router.go({ view: 'guide', sectionId });
  });
  effect(() => void panelViewItem.set(router.route.value.view));

  render(
    <PanelApp
      router={router}
      views={{
        today: () => null,
        guide: () => <GuideView model={guideModel} />,
        journal: () => null,
        data: () => null,
      }}
    />,
    document.getElementById('app')!,
  );
}

void main();
