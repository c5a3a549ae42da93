// Hooks install one by one: a property another script made unchangeable is skipped and named.
import { expect, test } from 'vitest';
import { patch, replay, setter, unhooked, DROP } from '../../src/blocking/hook';

test('a non-configurable property is named in unhooked; the other names of the same call are hooked', () => {
  class Thing {}
  const p = Thing.prototype as any;
  let set = '';
  Object.defineProperty(p, 'src', { set(v: string) { set = v; }, configurable: false });
  Object.defineProperty(p, 'href', { set(v: string) { set = v; }, configurable: true });
  p.go = () => 'original';
  Object.defineProperty(p, 'stuck', { value: () => 'stuck', writable: false, configurable: false });
  unhooked.length = 0;
  patch(p, 'src href', setter((_, v) => (v === 'blocked' ? DROP : v)), 'set');
  patch(p, 'stuck go', (o) => () => 'hooked ' + o());
  expect(unhooked).toEqual(['Thing.prototype.src (setter)', 'Thing.prototype.stuck()']);
  const t = new Thing() as any;
  t.href = 'blocked';
  expect(set).toBe('');
  t.href = 'ok';
  expect(set).toBe('ok');
  expect(t.go()).toBe('hooked original');
  expect(t.stuck()).toBe('stuck');
  unhooked.length = 0;
});

test('replay installs every hook again over another window\'s own originals (a frame\'s), its getters and the window\'s own functions too, reporting nothing twice', () => {
  // This window's interface and function, and a frame's: same names, other objects.
  class Gadget {}
  const here = Gadget.prototype as any;
  here.go = () => 'here';
  Object.defineProperty(here, 'win', { get: () => 'here win', configurable: true });
  const w = window as any;
  w.ping = () => 'here ping';
  patch(here, 'go', (o) => () => 'hooked ' + o());
  patch(here, 'win', (g) => function (this: unknown) { return 'seen ' + g.call(this); }, 'get');
  patch(w, 'ping', (o) => () => 'hooked ' + o());
  class Frame {}
  const there = Frame.prototype as any;
  there.go = () => 'there';
  Object.defineProperty(there, 'win', { get: () => 'there win', configurable: true });
  const frameWindow = { Gadget: Frame, ping: () => 'there ping' } as any;
  unhooked.length = 0;
  replay(frameWindow);
  const t = new Frame() as any;
  expect(t.go()).toBe('hooked there');
  expect(t.win).toBe('seen there win');
  expect(frameWindow.ping()).toBe('hooked there ping');
  expect((new Gadget() as any).go()).toBe('hooked here');
  expect(unhooked).toEqual([]);
  delete w.ping;
});
