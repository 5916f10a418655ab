import type { ReactNode } from "react";
import { FormattedMessage, useIntl } from "react-intl";

/**
 * A list of short texts (goals, constraints, hand-over duties): one labelled input per line,
 * each removable, and a button to add one. `id` is the anchor of the whole list; line `i` gets
 * `${id}-${i}` so findings about one line can link to it.
 */
export function TextListField(props: LineListProps<string>) {
  return <LineList {...props} newValue={() => ""} />;
}

/** Lines that keep an id across edits (must-haves that proposals point at). */
export function ItemListField(props: LineListProps<{ id: string; text: string }>) {
  return <LineList {...props} newValue={() => ({ id: crypto.randomUUID(), text: "" })} />;
}

type LineListProps<T> = {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  itemLabel: (index: number) => string;
  addLabel: ReactNode;
  values: T[];
  onChange: (values: T[]) => void;
  maxLength?: number;
  /** Values offered as the person types (time zones, for instance). */
  suggestions?: readonly string[];
};

function textOf(value: string | { id: string; text: string }): string {
  return typeof value === "string" ? value : value.text;
}

function withText<T extends string | { id: string; text: string }>(value: T, text: string): T {
  if (typeof value === "string") return text as T;
  return { id: value.id, text } as T;
}

function LineList<T extends string | { id: string; text: string }>({
  id,
  legend,
  hint,
  itemLabel,
  addLabel,
  values,
  onChange,
  maxLength = 1000,
  suggestions,
  newValue,
}: LineListProps<T> & { newValue: () => T }) {
  const intl = useIntl();
  const hintId = `${id}-hint`;
  const listId = suggestions ? `${id}-suggestions` : undefined;
  return (
    <fieldset className="field list-field" id={id} aria-describedby={hint ? hintId : undefined}>
      <legend>{legend}</legend>
      {hint ? (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {values.map((value, index) => (
        <div className="list-line" key={typeof value === "string" ? index : value.id}>
          <input
            type="text"
            id={`${id}-${index}`}
            aria-label={itemLabel(index)}
            list={listId}
            value={textOf(value)}
            maxLength={maxLength}
            onChange={(event) =>
              onChange(
                values.map((old, i) => (i === index ? withText(old, event.target.value) : old)),
              )
            }
          />
          <button
            type="button"
            className="button-secondary button-small"
            aria-label={intl.formatMessage({ id: "list.remove.label" }, { item: itemLabel(index) })}
            onClick={() => onChange(values.filter((_, i) => i !== index))}
          >
            <FormattedMessage id="list.remove" />
          </button>
        </div>
      ))}
      <AddButton onClick={() => onChange([...values, newValue()])}>{addLabel}</AddButton>
      {suggestions ? (
        <datalist id={listId}>
          {suggestions.map((suggestion) => (
            <option key={suggestion} value={suggestion} />
          ))}
        </datalist>
      ) : null}
    </fieldset>
  );
}

export function AddButton({ onClick, children }: { onClick: () => void; children: ReactNode }) {
  return (
    <button type="button" className="button-secondary button-small align-start" onClick={onClick}>
      {children}
    </button>
  );
}

/**
 * A repeated group of fields (a deliverable, a milestone, a person): each item in its own
 * fieldset with a numbered legend and a remove button. Item `i` is anchored at `${id}-${i}`.
 */
export function RepeatedGroup<T>({
  id,
  legend,
  hint,
  items,
  itemLegend,
  addLabel,
  newItem,
  onChange,
  renderItem,
  keyOf,
}: {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  items: T[];
  itemLegend: (index: number) => string;
  addLabel: ReactNode;
  newItem: () => T;
  onChange: (items: T[]) => void;
  renderItem: (item: T, update: (item: T) => void, index: number) => ReactNode;
  keyOf: (item: T, index: number) => string;
}) {
  const intl = useIntl();
  return (
    <fieldset className="field repeated-group" id={id}>
      <legend>{legend}</legend>
      {hint ? <p className="field-hint">{hint}</p> : null}
      {items.map((item, index) => (
        <fieldset className="field repeated-item" key={keyOf(item, index)} id={`${id}-${index}`}>
          <legend>{itemLegend(index)}</legend>
          {renderItem(
            item,
            (next) => onChange(items.map((old, i) => (i === index ? next : old))),
            index,
          )}
          <button
            type="button"
            className="button-secondary button-small align-start"
            aria-label={intl.formatMessage(
              { id: "list.remove.label" },
              { item: itemLegend(index) },
            )}
            onClick={() => onChange(items.filter((_, i) => i !== index))}
          >
            <FormattedMessage id="list.remove" />
          </button>
        </fieldset>
      ))}
      <AddButton onClick={() => onChange([...items, newItem()])}>{addLabel}</AddButton>
    </fieldset>
  );
}
