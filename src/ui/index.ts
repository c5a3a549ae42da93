// Interface chunk (issue #4 builds it out).
import type { UiBridge, UiModule } from '../core/ui-port';
import type { View } from '../core/types';

let root: HTMLElement | null = null;

export function show(view: View, bridge: UiBridge): void {
  hide();
  root = document.createElement('div');
  root.id = 'consentry';
  root.setAttribute('data-view', view);
  const b = (label: string, act: () => Promise<unknown>) => {
    const x = document.createElement('button');
    x.textContent = label;
    x.onclick = () => act();
    root!.appendChild(x);
  };
  b('Accept all', bridge.acceptAll);
  b('Reject all', bridge.rejectAll);
  document.body.appendChild(root);
}

export function hide(): void {
  root?.remove();
  root = null;
}

export const ui: UiModule = { show, hide };
