import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canonical,
  EMPTY_STATE,
  join,
  liveFields,
  readState,
  record,
  restart,
  type FieldState,
  type Json,
} from '../../domain/lww-map';

const fieldName = fc.constantFrom('a', 'b', 'c', 'd', 'e');
const value = fc.oneof(fc.integer({ min: 0, max: 3 }), fc.constantFrom('x', 'y'), fc.constant(null));
const state: fc.Arbitrary<FieldState> = fc.record({
  epoch: fc.integer({ min: 0, max: 3 }),
  fields: fc.dictionary(
    fieldName,
    fc.tuple(value, fc.integer({ min: 0, max: 5 })).map(([v, t]) => [v, t] as [Json, number]),
  ),
});
const same = (a: FieldState, b: FieldState) => expect(canonical(a)).toBe(canonical(b));

describe('join', () => {
  it('is commutative, associative and idempotent, so the order browsers hear of changes never matters', () => {
    fc.assert(
      fc.property(state, state, state, (a, b, c) => {
        same(join(a, b), join(b, a));
        same(join(join(a, b), c), join(a, join(b, c)));
        same(join(a, a), a);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps both of two changes to different fields made at the same time', () => {
    const base = record(EMPTY_STATE, { time: '09:00', enabled: false }, 100);
    const here = record(base, { time: '07:30', enabled: false }, 200);
    const there = record(base, { time: '09:00', enabled: true }, 200);
    expect(liveFields(join(here, there))).toEqual({ time: '07:30', enabled: true });
  });

  it('lets a later epoch (delete all, replace) win over older changes from a browser that had not heard of it', () => {
    const old = record(EMPTY_STATE, { custom: 'Headache' }, 100);
    const deleted = restart(old, {}, 200);
    const staleEdit = record(old, { custom: 'Migraine' }, 150);
    expect(liveFields(join(staleEdit, deleted))).toEqual({});
    expect(liveFields(join(deleted, staleEdit))).toEqual({});
  });
});

describe('record', () => {
  it('stamps a change later than the previous stamp even when this clock is behind', () => {
    const ahead = record(EMPTY_STATE, { a: 1 }, 5_000);
    const behind = record(ahead, { a: 2 }, 1_000);
    expect(behind.fields.a).toEqual([2, 5_001]);
    expect(liveFields(join(ahead, behind))).toEqual({ a: 2 });
  });

  it('marks a field that went away as removed, so an older copy cannot bring it back', () => {
    const both = record(EMPTY_STATE, { a: 1, b: 2 }, 100);
    const without = record(both, { a: 1 }, 200);
    expect(liveFields(join(both, without))).toEqual({ a: 1 });
  });

  it('leaves unchanged fields with their old stamp', () => {
    const first = record(EMPTY_STATE, { a: 1, b: 2 }, 100);
    expect(record(first, { a: 1, b: 3 }, 200).fields.a).toEqual([1, 100]);
  });
});

describe('replicas that write and exchange in any order', () => {
  type Op =
    | { kind: 'write'; replica: number; fields: Record<string, Json>; clock: number }
    | { kind: 'restart'; replica: number; clock: number }
    | { kind: 'send'; from: number; to: number };
  const op: fc.Arbitrary<Op> = fc.oneof(
    {
      weight: 5,
      arbitrary: fc.record({
        kind: fc.constant('write' as const),
        replica: fc.nat(2),
        fields: fc.dictionary(fieldName, value),
        clock: fc.nat(50),
      }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('restart' as const), replica: fc.nat(2), clock: fc.nat(50) }) },
    { weight: 4, arbitrary: fc.record({ kind: fc.constant('send' as const), from: fc.nat(2), to: fc.nat(2) }) },
  );

  it('end with the same state once everyone has heard from everyone', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const replicas: FieldState[] = [EMPTY_STATE, EMPTY_STATE, EMPTY_STATE];
        for (const o of ops) {
          if (o.kind === 'write')
            replicas[o.replica] = record(replicas[o.replica]!, { ...liveFields(replicas[o.replica]!), ...o.fields }, o.clock);
          else if (o.kind === 'restart') replicas[o.replica] = restart(replicas[o.replica]!, {}, o.clock);
          else replicas[o.to] = join(replicas[o.to]!, replicas[o.from]!);
        }
        // Everyone tells everyone, twice round.
        for (let round = 0; round < 2; round++)
          for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) replicas[j] = join(replicas[j]!, replicas[i]!);
        same(replicas[0]!, replicas[1]!);
        same(replicas[1]!, replicas[2]!);
      }),
      { numRuns: 300 },
    );
  });
});

describe('readState', () => {
  it('reads what was stored and refuses other shapes', () => {
    const stored = { v: 1, e: 3, f: { a: [1, 2] } };
    expect(readState(JSON.parse(JSON.stringify(stored)))).toEqual({ epoch: 3, fields: { a: [1, 2] } });
    expect(readState([1, 2])).toBeUndefined();
    expect(readState({ e: 'x', f: {} })).toBeUndefined();
  });

  it('never lets a field named __proto__ reach an object prototype', () => {
    const hostile = readState(JSON.parse('{"e":0,"f":{"__proto__":[{"polluted":true},9],"a":[1,1]}}'))!;
    expect(Object.keys(hostile.fields)).toEqual(['a']);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });
});
