/** A box on screen, as getBoundingClientRect gives it. */
export interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface DialogPlace {
  left: number;
  /** From the frame's top (below, beside), or (above) the dialog's bottom from the frame's bottom: held to the button, it grows upwards. */
  top?: number;
  bottom?: number;
  /** A height cap when neither above nor below the button leaves room for the whole dialog. */
  maxHeight?: number;
  /** Where it sits against the button (kept on the element for tests and styles: the arrow's side). */
  side: 'above' | 'below' | 'beside';
}

const GAP = 8;
const EDGE = 8;

/**
 * Where the save confirmation goes: by the 保存/提交 button that was clicked, as the platform's own
 * layer.confirm opens at the action — above it when the dialog fits there (form buttons sit at the foot of
 * the form, so above keeps the form in view), else below, else on the side with more room, shortened to fit.
 * Horizontally it lines up with the button and stays inside the frame.
 */
export function placeDialog(shown: Box, dialog: { width: number; height: number }, view: { width: number; height: number }): DialogPlace {
  // A button out of view (a script clicked it, or the page scrolled since) counts as at the nearest edge.
  const clamp = (y: number) => Math.max(0, Math.min(view.height, y));
  // (Fields copied one by one: a DOMRect's are getters, which a spread does not copy.)
  const button = { left: shown.left, right: shown.right, top: clamp(shown.top), bottom: clamp(shown.bottom) };
  const width = Math.min(dialog.width, view.width - 2 * EDGE);
  const centre = (button.left + button.right) / 2;
  const left = Math.round(Math.max(EDGE, Math.min(centre - width / 2, view.width - width - EDGE)));
  const roomAbove = button.top - GAP - EDGE;
  const roomBelow = view.height - button.bottom - GAP - EDGE;
  // Above: pinned by its bottom, so a dialog that grows after it is placed (a font, a line added) stays clear of the button.
  const above = Math.round(view.height - button.top + GAP);
  if (dialog.height <= roomAbove) return { left, bottom: above, side: 'above' };
  if (dialog.height <= roomBelow) return { left, top: Math.round(button.bottom + GAP), side: 'below' };
  // Neither fits whole: the larger side, scrolled inside; a button at the very edge gets the whole frame.
  const room = Math.max(roomAbove, roomBelow);
  if (room < 160) return { left, top: EDGE, maxHeight: view.height - 2 * EDGE, side: 'beside' };
  return roomAbove >= roomBelow
    ? { left, bottom: above, maxHeight: roomAbove, side: 'above' }
    : { left, top: Math.round(button.bottom + GAP), maxHeight: roomBelow, side: 'below' };
}
