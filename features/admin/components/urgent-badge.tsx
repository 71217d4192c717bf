import { Badge } from "@/components/ui/badge";

/** "Urgent", the danger badge, apart from the reference it follows ("PR-H8K6-YD6P Urgent" for a screen reader too). */
export function UrgentBadge() {
  return <Badge tone="danger">Urgent</Badge>;
}
