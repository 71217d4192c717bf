/** The digit strings one phone number may be stored as: with and without the US country code. */
export function phoneDigitVariants(phone: string): string[] {
  const digits = phone.replace(/\D/g, "");
  if (digits.length === 11 && digits.startsWith("1")) return [digits, digits.slice(1)];
  if (digits.length === 10) return [digits, `1${digits}`];
  return [digits];
}
