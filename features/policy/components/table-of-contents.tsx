import { PREAMBLE_ID, type PolicyVersion } from "../policy-types";
import { Card } from "@/components/ui/card";

export function TableOfContents({ version }: { version: PolicyVersion }) {
  const sections = version.sections.filter((section) => section.id !== PREAMBLE_ID);
  return (
    <Card as="nav" aria-labelledby="toc-heading" className="no-print my-6">
      <h2 id="toc-heading" className="type-subsection">
        Contents
      </h2>
      <ol className="mt-2 list-decimal space-y-1 pl-6">
        {sections.map((section) => (
          <li key={section.id}>
            <a className="underline" href={`#${section.id}`}>
              {section.title}
            </a>
          </li>
        ))}
      </ol>
    </Card>
  );
}
