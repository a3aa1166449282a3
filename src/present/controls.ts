/**
 * A clean audience view: the controls stay out of the room's sight until the
 * trainer moves the mouse or tabs into them, and fade a few seconds after.
 * Every action also has a key (see the deck), so a clicker or keyboard never
 * needs them. The presenter view shows them all the time (CSS).
 */
const visibleFor = 3000;

export function fadeControls(page: HTMLElement, controls: HTMLElement): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hide = () => {
    // Not while the pointer rests on them or a control has focus: the trainer is using them.
    if (controls.matches(':hover, :focus-within')) { timer = setTimeout(hide, visibleFor); return; }
    page.classList.remove('deck-page--controls');
  };
  const reveal = () => {
    page.classList.add('deck-page--controls');
    clearTimeout(timer);
    timer = setTimeout(hide, visibleFor);
  };
  for (const type of ['mousemove', 'pointerdown', 'focusin'] as const) document.addEventListener(type, (e) => {
    if (type !== 'focusin' || controls.contains(e.target as Node)) reveal();
  });
}
