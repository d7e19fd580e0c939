/**
 * Spreads the marks of a slot (a year, a country row) that overlap along the value axis side by side, so
 * that no figure hides another, and leaves the others on the slot's centre line: returns each item's
 * offset in pixels from its slot's centre. Marks overlap when their extents come within `gap` pixels,
 * directly or through other marks; each such cluster is spread about the centre on its own. In a cluster,
 * each mark, in value order, takes the first lane free at its extent, lanes alternating either side of
 * the centre (0, +1, −1, +2, …); `step` pixels apart, or closer where a cluster needs more lanes than its
 * slot's `maxSpread` holds.
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
    const extents = new Map(
      members.map((index) => {
        const [a, b] = extentOf(items[index]!);
        return [index, [Math.min(a, b), Math.max(a, b)] as const];
      }),
    );
    const order = [...members].sort((a, b) => extents.get(a)![0] - extents.get(b)![0]);
    const clusters: number[][] = [];
    let reach = -Infinity;
    for (const index of order) {
      const [start, end] = extents.get(index)!;
      if (start - reach >= gap) clusters.push([index]);
      else clusters.at(-1)!.push(index);
      reach = Math.max(reach, end);
    }
    for (const cluster of clusters) {
      const laneEnds: number[] = [];
      const sides = cluster.map((index) => {
        const [start, end] = extents.get(index)!;
        let lane = laneEnds.findIndex((laneEnd) => start - laneEnd >= gap);
        if (lane === -1) lane = laneEnds.push(end) - 1;
        else laneEnds[lane] = end;
        return lane % 2 === 1 ? (lane + 1) / 2 : -lane / 2;
      });
      const spread = Math.max(...sides) - Math.min(...sides);
      const spacing = spread > 0 ? Math.min(step, room / spread) : 0;
      const centre = (Math.max(...sides) + Math.min(...sides)) / 2;
      cluster.forEach((index, i) => {
        offsets[index] = (sides[i]! - centre) * spacing;
      });
    }
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
