// The fixed widths the static figures are drawn at on the server.

/** The chart's width in px on frames at least NARROW_BELOW px wide. */
export const WIDE_WIDTH = 640;
/** The chart's width in px on narrower frames (phones), where the page's charts change layout too. */
export const NARROW_WIDTH = 360;
/** Below this frame width (px) the narrow drawing shows; the charts' own breakpoint. */
export const NARROW_BELOW = 560;
