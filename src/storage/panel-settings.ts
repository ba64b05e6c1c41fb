/**
 * What a platform page's panel gets of the user's settings (settings.get from a content script): what it needs
 * on this origin and nothing more. Not the item list (the panel asks for the entries its page names,
 * itemList.match), not the other platforms the user added, not other origins' or departments' profile choices,
 * not the overrides (the profile in force comes resolved through profile.active).
 */
import type { Settings } from './settings';

export interface PanelSettings {
  /** The user's department: templates are saved and offered under it. */
  department?: string;
  sandboxPort: number;
  /** This page's origin when the user added it, else none (overlayPlace decides from it). */
  origins: string[];
  /** The panel's own state, collapsed or open per kind of page (its 收起/展开 button). */
  panelCollapsed: Settings['panelCollapsed'];
}

export function panelSettings(s: Settings, origin: string): PanelSettings {
  return { ...(s.department !== undefined ? { department: s.department } : {}), sandboxPort: s.sandboxPort, origins: s.origins.includes(origin) ? [origin] : [], panelCollapsed: s.panelCollapsed };
}
