import { FormattedMessage } from "react-intl";
import { useSkillName } from "../taxonomy-names";

/** Skills by name, as tags. */
export function SkillList({ skillIds }: { skillIds: readonly string[] }) {
  const nameOf = useSkillName();
  if (skillIds.length === 0) {
    return (
      <p className="muted">
        <FormattedMessage id="skills.none" />
      </p>
    );
  }
  return (
    <ul className="tag-list">
      {skillIds.map((skillId) => (
        <li key={skillId} className="tag">
          {nameOf(skillId)}
        </li>
      ))}
    </ul>
  );
}
