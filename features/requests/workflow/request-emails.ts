import { formatDay } from "@/lib/dates";
import { linkLines } from "@/lib/email-text";
import type { PrivacyRequestType } from "@/server/db/schema";
import { describeAdministratorContact } from "@/lib/administrator-contact";
import { REQUESTER_TYPE_LABELS } from "@/lib/requests/request-labels";

/**
 * What the requester is told at each step. A letter's paragraphs are both the
 * email's body and the message on the requester's timeline, so the page and
 * the inbox never say different things. Plain text: names and free text typed
 * by staff or requesters can never become markup.
 */
export interface RequestLetter {
  subject: string;
  paragraphs: string[];
}

export interface LetterRequest {
  reference: string;
  type: PrivacyRequestType;
  requesterName: string;
  /** The customer who made it from their account; null for a request made without one. */
  requestedByCustomerId: string | null;
}

const subjectFor = (request: LetterRequest, what: string) => `${REQUESTER_TYPE_LABELS[request.type]} (${request.reference}): ${what}`;

/** What the requester's timeline shows for this letter. */
export function timelineMessage(letter: RequestLetter): string {
  return letter.paragraphs.join("\n\n");
}

/**
 * The greeting. By name only for a request a customer made from their account:
 * the name of their customer record, written to their address of record.
 * Anyone can type any name and any address into a public form, so a letter
 * about such a request greets nobody by name: otherwise whatever was typed as
 * a "name" ("Your account is locked, verify at …") would reach a stranger's
 * inbox from the Privacy Center, at every step of the request.
 */
function greetingFor(request: LetterRequest): string {
  return request.requestedByCustomerId !== null ? `Dear ${request.requesterName},` : "Hello,";
}

/** The whole email: greeting, the reference to quote, the letter, and how to reach the Privacy Administrator. */
export function composeEmailText(request: LetterRequest, letter: RequestLetter): string {
  return [
    greetingFor(request),
    `This is about your request ${request.reference} (${REQUESTER_TYPE_LABELS[request.type]}). Please quote the reference whenever you write to us about it.`,
    ...letter.paragraphs,
    describeAdministratorContact(),
  ].join("\n\n");
}

/** Deliberately generic: how the identity was checked is for staff only. */
export function verifiedLetter(request: LetterRequest, answerBy: string): RequestLetter {
  return {
    subject: subjectFor(request, "we verified your identity"),
    paragraphs: ["We verified your identity.", `We will answer your request by ${formatDay(answerBy)}.`],
  };
}

export function startedLetter(request: LetterRequest, answerBy: string): RequestLetter {
  return {
    subject: subjectFor(request, "we are working on it"),
    paragraphs: ["We have started work on your request.", `We will answer it by ${formatDay(answerBy)}.`],
  };
}

/** The law asks for notice and the reason (11 CCR §7021(b)). */
export function extendedLetter(request: LetterRequest, reason: string, previousDay: string, newDay: string): RequestLetter {
  return {
    subject: subjectFor(request, `we will answer by ${formatDay(newDay)}`),
    paragraphs: [
      "We need more time to answer your request. The law allows us one extension.",
      `The reason: ${reason}`,
      `We will answer by ${formatDay(newDay)} instead of ${formatDay(previousDay)}.`,
    ],
  };
}

/** Never the data itself: the copy waits behind the customer's sign-in. */
export function accessCompletedLetter(request: LetterRequest, message: string, requestPageUrl: string): RequestLetter {
  return {
    subject: subjectFor(request, "your copy is ready"),
    paragraphs: [
      message,
      linkLines("Your copy of your information is ready. Sign in and download it from your request’s page in the Privacy Center:", requestPageUrl),
      "For your security, we never send your information by email.",
    ],
  };
}

export function deletionCompletedLetter(request: LetterRequest, message: string, outcome: { deleted: string[]; kept: string[] }): RequestLetter {
  return {
    subject: subjectFor(request, "we deleted your information"),
    paragraphs: [message, ["We deleted:", ...outcome.deleted.map((line) => `- ${line}`)].join("\n"), ["We kept, and why:", ...outcome.kept.map((line) => `- ${line}`)].join("\n")],
  };
}

export function dateOfBirthCorrectedLetter(request: LetterRequest, message: string, dateOfBirth: string): RequestLetter {
  return {
    subject: subjectFor(request, "we corrected your date of birth"),
    paragraphs: [`We verified the new date and corrected your date of birth to ${formatDay(dateOfBirth)}.`, message],
  };
}

/**
 * What was done about a child's information. Said in kinds and counts only:
 * the reporter is a third party, so the letter names no account, address or
 * number, and it never speaks of the reporter's identity, which was not checked.
 */
export function minorReportCompletedLetter(request: LetterRequest, message: string, outcome: { done: string[]; kept: string[] }): RequestLetter {
  return {
    subject: subjectFor(request, "what we did about the child's information"),
    paragraphs: [
      message,
      ["What we did:", ...outcome.done.map((line) => `- ${line}`)].join("\n"),
      ["What we kept, and why:", ...outcome.kept.map((line) => `- ${line}`)].join("\n"),
      "Since we received your report, none of this information has been used for marketing, shared with advertisers or used for advertising.",
    ],
  };
}

/** Corrections other than the date of birth, California Privacy Rights requests and minors' reports: the administrator's message is the answer. */
export function answeredLetter(request: LetterRequest, message: string): RequestLetter {
  return { subject: subjectFor(request, "our answer"), paragraphs: [message] };
}

/** The policy promises "an explanation ... and a contact person for further inquiries". */
export function deniedLetter(request: LetterRequest, reason: string, contactPerson: string): RequestLetter {
  return {
    subject: subjectFor(request, "we cannot fulfil it"),
    paragraphs: ["We cannot fulfil your request.", `The reason: ${reason}`, `For further questions about this decision, contact ${contactPerson}.`],
  };
}
