import { FormattedDate } from "@/components/ui/formatted-date";
import { dataCategories, type DataCategoryId } from "@/content/data-categories";
import { CpniHeld } from "@/features/dashboard";
import { IdentifiersHeld } from "@/features/dashboard";
import { SensitiveInformationHeld } from "@/features/dashboard";
import { StoredCommunicationsHeld } from "@/features/dashboard";
import type { CustomerInventory, PersonalInformation } from "@/lib/inventory-types";

/** What an erased field shows (a minor's report erases these: features/requests/workflow/minor-report-erasure.ts). */
const ERASED = "Erased";

function PersonalDetails({ personal }: { personal: PersonalInformation }) {
  const address = [personal.streetAddress, personal.city, `${personal.state} ${personal.postalCode}`.trim()].filter(Boolean).join(", ");
  const rows: [string, React.ReactNode][] = [
    ["Name", personal.fullName],
    ["Email address", personal.email],
    ["Postal address", address || ERASED],
    ["Phone", personal.phone || ERASED],
    ["Date of birth", personal.dateOfBirth ? <FormattedDate key="dob" day={personal.dateOfBirth} /> : ERASED],
  ];
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-1">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-semibold">{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * The customer's records as staff see them while answering a request: the
 * same masked values the customer sees, never a full sensitive value. Showing
 * this is audited by the caller before it renders.
 */
export function CustomerRecords({ inventory }: { inventory: CustomerInventory }) {
  const held: Record<DataCategoryId, React.ReactNode> = {
    "personal-information": <PersonalDetails personal={inventory.personal} />,
    "sensitive-personal-information": <SensitiveInformationHeld items={inventory.sensitive} />,
    cpni: <CpniHeld cpni={inventory.cpni} />,
    "stored-communications": <StoredCommunicationsHeld summaries={inventory.storedCommunications} />,
    "cookies-and-identifiers": <IdentifiersHeld cookies={inventory.cookies} devices={inventory.devices} />,
  };
  return (
    <div className="space-y-6">
      {dataCategories.map((category) => (
        <section key={category.id} aria-labelledby={`records-${category.id}`}>
          <h3 id={`records-${category.id}`} className="text-lg font-semibold">
            {category.title}
          </h3>
          <div className="mt-2">{held[category.id]}</div>
        </section>
      ))}
    </div>
  );
}
