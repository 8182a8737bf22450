import { Button, type ButtonProps, type ElementProps } from '@mantine/core';
import { useMergedRef } from '@mantine/hooks';
import { useEffect, useRef, type Ref } from 'react';

type BusyButtonProps = ButtonProps &
  ElementProps<'button', keyof ButtonProps> & { readonly ref?: Ref<HTMLButtonElement> };

/**
 * A button that shows while what it started is under way (`loading`), and keeps the keyboard's
 * place meanwhile. Mantine disables a loading button, and the browser takes the focus away from a
 * disabled one, to nowhere: a person who pressed "Save" with the keyboard, or through a screen
 * reader, was left at the top of the page with nothing said. Once it is done, the button has the
 * focus again, if it had it when pressed and nothing has taken it since (an error summary does).
 */
export function BusyButton({ loading, onClick, ref, ...props }: BusyButtonProps) {
  const button = useRef<HTMLButtonElement>(null);
  const refs = useMergedRef(button, ref);
  const pressedWithFocus = useRef(false);
  useEffect(() => {
    if (loading || !pressedWithFocus.current) return;
    pressedWithFocus.current = false;
    const focused = document.activeElement;
    if (focused === null || focused === document.body) button.current?.focus();
  }, [loading]);
  return (
    <Button
      {...props}
      ref={refs}
      loading={loading}
      onClick={(event) => {
        pressedWithFocus.current = event.currentTarget === document.activeElement;
        onClick?.(event);
      }}
    />
  );
}
