import { site } from "@/content/site";

/** The Privacy Administrator's address as a mailto link, for sentences that say whom to write to. */
export function PrivacyAdministratorEmail() {
  const { email } = site.privacyAdministrator;
  return (
    <a className="underline" href={`mailto:${email}`}>
      {email}
    </a>
  );
}
