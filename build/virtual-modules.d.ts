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

/** The URL of a module built as a chunk of its own (build/chunk-url.ts), to load later with `import(url)`. */
declare module '*?chunk-url' {
  const url: string;
  export default url;
}
