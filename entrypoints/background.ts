import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../app/background';

export default defineBackground(() => startBackground());
