/** Which mark's card is open, and where: shared by hover, keyboard focus and tap. */
export class ActiveMark<T> {
  datum = $state.raw<T | null>(null);
  /** Anchor of the card in the chart container's coordinates. */
  anchor = $state.raw<{ x: number; y: number }>({ x: 0, y: 0 });

  show(datum: T, anchor: { x: number; y: number }): void {
    this.datum = datum;
    this.anchor = anchor;
  }

  hide(): void {
    this.datum = null;
  }

  /** Hides the card when focus or the pointer leaves a mark, unless it moves into the card itself. */
  leave(
    event: FocusEvent | PointerEvent | KeyboardEvent,
    container: HTMLElement | undefined,
  ): void {
    const next = 'relatedTarget' in event ? event.relatedTarget : null;
    if (next instanceof Node && container?.querySelector('.card')?.contains(next)) return;
    this.hide();
  }
}
