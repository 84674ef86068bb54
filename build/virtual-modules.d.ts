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

/** Loads a module built as a chunk of its own (build/lazy-chunk.ts). */
declare module '*?lazy-chunk' {
  const load: () => Promise<unknown>;
  export default load;
}
