import { tick } from 'svelte';
import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';
import type { ActiveMark } from './activeMark.svelte';

/**
 * Where the open card goes: beside its mark, flipped and shifted to stay inside the viewport (below the
 * mark if it fits, else above, else beside it), and placed again when its content changes size. A card
 * opened by the keyboard is scrolled into view.
 * `ready` stays false until the card is placed, so that it never flashes at the container's corner.
 */
export function placeCard(getActive: () => ActiveMark<unknown>) {
  const place = $state({ x: 0, y: 0, ready: false });
  $effect(() => {
    const active = getActive();
    const element = active.card;
    const container = element?.offsetParent;
    if (!element || !container) return;
    const { x, y, width, height } = active.anchor;
    const openedBy = active.openedBy;
    const reference = {
      contextElement: container,
      getBoundingClientRect() {
        const box = container.getBoundingClientRect();
        const left = box.left + x;
        const top = box.top + y;
        return {
          x: left,
          y: top,
          left,
          top,
          width,
          height,
          right: left + width,
          bottom: top + height,
        };
      },
    };
    let cancelled = false;
    const update = () =>
      computePosition(reference, element, {
        strategy: 'absolute',
        placement: 'bottom',
        middleware: [
          offset(8),
          flip({ fallbackPlacements: ['top', 'right', 'left'], padding: 8 }),
          // A card flipped beside its mark is kept inside the width too (a phone's edge), not only
          // the height.
          shift(({ placement }) => ({
            padding: 8,
            crossAxis: placement === 'left' || placement === 'right',
          })),
        ],
      }).then(async (position) => {
        if (cancelled) return;
        place.x = position.x;
        place.y = position.y;
        place.ready = true;
        // Scrolled to where it now is, once the new position is drawn, not where it was.
        await tick();
        if (!cancelled && openedBy === 'focus')
          element.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      });
    // Scrolling moves the card with its chart; only a change of its size needs it placed again.
    const stop = autoUpdate(reference, element, () => void update(), {
      ancestorScroll: false,
      ancestorResize: false,
      layoutShift: false,
    });
    return () => {
      cancelled = true;
      stop();
    };
  });
  return place;
}
