// Hooks install one by one: a property another script made unchangeable is skipped and named.
import { expect, test } from 'vitest';
import { patch, setter, unhooked, DROP } from '../../src/blocking/hook';

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
