import { Input } from '@mantine/core';
import type { ChangeEvent } from 'react';

/**
 * A labelled file picker. The browser's own file input is kept (it is the most accessible and the
 * one every assistive technology knows); the label and hint come from the UI kit.
 */
export function FileField({
  id,
  label,
  description,
  accept,
  multiple = false,
  onChoose,
}: {
  readonly id: string;
  readonly label: string;
  readonly description: string;
  readonly accept: string;
  readonly multiple?: boolean;
  readonly onChoose: (files: File[]) => void;
}) {
  return (
    <Input.Wrapper
      label={label}
      description={description}
      id={`${id}-wrapper`}
      labelProps={{ htmlFor: id }}
    >
      <input
        id={id}
        type="file"
        accept={accept}
        multiple={multiple}
        aria-describedby={`${id}-wrapper-description`}
        onChange={(event: ChangeEvent<HTMLInputElement>) =>
          onChoose([...(event.currentTarget.files ?? [])])
        }
      />
    </Input.Wrapper>
  );
}
