import { type DeletionScopeItem, deletionScope } from "@/lib/requests/deletion-scope";

function ScopeColumn({ title, items }: { title: string; items: readonly DeletionScopeItem[] }) {
  return (
    <div>
      <h3 className="type-subsection">{title}</h3>
      <ul className="mt-2 list-disc space-y-2 pl-5">
        {items.map((item) => (
          <li key={item.part}>
            <strong>{item.what}.</strong> {item.why}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** What a deletion removes and what it keeps, each with its reason: said before the customer asks. */
export function DeletionScopeList() {
  return (
    <div className="mt-4 grid gap-6 md:grid-cols-2">
      <ScopeColumn title="What we delete" items={deletionScope.deleted} />
      <ScopeColumn title="What we keep, and why" items={deletionScope.kept} />
    </div>
  );
}
