// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { drawFirstFrame } from '../../entrypoints/popup/first-frame';
import { FIRST_FRAME_COPY_KEY, firstFrameKey, readFirstFrame, writeFirstFrame } from '../../storage/first-frame-copy';
import { SYMPTOM_LIST_COPY_KEY } from '../../storage/symptom-list-copy';
import { memoryStorage } from '../support/memory-storage';

const FRAME =
  '<div class="symptom-grid"><button data-symptom="fatigue" aria-pressed="false">Fatigue</button><button data-symptom="bloating" aria-pressed="false">Bloating</button></div><input>';

describe("the popup's first frame copy", () => {
  it('is drawn only for the build, language and symptom list copy it was made for', () => {
    const store = memoryStorage({ [SYMPTOM_LIST_COPY_KEY]: '{"v":1,"value":"list A"}' });
    const key = firstFrameKey('/chunks/popup-1.js', 'en', store);
    writeFirstFrame(key, FRAME, store);
    expect(readFirstFrame(firstFrameKey('/chunks/popup-1.js', 'en', store), store)).toBe(FRAME);
    expect(readFirstFrame(firstFrameKey('/chunks/popup-2.js', 'en', store), store)).toBeUndefined();
    expect(readFirstFrame(firstFrameKey('/chunks/popup-1.js', 'de', store), store)).toBeUndefined();
    store.setItem(SYMPTOM_LIST_COPY_KEY, '{"v":1,"value":"list B"}');
    expect(readFirstFrame(firstFrameKey('/chunks/popup-1.js', 'en', store), store)).toBeUndefined();
  });

  it('is ignored when damaged, and never throws when localStorage fails', () => {
    for (const raw of ['not json', 'null', '{"key":"k"}', '{"key":"k","html":3}']) {
      expect(readFirstFrame('k', memoryStorage({ [FIRST_FRAME_COPY_KEY]: raw })), raw).toBeUndefined();
    }
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('full');
      },
    };
    expect(readFirstFrame(firstFrameKey('b', 'en', broken), broken)).toBeUndefined();
    expect(() => writeFirstFrame('k', FRAME, broken)).not.toThrow();
  });
});

describe("the popup's first script", () => {
  it('draws nothing and keeps nothing without a copy', () => {
    const root = document.createElement('div');
    const early = drawFirstFrame(root, undefined);
    expect(early.drawn).toBe(false);
    expect(root.innerHTML).toBe('');
    expect(early.handOver()).toEqual([]);
  });

  it('draws the copy as inert markup, and draws nothing from a copy that holds script or handlers', () => {
    const root = document.createElement('div');
    expect(drawFirstFrame(root, FRAME).drawn).toBe(true);
    expect(root.querySelectorAll('button[data-symptom]')).toHaveLength(2);
    // The copy lives in the extension's localStorage; one altered there must not become running code.
    for (const hostile of [
      '<button data-symptom="a" onclick="alert(1)">A</button>',
      '<script>alert(1)</script><button data-symptom="a">A</button>',
      '<a href="javascript:alert(1)">A</a>',
      '<iframe src="about:blank"></iframe>',
      '<img src="x" onerror="alert(1)">',
    ]) {
      const other = document.createElement('div');
      expect(drawFirstFrame(other, hostile).drawn, hostile).toBe(false);
      expect(other.childNodes, hostile).toHaveLength(0);
    }
  });

  it('keeps clicks and digit keys on symptom buttons, in order, until the app takes over', () => {
    const root = document.createElement('div');
    document.body.append(root);
    const early = drawFirstFrame(root, FRAME);
    expect(early.drawn).toBe(true);
    const fatigue = root.querySelector<HTMLElement>('[data-symptom="fatigue"]')!;
    const bloating = root.querySelector<HTMLElement>('[data-symptom="bloating"]')!;

    fatigue.click();
    expect(fatigue.getAttribute('aria-pressed')).toBe('true');
    const digit = new KeyboardEvent('keydown', { key: '3', bubbles: true, cancelable: true });
    bloating.dispatchEvent(digit);
    expect(digit.defaultPrevented).toBe(true);
    // Not a severity: left alone.
    bloating.dispatchEvent(new KeyboardEvent('keydown', { key: '7', bubbles: true }));
    bloating.dispatchEvent(new KeyboardEvent('keydown', { key: '2', ctrlKey: true, bubbles: true }));
    root.querySelector('input')!.click();

    expect(early.handOver()).toEqual([{ symptomId: 'fatigue' }, { symptomId: 'bloating', severity: 3 }]);
    // Handed over: the app handles what comes next, never both.
    bloating.click();
    expect(early.handOver()).toHaveLength(2);
    expect(bloating.getAttribute('aria-pressed')).toBe('false');
    root.remove();
  });
});
