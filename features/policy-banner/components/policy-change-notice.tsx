import { readPolicyChange } from "../queries";
import { PolicyChangeBanner } from "./policy-change-banner";

/** The banner for the signed-in customer when the policy changed since they last saw it; nothing otherwise. */
export async function PolicyChangeNotice() {
  const change = await readPolicyChange();
  return change ? (
    <div className="mt-6">
      <PolicyChangeBanner change={change} />
    </div>
  ) : null;
}
