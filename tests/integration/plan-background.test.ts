import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import plan from 'virtual:plan';
import { markDay, startCycle } from '../../domain/plan-actions';
import { EMPTY_PLAN } from '../../domain/plan-state';
import { MIDNIGHT_ALARM, REMINDER_ALARM, REMINDER_NOTIFICATION } from '../../models/plan-background';
import { registerPlanBackground, type PlanBrowserEvents } from '../../app/plan-events';
import { panelViewItem, planItem, planReminderItem } from '../../storage/items';
import type { Clock } from '../../domain/clock';
import { zoneOffset } from '../support/zone-clock';

// WXT's fake browser has no `permissions`; the plan only listens to permissions.onAdded.
const api: PlanBrowserEvents = {
  ...(fakeBrowser as unknown as PlanBrowserEvents),
  permissions: { onAdded: { addListener: () => undefined } },
};

/** A clock the test moves by hand, in New York (the machine's own zone never matters). */
function testClock(iso: string, zone = 'America/New_York'): Clock & { set(ms: number): void; zone(z: string): void } {
  let now = Date.parse(iso);
  let timeZone = zone;
  return {
    now: () => now,
    timeZone: () => timeZone,
    offsetAt: (epochMs) => zoneOffset(timeZone, epochMs),
    set: (ms) => void (now = ms),
    zone: (z) => void (timeZone = z),
  };
}

const badge = () => fakeBrowser.action.getBadgeText({});
const title = () => fakeBrowser.action.getTitle({});
const alarm = (name: string) => fakeBrowser.alarms.get(name);
const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());

/** Fires an alarm as the browser does when its time comes: the clock reaches it, then onAlarm. */
async function fire(clock: ReturnType<typeof testClock>, name: string) {
  const due = await alarm(name);
  if (!due) throw new Error(`no alarm ${name}`);
  clock.set(due.scheduledTime);
  await fakeBrowser.alarms.clear(name);
  await fakeBrowser.alarms.onAlarm.trigger({ name, scheduledTime: due.scheduledTime });
}

/** What a browser restart leaves: the stored data, and nothing else (no badge, listeners or alarms). */
async function restartBrowser() {
  const [local, sync] = await Promise.all([fakeBrowser.storage.local.get(), fakeBrowser.storage.sync.get()]);
  fakeBrowser.reset();
  await Promise.all([fakeBrowser.storage.local.set(local), fakeBrowser.storage.sync.set(sync)]);
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the toolbar badge', () => {
  it('shows nothing and sets no alarm without a plan', async () => {
    registerPlanBackground(api, plan, testClock('2026-03-08T12:00:00-04:00'));
    await vi.waitFor(async () => expect(await title()).toBe('Gutwise'));
    expect(await badge()).toBe('');
    expect(await alarm(MIDNIGHT_ALARM)).toBeUndefined();
  });

  it('turns to the next day when the midnight alarm fires, and re-arms for the midnight after (New York, spring forward)', async () => {
    await planItem.set(startCycle(EMPTY_PLAN, '2026-03-06'));
    const clock = testClock('2026-03-08T12:00:00-04:00');
    registerPlanBackground(api, plan, clock);
    await vi.waitFor(async () => expect(await badge()).toBe('3'));
    expect(await title()).toBe(`Gutwise: day 3 of 7, ${plan.days[2]!.task}`);
    expect(iso((await alarm(MIDNIGHT_ALARM))?.scheduledTime)).toBe('2026-03-09T04:00:00.000Z');

    await fire(clock, MIDNIGHT_ALARM);
    await vi.waitFor(async () => expect(await badge()).toBe('4'));
    expect(iso((await alarm(MIDNIGHT_ALARM))?.scheduledTime)).toBe('2026-03-10T04:00:00.000Z');
  });

  it('after a browser restart (a fresh background) shows the right day again and re-arms the alarm', async () => {
    await planItem.set(startCycle(EMPTY_PLAN, '2026-10-30'));
    const clock = testClock('2026-11-01T20:00:00-05:00');
    registerPlanBackground(api, plan, clock);
    await vi.waitFor(async () => expect(await badge()).toBe('3'));

    await restartBrowser();
    expect(await badge()).toBe('');
    expect(await alarm(MIDNIGHT_ALARM)).toBeUndefined();
    clock.set(Date.parse('2026-11-02T08:00:00-05:00')); // the browser was closed over midnight
    registerPlanBackground(api, plan, clock);
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(async () => expect(await badge()).toBe('4'));
    expect(iso((await alarm(MIDNIGHT_ALARM))?.scheduledTime)).toBe('2026-11-03T05:00:00.000Z');
  });

  it('shows a check mark as soon as any context marks today done, and the day again on undo', async () => {
    await planItem.set(startCycle(EMPTY_PLAN, '2026-03-27'));
    const clock = testClock('2026-03-29T10:00:00+02:00', 'Europe/Berlin');
    registerPlanBackground(api, plan, clock);
    await vi.waitFor(async () => expect(await badge()).toBe('3'));
    await planItem.update((s) => markDay(s, 3, 'done', '2026-03-29'));
    await vi.waitFor(async () => expect(await badge()).toBe('✓'));
    expect(await title()).toBe('Gutwise: day 3 of 7 done');
    await fire(clock, MIDNIGHT_ALARM);
    await vi.waitFor(async () => expect(await badge()).toBe('4'));
    expect(iso((await alarm(MIDNIGHT_ALARM))?.scheduledTime)).toBe('2026-03-30T22:00:00.000Z');
  });

  it('re-arms midnight in the new zone after the computer moved from Berlin to New York', async () => {
    await planItem.set(startCycle(EMPTY_PLAN, '2026-06-01'));
    const clock = testClock('2026-06-04T20:00:00+02:00', 'Europe/Berlin');
    registerPlanBackground(api, plan, clock);
    await vi.waitFor(async () => expect(iso((await alarm(MIDNIGHT_ALARM))?.scheduledTime)).toBe('2026-06-04T22:00:00.000Z'));
    clock.zone('America/New_York');
    await fire(clock, MIDNIGHT_ALARM); // Berlin midnight: still the 4th in New York
    await vi.waitFor(async () => expect(iso((await alarm(MIDNIGHT_ALARM))?.scheduledTime)).toBe('2026-06-05T04:00:00.000Z'));
    expect(await badge()).toBe('4');
    await fire(clock, MIDNIGHT_ALARM);
    await vi.waitFor(async () => expect(await badge()).toBe('5'));
  });
});

describe('the daily reminder', () => {
  async function setUp(reminder = { enabled: true, time: '09:00' }) {
    await planItem.set(startCycle(EMPTY_PLAN, '2026-03-06'));
    await planReminderItem.set(reminder);
    const clock = testClock('2026-03-08T07:00:00-04:00');
    registerPlanBackground(api, plan, clock);
    await vi.waitFor(async () => expect(await badge()).toBe('3'));
    return clock;
  }

  it('is off by default: no alarm, no notification', async () => {
    await planItem.set(startCycle(EMPTY_PLAN, '2026-03-06'));
    registerPlanBackground(api, plan, testClock('2026-03-08T07:00:00-04:00'));
    await vi.waitFor(async () => expect(await badge()).toBe('3'));
    expect(await alarm(REMINDER_ALARM)).toBeUndefined();
  });

  it("notifies at the chosen local time with today's task, then re-arms for tomorrow", async () => {
    const clock = await setUp();
    expect(iso((await alarm(REMINDER_ALARM))?.scheduledTime)).toBe('2026-03-08T13:00:00.000Z');
    await fire(clock, REMINDER_ALARM);
    await vi.waitFor(async () => expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([REMINDER_NOTIFICATION]));
    const shown = (await fakeBrowser.notifications.getAll())[REMINDER_NOTIFICATION] as { title: string; message: string };
    expect(shown).toMatchObject({ title: 'Day 3 of 7 in your plan', message: plan.days[2]!.task });
    await vi.waitFor(async () => expect(iso((await alarm(REMINDER_ALARM))?.scheduledTime)).toBe('2026-03-09T13:00:00.000Z'));
  });

  it("stays quiet when today's task is already done", async () => {
    const clock = await setUp();
    await planItem.update((s) => markDay(s, 3, 'done', '2026-03-08'));
    await vi.waitFor(async () => expect(await badge()).toBe('✓'));
    await fire(clock, REMINDER_ALARM);
    await vi.waitFor(async () => expect(iso((await alarm(REMINDER_ALARM))?.scheduledTime)).toBe('2026-03-09T13:00:00.000Z'));
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  it('drops a reminder from a day the computer slept through', async () => {
    const clock = await setUp();
    const due = (await alarm(REMINDER_ALARM))!;
    clock.set(Date.parse('2026-03-09T07:30:00-04:00'));
    await fakeBrowser.alarms.onAlarm.trigger({ name: REMINDER_ALARM, scheduledTime: due.scheduledTime });
    await vi.waitFor(async () => expect(iso((await alarm(REMINDER_ALARM))?.scheduledTime)).toBe('2026-03-09T13:00:00.000Z'));
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  it('a click opens Today: here the browser has no side panel, so the panel page opens in a tab at #/today', async () => {
    const clock = await setUp();
    await panelViewItem.set('guide');
    await fire(clock, REMINDER_ALARM);
    await vi.waitFor(async () => expect(Object.keys(await fakeBrowser.notifications.getAll())).toHaveLength(1));
    await fakeBrowser.notifications.onClicked.trigger(REMINDER_NOTIFICATION);
    await vi.waitFor(async () => {
      const urls = (await fakeBrowser.tabs.query({})).map((t) => t.url);
      expect(urls).toContain('chrome-extension://test-extension-id/sidepanel.html#/today');
    });
    expect(await panelViewItem.get()).toBe('today');
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  it('turning the reminder off clears its alarm', async () => {
    await setUp();
    await planReminderItem.set({ enabled: false, time: '09:00' });
    await vi.waitFor(async () => expect(await alarm(REMINDER_ALARM)).toBeUndefined());
  });
});
