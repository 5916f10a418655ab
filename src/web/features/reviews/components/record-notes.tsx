import { FormattedDate, FormattedMessage } from "react-intl";
import type { RecordNote } from "../review-types";

/**
 * What the engagement's record holds against a claim in the text ("never delivered" while
 * deliveries were accepted…): shown beside the text for readers; nothing is removed.
 */
export function RecordNotes({ notes }: { notes: readonly RecordNote[] }) {
  if (notes.length === 0) return null;
  return (
    <aside className="alert alert-info stack-sm" role="note">
      <strong>
        <FormattedMessage id="reviews.record.title" />
      </strong>
      <ul className="plain-list">
        {notes.map((note) => (
          <li key={note.claim}>
            <FormattedMessage id="reviews.record.claim" values={{ claim: note.claim }} />{" "}
            <FormattedMessage
              id="reviews.record.fact"
              values={{
                kind: note.record.kind,
                count: note.record.count,
                hasDate: note.record.lastAt ? "yes" : "no",
                date: note.record.lastAt ? (
                  <FormattedDate key="date" value={note.record.lastAt} dateStyle="long" />
                ) : (
                  ""
                ),
              }}
            />
          </li>
        ))}
      </ul>
    </aside>
  );
}
