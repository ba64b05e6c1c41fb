import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { msg } from './i18n';
import { trusted } from './trusted';
import { guardMode, watchVisibility, type VisibilityWatch } from './visibility-guard';

/**
 * A consequential button of the panel (it logs, saves, fills or exports): it acts on the user's own
 * click (`isTrusted`) and only when the browser says the button was in plain sight when pressed
 * (src/ui/visibility-guard.ts). A click on a covered or altered button does nothing, writes nothing,
 * and says so beside the button in the user's language.
 */
export function GuardedButton(props: { class: string; disabled?: boolean; title?: string; onAct: () => unknown; children: ComponentChildren }) {
  const ref = useRef<HTMLButtonElement>(null);
  const watch = useRef<VisibilityWatch | null>(null);
  const [refused, setRefused] = useState(false);
  useEffect(() => {
    const button = ref.current!;
    const root = button.getRootNode();
    watch.current = watchVisibility(button, root instanceof ShadowRoot ? root.host : null);
    return () => watch.current?.stop();
  }, []);
  const click = async (e: MouseEvent) => {
    const w = watch.current;
    if (!w || !(await w.allows(e))) return setRefused(true);
    setRefused(false);
    await props.onAct();
  };
  return (
    <>
      <button
        ref={ref}
        type="button"
        class={props.class}
        disabled={props.disabled}
        title={props.title}
        data-guard={guardMode()}
        data-refused={refused ? 'covered' : undefined}
        onPointerDown={trusted((e: PointerEvent) => watch.current?.pressed(e))}
        onClick={trusted(click)}
      >
        {props.children}
      </button>
      {refused && (
        <p class="covered" role="alert">
          {msg('guard.covered', { button: ref.current?.textContent?.trim() ?? '' })}
        </p>
      )}
    </>
  );
}
