/**
 * Focuses a form's first field; a radio group gets its checked radio (or its first one), as the browser's own
 * Tab would, so the keyboard lands where arrow keys continue the choice.
 */
export function focusFirstField(root: Element | null | undefined): void {
  const field = root?.querySelector<HTMLElement>('input, textarea, select');
  if (!(field instanceof HTMLInputElement) || field.type !== 'radio') return void field?.focus();
  const group = root!.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(field.name)}"]`);
  ([...group].find((radio) => radio.checked) ?? field).focus();
}
