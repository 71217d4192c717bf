import { deletionScope } from "@/features/requests/workflow/deletion-scope";

/** What a deletion removes and what it keeps, each with its reason: said before the customer asks. */
export function DeletionScopeList() {
  return (
    <div className="mt-4 grid gap-6 md:grid-cols-2">
      <div>
        <h3 className="text-lg font-semibold">What we delete</h3>
        <ul className="mt-2 list-disc space-y-2 pl-5">
          {deletionScope.deleted.map((item) => (
            <li key={item.part}>
              <strong>{item.what}.</strong> {item.why}
            </li>
          ))}
        </ul>
      </div>
      <div>
        <h3 className="text-lg font-semibold">What we keep, and why</h3>
        <ul className="mt-2 list-disc space-y-2 pl-5">
          {deletionScope.kept.map((item) => (
            <li key={item.part}>
              <strong>{item.what}.</strong> {item.why}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
