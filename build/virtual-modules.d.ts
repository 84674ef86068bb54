declare module 'virtual:guide' {
  import type { Guide } from '@/domain/guide-types';
  const guide: Guide;
  export default guide;
}

declare module 'virtual:plan' {
  import type { PlanContent } from '@/domain/plan-types';
  const plan: PlanContent;
  export default plan;
}
