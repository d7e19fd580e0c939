/**
 * Spreads marks that share a slot (a year, a country row) side by side, so that no figure
 * hides another: returns each item's offset in pixels from its slot's centre.
 */
export function dodge<T>(
  items: T[],
  slotOf: (item: T) => number,
  step: number,
  maxSpread: number,
): number[] {
  const bySlot = new Map<number, number[]>();
  items.forEach((item, index) => {
    const slot = slotOf(item);
    const members = bySlot.get(slot) ?? [];
    members.push(index);
    bySlot.set(slot, members);
  });
  const offsets = new Array<number>(items.length).fill(0);
  for (const members of bySlot.values()) {
    const spacing = Math.min(step, members.length > 1 ? maxSpread / (members.length - 1) : step);
    members.forEach((index, rank) => {
      offsets[index] = (rank - (members.length - 1) / 2) * spacing;
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
