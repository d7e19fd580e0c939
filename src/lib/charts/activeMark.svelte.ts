/** How a card was opened: a pointer's card follows the pointer; a focused one stays until focus moves. */
export type OpenedBy = 'pointer' | 'focus';

/** Where a card points: the mark's box, in the chart container's pixels. */
export interface Anchor {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** How long a hovered card stays open after the pointer leaves its mark, for the pointer to reach it. */
const HOVER_GRACE_MS = 400;

/**
 * Which mark's card is open, where, and whether it is pinned: shared by hover, keyboard focus and tap.
 * A hovered card stays open while the pointer travels to it; a click, a tap or Enter pins it until
 * Escape, another pin or a click elsewhere.
 */
export class ActiveMark<T> {
  datum = $state.raw<T | null>(null);
  anchor = $state.raw<Anchor>({ x: 0, y: 0, width: 0, height: 0 });
  pinned = $state(false);
  /** The pointer reached the card: it takes pointer events (until then the marks under it do). */
  engaged = $state(false);
  openedBy = $state<OpenedBy>('pointer');
  /** The open card's element, set by the card: the pointer's way to it keeps it open. */
  card = $state.raw<HTMLElement | null>(null);
  #closeTimer: ReturnType<typeof setTimeout> | undefined;
  /** The mark the card belongs to, for focus to go back to when the card closes from inside. */
  #origin: HTMLElement | SVGElement | null = null;

  show(
    datum: T,
    anchor: Anchor,
    openedBy: OpenedBy = 'pointer',
    pin = false,
    origin: HTMLElement | SVGElement | null = null,
  ): void {
    this.cancelClose();
    this.datum = datum;
    this.anchor = anchor;
    this.openedBy = openedBy;
    this.pinned = pin;
    this.engaged = false;
    this.#origin = origin;
  }

  hide(): void {
    this.cancelClose();
    this.datum = null;
    this.pinned = false;
    this.engaged = false;
  }

  /** Focus is going back to a mark whose card was just closed: that focus must not open it again. */
  returning = false;

  /** Closes the card; with `returnFocus`, focus goes back to its mark (Escape inside the card). */
  close({ returnFocus = false } = {}): void {
    const origin = this.#origin;
    this.hide();
    if (!returnFocus) return;
    this.returning = true;
    origin?.focus();
    this.returning = false;
  }

  /** Closes a hovered card soon, unless the pointer reaches the card or a mark first. */
  closeSoon(): void {
    if (this.pinned || this.datum === null) return;
    this.cancelClose();
    this.#closeTimer = setTimeout(() => this.hide(), HOVER_GRACE_MS);
  }

  cancelClose(): void {
    clearTimeout(this.#closeTimer);
    this.#closeTimer = undefined;
  }

  /**
   * Focus left a mark: close its card unless focus moved into the card, or the card is pinned, or the
   * pointer opened it (a pointer's card closes when the pointer leaves).
   */
  blur(event: FocusEvent): void {
    const next = event.relatedTarget;
    if (next instanceof Node && this.card?.contains(next)) return;
    if (this.pinned || this.openedBy === 'pointer') return;
    this.hide();
  }
}

/** Whether a point lies inside the convex hull of `from` and a rectangle: on the way from there to it. */
export function onTheWay(
  from: { x: number; y: number },
  to: { x: number; y: number },
  rect: { left: number; top: number; right: number; bottom: number },
): boolean {
  const { x, y } = to;
  if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  const corners = [
    [rect.left, rect.top],
    [rect.right, rect.top],
    [rect.right, rect.bottom],
    [rect.left, rect.bottom],
  ] as const;
  const side = (ax: number, ay: number, bx: number, by: number) =>
    (bx - ax) * (y - ay) - (by - ay) * (x - ax);
  return corners.some(([ax, ay], i) => {
    const [bx, by] = corners[(i + 1) % 4]!;
    const s1 = side(from.x, from.y, ax, ay);
    const s2 = side(ax, ay, bx, by);
    const s3 = side(bx, by, from.x, from.y);
    return (s1 >= 0 && s2 >= 0 && s3 >= 0) || (s1 <= 0 && s2 <= 0 && s3 <= 0);
  });
}
