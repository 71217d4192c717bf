import { readRecordRequestForm } from "../intake-queries";
import { AdminNavigation } from "./admin-navigation";
import { RecordRequestForm } from "./record-request-form";

/** The console's page for a request that came by email or post (the query checks the administrator's role). */
export async function RecordRequestPage() {
  const form = await readRecordRequestForm();
  return (
    <>
      <AdminNavigation current="/admin/requests/new" />
      <h1 className="text-3xl font-bold">Record a request received by email or post</h1>
      <p className="mt-2 max-w-prose">
        For a request that reached the Privacy Administrator at legal@phone.com or at the Livingston address. Once recorded it is
        worked like any other request: the same steps, deadlines and audit log. The deadlines count from the day it was received.
      </p>
      <RecordRequestForm {...form} />
    </>
  );
}
