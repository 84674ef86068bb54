import { describe, expect, it } from 'vitest';
import { clearPageStorage } from '../../storage/page-storage';
import { memoryStorage } from '../support/memory-storage';

describe('clearPageStorage', () => {
  it('removes every Gutwise copy of stored values (plan, symptom list), logs still pending and unsaved edits, and nothing else', () => {
    const store = memoryStorage({
      'gutwise.plan': '{"v":1}',
      'gutwise.symptomList': '{"v":1}',
      'gutwise.pendingLog.l-1': '{"v":1}',
      'gutwise.editDraft.e-1': '{"v":1}',
      other: 'x',
    });
    clearPageStorage(store);
    expect([...store.data.keys()]).toEqual(['other']);
  });
});
