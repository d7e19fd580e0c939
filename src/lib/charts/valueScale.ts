import { scaleLinear, scaleSymlog, type ScaleContinuousNumeric } from 'd3-scale';
import { extent, max } from 'd3-array';

// A spread wider than this (highest over lowest positive figure) is drawn on a log scale.
const logScaleSpread = 100;

/**
 * A value axis for figures: linear from zero, or, when figures span more than two orders of magnitude,
 * a symmetric log scale (log above 1, linear near 0, so a reported zero still has a place).
 */
export function valueScale(
  values: number[],
  range: [number, number],
): { scale: ScaleContinuousNumeric<number, number>; isLog: boolean; ticks: number[] } {
  const [lo = 1, hi = 1] = extent(values.filter((value) => value > 0));
  const top = max(values) ?? 10;
  if (hi / lo > logScaleSpread) {
    const scale = scaleSymlog()
      .domain([0, top * 1.3])
      .range(range);
    const ticks = [0];
    for (let power = 1; 10 ** power <= top * 1.3; power++) ticks.push(10 ** power);
    return { scale, isLog: true, ticks };
  }
  const scale = scaleLinear().domain([0, top]).range(range).nice();
  return {
    scale,
    isLog: false,
    ticks: scale.ticks(Math.max(3, Math.floor((range[1] - range[0]) / 110))),
  };
}
