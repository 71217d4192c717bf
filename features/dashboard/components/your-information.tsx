import { randomUUID } from "node:crypto";
import type { ReactNode } from "react";
import type { DataCategoryId } from "@/content/data-categories";
import type { CustomerInventory } from "@/lib/inventory-types";
import { personalShown, sensitiveItemsShown } from "../shown-values";
import { ContactDetailsForm } from "./contact-details-form";
import { CpniHeld } from "./cpni-held";
import { IdentifiersHeld } from "./identifiers-held";
import { PersonalInformationHeld } from "./personal-information-held";
import { SensitiveInformationHeld } from "./sensitive-information-held";
import { StoredCommunicationsHeld } from "./stored-communications-held";
import { YourInformationFrame } from "./your-information-frame";

/** What each category holds for this customer; keyed by the content's ids, so a new category cannot be forgotten here. */
function renderHeld(inventory: CustomerInventory): Record<DataCategoryId, ReactNode> {
  return {
    "personal-information": <PersonalInformationHeld personal={personalShown(inventory)} idempotencyKey={randomUUID()} />,
    "sensitive-personal-information": <SensitiveInformationHeld items={sensitiveItemsShown(inventory.sensitive)} />,
    cpni: <CpniHeld cpni={inventory.cpni} />,
    "stored-communications": <StoredCommunicationsHeld summaries={inventory.storedCommunications} />,
    "cookies-and-identifiers": <IdentifiersHeld cookies={inventory.cookies} devices={inventory.devices} />,
  };
}

/** The "Your information" dashboard: one card per category, the download, and the correction form. */
export function YourInformation({
  inventory,
  newestVersionTakesEffect = null,
  notice,
}: {
  inventory: CustomerInventory;
  /** While the policy version that states the retention periods is upcoming: its effective day. */
  newestVersionTakesEffect?: string | null;
  notice?: ReactNode;
}) {
  const { personal } = inventory;
  return (
    <YourInformationFrame
      held={renderHeld(inventory)}
      newestVersionTakesEffect={newestVersionTakesEffect}
      notice={notice}
      correctionForm={
        <ContactDetailsForm
          current={{
            fullName: personal.fullName,
            streetAddress: personal.streetAddress,
            city: personal.city,
            state: personal.state,
            postalCode: personal.postalCode,
            phone: personal.phone,
          }}
        />
      }
    />
  );
}
