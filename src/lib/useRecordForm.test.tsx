/** A form over a record that changes while it is open: the rules, without any screen. */
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useRecordForm } from './useRecordForm';

type Note = { readonly title: string; readonly note: string };

function formOver(saved: Note) {
  return renderHook(({ record }) => useRecordForm(record), { initialProps: { record: saved } });
}

const first: Note = { title: 'Training', note: '' };

describe('useRecordForm', () => {
  it('follows the record while untouched, and is never unsaved then', () => {
    const { result, rerender } = formOver(first);
    rerender({ record: { title: 'Training', note: 'Booked elsewhere.' } });
    expect(result.current.values.note).toBe('Booked elsewhere.');
    expect(result.current.changedElsewhere).toBeNull();
    expect(result.current.unsaved).toBe(false);
  });

  it('keeps edits over a change elsewhere and names only the fields that changed', () => {
    const { result, rerender } = formOver(first);
    act(() => result.current.edit((values) => ({ ...values, note: 'Mine.' })));
    rerender({ record: { title: 'Training for leads', note: '' } });
    expect(result.current.values).toEqual({ title: 'Training', note: 'Mine.' });
    expect(result.current.changedElsewhere).toEqual(['title']);
  });

  it('holds a save back until the person chooses, then saves their values', async () => {
    const { result, rerender } = formOver(first);
    act(() => result.current.edit((values) => ({ ...values, note: 'Mine.' })));
    rerender({ record: { title: 'Training', note: 'Theirs.' } });
    const written: Note[] = [];
    const write = (values: Note) => (written.push(values), Promise.resolve());
    let saved = true;
    await act(async () => void (saved = (await result.current.save(write)) !== null));
    expect([saved, written, result.current.heldBack]).toEqual([false, [], 1]);

    act(() => result.current.keepMine());
    expect(result.current.changedElsewhere).toBeNull();
    expect(result.current.unsaved).toBe(true);
    await act(async () => void (saved = (await result.current.save(write)) !== null));
    expect([saved, written]).toEqual([true, [{ title: 'Training', note: 'Mine.' }]]);
  });

  it('takes its own save, stored trimmed, as its own', async () => {
    const { result, rerender } = formOver(first);
    act(() => result.current.edit((values) => ({ ...values, note: '  Mine.  ' })));
    await act(async () => {
      await result.current.save(async () =>
        rerender({ record: { title: 'Training', note: 'Mine.' } }),
      );
    });
    expect(result.current.changedElsewhere).toBeNull();
    expect(result.current.values.note).toBe('Mine.');
    expect(result.current.unsaved).toBe(false);
  });

  it('after a refused save, says the record changed elsewhere while it ran', async () => {
    const { result, rerender } = formOver(first);
    act(() => result.current.edit((values) => ({ ...values, note: 'Mine.' })));
    await act(async () => {
      await expect(
        result.current.save(async () => {
          rerender({ record: { title: 'Training', note: 'Theirs.' } });
          throw new Error('refused');
        }),
      ).rejects.toThrow('refused');
    });
    expect(result.current.values.note).toBe('Mine.');
    expect(result.current.changedElsewhere).toEqual(['note']);
  });

  it('drops the edits for the saved version when the person asks', () => {
    const { result, rerender } = formOver(first);
    act(() => result.current.edit((values) => ({ ...values, note: 'Mine.' })));
    rerender({ record: { title: 'Training', note: 'Theirs.' } });
    act(() => result.current.takeSaved());
    expect(result.current.values.note).toBe('Theirs.');
    expect(result.current.changedElsewhere).toBeNull();
    expect(result.current.edited).toBe(false);
  });
});
