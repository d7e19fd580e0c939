/**
 * Spreads the marks of a slot (a year, a country row) that overlap along the value axis side by side, so
 * that no figure hides another, and leaves the others on the slot's centre line: returns each item's
 * offset in pixels from its slot's centre. Each mark, in value order, takes the first lane free at its
 * extent, lanes alternating either side of the centre (0, +1, −1, +2, …); `step` pixels apart, or closer
 * where a slot needs more lanes than its `maxSpread` holds.
 */
export function dodge<T>(
  items: readonly T[],
  slotOf: (item: T) => number,
  extentOf: (item: T) => readonly [number, number],
  step: number,
  maxSpread: number | ((slot: number) => number),
  gap = 6,
): number[] {
  const bySlot = new Map<number, number[]>();
  items.forEach((item, index) => {
    const slot = slotOf(item);
    const members = bySlot.get(slot) ?? [];
    members.push(index);
    bySlot.set(slot, members);
  });
  const offsets = new Array<number>(items.length).fill(0);
  for (const [slot, members] of bySlot) {
    const room = typeof maxSpread === 'number' ? maxSpread : maxSpread(slot);
    const extents = members.map((index) => {
      const [a, b] = extentOf(items[index]!);
      return [Math.min(a, b), Math.max(a, b)] as const;
    });
    const order = members.map((_, i) => i).sort((a, b) => extents[a]![0] - extents[b]![0]);
    const laneEnds: number[] = [];
    const lanes = new Array<number>(members.length);
    for (const i of order) {
      const [start, end] = extents[i]!;
      let lane = laneEnds.findIndex((laneEnd) => start - laneEnd >= gap);
      if (lane === -1) lane = laneEnds.push(end) - 1;
      else laneEnds[lane] = end;
      lanes[i] = lane;
    }
    const side = (lane: number) => (lane % 2 === 1 ? (lane + 1) / 2 : -lane / 2);
    const sides = lanes.map(side);
    const spread = Math.max(...sides) - Math.min(...sides);
    const spacing = spread > 0 ? Math.min(step, room / spread) : 0;
    const centre = (Math.max(...sides) + Math.min(...sides)) / 2;
    members.forEach((index, i) => {
      offsets[index] = (sides[i]! - centre) * spacing;
    });
  }
  return offsets;
}

/**
 * Puts labels at x positions into the fewest rows where neighbours stay `gap` pixels apart;
 * returns each label's row.
 */
export function stackLabels(xs: number[], gap: number): number[] {
  const rowEnds: number[] = [];
  return xs.map((x) => {
    let row = rowEnds.findIndex((end) => x - end >= gap);
    if (row === -1) {
      row = rowEnds.length;
      rowEnds.push(x);
    } else {
      rowEnds[row] = x;
    }
    return row;
  });
}
