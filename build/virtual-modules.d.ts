declare module 'virtual:guide' {
  import type { Guide } from '@/domain/guide-types';
  const guide: Guide;
  export default guide;
}
