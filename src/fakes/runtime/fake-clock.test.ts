import { expect, test } from "vitest";
import { FakeClock } from "./fake-clock.js";

test("manual clock runs jobs only when advanced, in time order", () => {
  const clock = new FakeClock("manual", 100);
  const seen: string[] = [];
  clock.after(2, () => seen.push("b"));
  clock.after(1, () => {
    seen.push("a");
    clock.after(1, () => seen.push("c"));
  });
  clock.runDue();
  expect(seen).toEqual([]);
  clock.advance(1);
  expect(seen).toEqual(["a"]);
  clock.advance(1);
  expect(seen).toEqual(["a", "b", "c"]);
  expect(clock.pending()).toBe(0);
});

test("settle advances until no work is left", () => {
  const clock = new FakeClock("manual", 5);
  let count = 0;
  const tick = () => {
    if (++count < 4) clock.after(1, tick);
  };
  clock.after(1, tick);
  clock.settle();
  expect(count).toBe(4);
});

test("a negative step length is refused", () => {
  expect(() => new FakeClock("manual", -1)).toThrow(/non-negative/);
});

test("many jobs run in (time, scheduling) order", () => {
  const clock = new FakeClock("manual", 1);
  const seen: number[] = [];
  const plan = Array.from({ length: 500 }, (_, i) => ({ id: i, steps: (i * 7919) % 13 }));
  for (const job of plan) clock.after(job.steps, () => seen.push(job.id));
  clock.advance(20);
  const expected = [...plan].sort((a, b) => a.steps - b.steps || a.id - b.id).map((j) => j.id);
  expect(seen).toEqual(expected);
});
