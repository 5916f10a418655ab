import { useId, type ReactNode } from "react";
import { Link } from "react-router";

export interface EmptyStateAction {
  to: string;
  label: ReactNode;
}

/**
 * What an empty list says instead of one line: why it is empty, what the next step is, and a
 * button to take it (a second, quieter link when there is another way forward).
 */
export function EmptyState({
  title,
  body,
  action,
  secondary,
}: {
  title: ReactNode;
  body: ReactNode;
  action?: EmptyStateAction | undefined;
  secondary?: EmptyStateAction | undefined;
}) {
  const titleId = useId();
  return (
    <section className="card stack empty-state" aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      <p>{body}</p>
      {action || secondary ? (
        <div className="empty-state-actions">
          {action ? (
            <Link to={action.to} className="button-link">
              {action.label}
            </Link>
          ) : null}
          {secondary ? (
            <Link to={secondary.to} className="button-link button-link-secondary">
              {secondary.label}
            </Link>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
