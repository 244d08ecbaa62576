/**
 * Shared by the renderer benchmark and the typing profile (`_profile-typing.ts`): the long
 * article, the keys typed, and per-key figures from the Event Timing API — the browser's own
 * "event to next paint" (`duration`, what INP uses) and input delay + handlers
 * (`processingEnd - startTime`).
 *
 * Two sources for the same figures:
 * - the standard PerformanceObserver (`type: 'event'`). The spec lets it report only entries of
 *   at least 16 ms and rounds `duration` to 8 ms, so it can say how many keys took 16 ms or more
 *   but not what the faster ones took;
 * - Chromium's `EventTiming` trace events (category `devtools.timeline`), which carry the same
 *   entry for every event, unrounded and below the threshold. These give the percentiles; the
 *   observer's count is the cross-check that both agree.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Block } from '../shared/model/article';
import { createArticle } from '../shared/model/create';

const ROOT = resolve(import.meta.dirname, '..');
export const SEED_NAME = '000_96a0e40e744c17ac.txt';

/** One burst: ten keys, typed back to back, then a pause. */
export const BURST = 'kata baru ';
export const BURSTS = 12;

export const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? NaN;
};

/** A native article of about `words` words, paragraphs cut from the seed's long lines. */
export function longArticle(words: number): string {
  const sentences = readFileSync(join(ROOT, 'seeds', SEED_NAME), 'utf8')
    .split(/\n+/)
    .filter((l) => l.split(' ').length > 12);
  const blocks: Block[] = [];
  let n = 0;
  while (n < words) {
    const text = sentences[blocks.length % sentences.length]!;
    n += text.split(/\s+/).length;
    blocks.push({ id: `b${blocks.length + 1}`, type: 'paragraph', text, marks: [] });
  }
  const article = createArticle({
    id: 'art-bench',
    language: 'id',
    headline: 'Artikel panjang untuk uji kecepatan mengetik',
    byline: { authors: [{ name: 'Willy Haryono' }], published: '2025-09-29T18:33:00+07:00' },
    dateline: { place: 'Beijing' },
    blocks,
  });
  return JSON.stringify(article);
}

/** The fields of a PerformanceEventTiming (or its trace event) that the figures use. */
export interface EventEntry {
  type: string;
  startTime: number;
  duration: number;
  processingStart: number;
  processingEnd: number;
  interactionId: number;
}

/** One typed key: its keydown, keypress, beforeinput and input taken together. */
export interface KeyTiming {
  startTime: number;
  /** Keydown to the next paint after the key's handlers: the largest duration of its events. */
  duration: number;
  /** Keydown to the end of the last of its handlers: input delay + processing. */
  processed: number;
}

const KEY_EVENTS = new Set(['keydown', 'keypress', 'beforeinput', 'input']);

/**
 * Groups events per key. Each keydown opens a key; keypress shares its interactionId, while
 * beforeinput and input (interactionId 0) are dispatched during the keypress's default action,
 * so each belongs to the last keydown before it. Needs every event, i.e. the trace's entries.
 */
export function keysFromEvents(events: EventEntry[]): KeyTiming[] {
  const sorted = events
    .filter((e) => KEY_EVENTS.has(e.type))
    .sort((a, b) => a.startTime - b.startTime || (a.type === 'keydown' ? -1 : 1));
  const keys: { start: number; end: number; paint: number }[] = [];
  for (const e of sorted) {
    if (e.type === 'keydown') {
      keys.push({ start: e.startTime, end: e.processingEnd, paint: e.startTime + e.duration });
      continue;
    }
    const k = keys[keys.length - 1];
    if (!k) continue; // the tail of a key pressed before the window
    k.end = Math.max(k.end, e.processingEnd);
    k.paint = Math.max(k.paint, e.startTime + e.duration);
  }
  return keys.map((k) => ({
    startTime: k.start,
    duration: k.paint - k.start,
    processed: k.end - k.start,
  }));
}

/**
 * The observer's view: per interaction (keydown + keypress, as INP groups them), the largest
 * reported duration. Keys with no entry took under 16 ms (the threshold); they count as 0.
 */
export function observerDurations(entries: EventEntry[], keys: number): number[] {
  const byId = new Map<number, number>();
  for (const e of entries) {
    if (e.interactionId === 0 || (e.type !== 'keydown' && e.type !== 'keypress')) continue;
    byId.set(e.interactionId, Math.max(byId.get(e.interactionId) ?? 0, e.duration));
  }
  const reported = [...byId.values()];
  return [...reported, ...Array<number>(Math.max(0, keys - reported.length)).fill(0)];
}

/** Starts the standard observer on the page; `takeObserved` reads what it saw since. */
export async function observeEventTiming(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __et: EventEntry[] };
    w.__et = [];
    const from = performance.now();
    // 16 ms is the smallest threshold the spec allows.
    const init: PerformanceObserverInit & { durationThreshold: number } = {
      type: 'event',
      durationThreshold: 16,
      buffered: true,
    };
    new PerformanceObserver((list) => {
      // TypeScript's DOM library predates interactionId and durationThreshold.
      for (const e of list.getEntries() as (PerformanceEventTiming & { interactionId: number })[]) {
        if (e.startTime < from) continue;
        w.__et.push({
          type: e.name,
          startTime: e.startTime,
          duration: e.duration,
          processingStart: e.processingStart,
          processingEnd: e.processingEnd,
          interactionId: e.interactionId,
        });
      }
    }).observe(init);
  });
}

export async function takeObserved(page: Page): Promise<EventEntry[]> {
  // Entries are queued until after the paint they measure; give the last key's paint time.
  await page.waitForTimeout(200);
  return page.evaluate(() => (window as unknown as { __et: EventEntry[] }).__et);
}

interface TraceEvent {
  name: string;
  ph: string;
  args?: { data?: Record<string, unknown> };
}

/** Every Event Timing entry Chromium recorded in a trace, from `from` (page time) on. */
export function eventsFromTrace(trace: Buffer, from: number): EventEntry[] {
  const parsed = JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] };
  const out: EventEntry[] = [];
  for (const ev of parsed.traceEvents) {
    if (ev.name !== 'EventTiming' || ev.ph !== 'b') continue;
    const d = ev.args?.data;
    if (!d || typeof d.timeStamp !== 'number' || d.timeStamp < from) continue;
    out.push({
      type: String(d.type),
      startTime: d.timeStamp,
      duration: Number(d.duration),
      processingStart: Number(d.processingStart),
      processingEnd: Number(d.processingEnd),
      interactionId: Number(d.interactionId),
    });
  }
  return out;
}

/** The Event Timing figures for one run of `type` on `page`. */
export interface EventTimingRun {
  /** From the trace: every key, unrounded. */
  keys: KeyTiming[];
  /** From the standard observer: per key, 0 when under its 16 ms threshold. */
  observed: number[];
}

/**
 * Runs `type` (which presses `keys` keys) with the observer on and the trace recording, and
 * returns both views. The trace holds only `devtools.timeline`, the category the entries are in;
 * BENCH_TRACE_DIR=<dir> keeps it as `<dir>/<name>.trace.json`.
 */
export async function measureEventTiming(
  name: string,
  browser: Browser,
  page: Page,
  keys: number,
  type: () => Promise<void>,
): Promise<EventTimingRun> {
  await observeEventTiming(page);
  const from = await page.evaluate(() => performance.now());
  await browser.startTracing(page, { categories: ['devtools.timeline'] });
  await type();
  const observedEntries = await takeObserved(page);
  const trace = await browser.stopTracing();
  // For a closer look at slow keys (which tasks ran between a key and its paint).
  if (process.env.BENCH_TRACE_DIR)
    writeFileSync(join(process.env.BENCH_TRACE_DIR, `${name}.trace.json`), trace);
  const traced = keysFromEvents(eventsFromTrace(trace, from));
  return { keys: traced, observed: observerDurations(observedEntries, keys) };
}

/**
 * Gaps between keys for steady typing: about ten keys a second (a fast typist, ~120 words a
 * minute), uneven as real typing is. The bursts type ten times faster than any person, so
 * several keys share one frame and the debounced checks only run between bursts; at this pace
 * the checks and the app's re-render run between keys, where a real key can land on them.
 */
const STEADY_GAPS_MS = [70, 110, 90, 130, 80, 150, 100, 60, 120, 95];

export async function typeSteady(page: Page): Promise<void> {
  let i = 0;
  for (let burst = 0; burst < BURSTS; burst++) {
    for (const ch of BURST) {
      await page.keyboard.press(ch === ' ' ? 'Space' : ch, { delay: 0 });
      await page.waitForTimeout(STEADY_GAPS_MS[i++ % STEADY_GAPS_MS.length]!);
    }
  }
  await page.waitForTimeout(400);
}

/** Presses the bursts' keys as the benchmark has always typed them: no delay within a burst. */
export async function typeBursts(page: Page, pauseMs: number, afterBurst?: () => Promise<void>) {
  for (let burst = 0; burst < BURSTS; burst++) {
    for (const ch of BURST) await page.keyboard.press(ch === ' ' ? 'Space' : ch, { delay: 0 });
    await page.waitForTimeout(pauseMs);
    await afterBurst?.();
  }
}
