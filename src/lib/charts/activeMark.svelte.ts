/** How a card was opened: a pointer's card follows the pointer; a focused one stays until focus moves. */
export type OpenedBy = 'pointer' | 'focus';

/** Which mark's card is open, and where: shared by hover, keyboard focus and tap. */
export class ActiveMark<T> {
  datum = $state.raw<T | null>(null);
  /** Anchor of the card in the chart container's coordinates. */
  anchor = $state.raw<{ x: number; y: number }>({ x: 0, y: 0 });
  #openedBy: OpenedBy = 'pointer';

  show(datum: T, anchor: { x: number; y: number }, openedBy: OpenedBy = 'pointer'): void {
    this.datum = datum;
    this.anchor = anchor;
    this.#openedBy = openedBy;
  }

  hide(): void {
    this.datum = null;
  }

  /**
   * Hides the card when focus or the pointer leaves a mark, unless it moves into the card itself; a
   * pointer passing over the chart does not close the card of a focused mark.
   */
  leave(
    event: FocusEvent | PointerEvent | KeyboardEvent,
    container: HTMLElement | undefined,
  ): void {
    if (event instanceof PointerEvent && this.#openedBy === 'focus') return;
    const next = 'relatedTarget' in event ? event.relatedTarget : null;
    if (next instanceof Node && container?.querySelector('.card')?.contains(next)) return;
    this.hide();
  }

  /** The pointer left the card: close it, if the pointer opened it. */
  leaveCard(): void {
    if (this.#openedBy === 'pointer') this.hide();
  }
}
