import { FormattedMessage, useIntl } from "react-intl";
import type { ProviderProfile } from "../../../shared/api/types";
import { FormAlert } from "../../../shared/components/form-alert";
import { TextAreaField, TextField } from "../../../shared/components/fields";
import { LanguagePicker } from "../../../shared/components/language-picker";
import { TextListField } from "../../../shared/components/list-fields";
import { useLocale } from "../../../shared/i18n/locale-provider";
import { anchorFor } from "../../../shared/lib/anchors";
import { useContractForm } from "../../../shared/forms/use-contract-form";
import { ProfileBody } from "../../../../contracts/profiles";
import { SkillPicker } from "../../taxonomy/components/skill-picker";
import { useSaveProviderProfile } from "../api/save-provider-profile";
import {
  PROFILE_WORDS,
  profileToForm,
  readProfileBody,
  type ProfileForm,
} from "../profile-form-state";
import { RatesFields } from "./rates-fields";

const SCOPE = "profile";
const TIME_ZONES = Intl.supportedValuesOf("timeZone");

/** The provider describes what it does, in which languages, when, and at what rates. */
export function ProfileFormView({ profile }: { profile: ProviderProfile }) {
  const intl = useIntl();
  const { locale } = useLocale();
  const save = useSaveProviderProfile(profile.org.id);
  const contractForm = useContractForm<typeof ProfileBody, ProfileForm>(ProfileBody, {
    defaultValues: profileToForm(profile, locale),
    words: PROFILE_WORDS,
    read: readProfileBody,
  });
  const form = contractForm.watch();
  const errorFor = contractForm.errorOf;
  const change = (patch: Partial<ProfileForm>) => {
    contractForm.change(patch);
    if (save.isSuccess) save.reset();
  };

  return (
    <form
      noValidate
      className="stack"
      onSubmit={contractForm.submitWith((body) =>
        save.mutate(body, {
          onSuccess: (saved) => contractForm.reset(profileToForm(saved, locale)),
          onError: contractForm.showServerErrors,
        }),
      )}
    >
      <FormAlert
        error={save.error}
        success={save.isSuccess ? intl.formatMessage({ id: "profile.saved" }) : null}
      />
      <TextField
        id={anchorFor(SCOPE, "headline")}
        label={<FormattedMessage id="profile.field.headline" />}
        hint={<FormattedMessage id="profile.field.headline.hint" />}
        required
        maxLength={200}
        value={form.headline}
        error={errorFor("headline")}
        onChange={(event) => change({ headline: event.target.value })}
      />
      <TextAreaField
        id={anchorFor(SCOPE, "description")}
        label={<FormattedMessage id="profile.field.description" />}
        maxLength={5000}
        rows={6}
        value={form.description}
        error={errorFor("description")}
        onChange={(event) => change({ description: event.target.value })}
      />
      <SkillPicker
        id={anchorFor(SCOPE, "skillIds")}
        legend={<FormattedMessage id="profile.field.skills" />}
        value={form.skillIds}
        onChange={(skillIds) => change({ skillIds })}
      />
      <LanguagePicker
        id={anchorFor(SCOPE, "languages")}
        legend={<FormattedMessage id="profile.field.languages" />}
        value={form.languages}
        onChange={(languages) => change({ languages })}
      />
      <TextListField
        id={anchorFor(SCOPE, "timeZones")}
        legend={<FormattedMessage id="profile.field.timeZones" />}
        hint={<FormattedMessage id="profile.field.timeZones.hint" />}
        itemLabel={(index) =>
          intl.formatMessage({ id: "profile.field.timeZones.item" }, { n: index + 1 })
        }
        addLabel={<FormattedMessage id="profile.field.timeZones.add" />}
        values={form.timeZones}
        suggestions={TIME_ZONES}
        maxLength={64}
        onChange={(timeZones) => change({ timeZones })}
      />
      <RatesFields form={form} onChange={change} errorFor={errorFor} />
      <TextField
        id={anchorFor(SCOPE, "availableFrom")}
        type="date"
        label={<FormattedMessage id="profile.field.availableFrom" />}
        value={form.availableFrom}
        error={errorFor("availableFrom")}
        onChange={(event) => change({ availableFrom: event.target.value })}
      />
      <button type="submit" disabled={save.isPending}>
        <FormattedMessage id="profile.save" />
      </button>
    </form>
  );
}
