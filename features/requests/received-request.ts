/**
 * What a public request form's action answers on success (the `result` of its
 * FormState), and what the confirmation shows: the reference and the dates,
 * never anything the person typed. Shared by the server and the (client)
 * forms, so it holds no server code.
 */
export interface ReceivedRequest {
  reference: string;
  /** YYYY-MM-DD */
  receivedOn: string;
  /** YYYY-MM-DD */
  answerBy: string;
  /** Where the requester follows it: a signed link of their own. */
  statusPath: string;
  acknowledgementEmailed: boolean;
}
